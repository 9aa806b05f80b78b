import { describe, expect, it } from "vitest";
import { neutraliseCell, restoreCell, SHEET_LIMITS } from "./format";
import { type ParseResult, parseSheet } from "./parse";

const HEADER = "journey,stage,touchpoint,channel,Sales,Billing";

function sheetOf(result: ParseResult) {
  if (!result.ok) throw new Error(`expected a sheet, got ${JSON.stringify(result.errors)}`);
  return result.sheet;
}
function errorsOf(result: ParseResult) {
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}
const flat = (result: ParseResult) =>
  sheetOf(result).journeys.flatMap((j) =>
    j.stages.flatMap((s) => s.touchpoints.map((t) => [j.name, s.name, t.name, t.channel, ...t.roles])),
  );

describe("parseSheet: tolerated", () => {
  it("reads a plain comma sheet in first-appearance order", () => {
    const result = parseSheet(
      `${HEADER}\nBuy,Discover,Ad,web,A,\nBuy,Pay,Invoice,email,,R\nBuy,Discover,Blog,web,,\n`,
    );
    expect(sheetOf(result).departments).toEqual(["Sales", "Billing"]);
    expect(flat(result)).toEqual([
      ["Buy", "Discover", "Ad", "WEB", "A", null],
      ["Buy", "Discover", "Blog", "WEB", null, null],
      ["Buy", "Pay", "Invoice", "EMAIL", null, "R"],
    ]);
  });

  it("accepts a byte-order mark, semicolons, CRLF, lower-case roles and surrounding spaces", () => {
    const text =
      "\uFEFFJourney; Stage ;TOUCHPOINT;channel; Sales ;Billing\r\n Buy ; Pay ; Card ; Mobile-App ; a ; r \r\n";
    expect(flat(parseSheet(new TextEncoder().encode(text)))).toEqual([
      ["Buy", "Pay", "Card", "MOBILE_APP", "A", "R"],
    ]);
    expect(sheetOf(parseSheet(text)).departments).toEqual(["Sales", "Billing"]);
  });

  it("reads quoted fields holding separators, line breaks and doubled quotes", () => {
    const text = `${HEADER}\n"Buy, online","Pay","Card ""express""\nsecond line",chat,C,I\n`;
    expect(flat(parseSheet(text))).toEqual([
      ["Buy, online", "Pay", 'Card "express"\nsecond line', "CHAT", "C", "I"],
    ]);
  });

  it("detects semicolons when the header has more of them than commas", () => {
    expect(
      sheetOf(parseSheet("journey;stage;touchpoint;channel;Sales, EMEA\nBuy;Pay;Card;web;A")).departments,
    ).toEqual(["Sales, EMEA"]);
  });

  it("lets two departments hold A (the touchpoint will be contested)", () => {
    expect(flat(parseSheet(`${HEADER}\nBuy,Pay,Card,web,A,a`))).toEqual([
      ["Buy", "Pay", "Card", "WEB", "A", "A"],
    ]);
  });

  it("skips blank rows and tolerates rows shorter than the header", () => {
    expect(flat(parseSheet(`${HEADER}\n\n,,,,,\nBuy,Pay,Card,web\n`))).toEqual([
      ["Buy", "Pay", "Card", "WEB", null, null],
    ]);
  });

  it("reads rows that declare an empty journey or an empty stage", () => {
    const sheet = sheetOf(parseSheet(`${HEADER}\nEmpty,,,,,\nBuy,Later,,,,\n`));
    expect(sheet.journeys).toEqual([
      { name: "Empty", stages: [] },
      { name: "Buy", stages: [{ name: "Later", touchpoints: [] }] },
    ]);
  });

  it("takes formula-looking cells back as text, undoing export's apostrophe", () => {
    const text = `journey,stage,touchpoint,channel,'=Ops\n"'=HYPERLINK(""x"")",'+1,'-minus,web,A\n@at,''quoted,plain,web,\n`;
    const sheet = sheetOf(parseSheet(text));
    expect(sheet.departments).toEqual(["=Ops"]);
    expect(flat(parseSheet(text))).toEqual([
      ['=HYPERLINK("x")', "+1", "-minus", "WEB", "A"],
      ["@at", "'quoted", "plain", "WEB", null],
    ]);
  });

  it("round-trips any value through neutraliseCell and restoreCell", () => {
    for (const value of ["=1+1", "+x", "-x", "@x", "\tx", "'x", "''=x", "plain", "a'b", "'"]) {
      expect(restoreCell(neutraliseCell(value))).toBe(value);
      expect(neutraliseCell(value)).not.toMatch(/^[=+\-@\t\r]/);
    }
  });
});

describe("parseSheet: refused, with row and column", () => {
  it.each([
    ["an unknown role letter", `${HEADER}\nBuy,Pay,Card,web,X,`, { row: 2, column: "Sales" }],
    ["a multi-letter role", `${HEADER}\nBuy,Pay,Card,web,,RA`, { row: 2, column: "Billing" }],
    ["an unknown channel", `${HEADER}\nBuy,Pay,Card,fax,,`, { row: 2, column: "channel" }],
    ["a missing channel", `${HEADER}\nBuy,Pay,Card,,A,`, { row: 2, column: "channel" }],
    ["a missing journey", `${HEADER}\n,Pay,Card,web,A,`, { row: 2, column: "journey" }],
    ["a missing stage", `${HEADER}\nBuy,,Card,web,A,`, { row: 2, column: "stage" }],
    ["a missing touchpoint", `${HEADER}\nBuy,Pay,,web,A,`, { row: 2, column: "touchpoint" }],
    [
      "a touchpoint twice in one stage",
      `${HEADER}\nBuy,Pay,Card,web,,\nBuy,Pay,Card,email,,`,
      { row: 3, column: "touchpoint" },
    ],
    [
      "a duplicate department column",
      "journey,stage,touchpoint,channel,Sales,Sales\nBuy,Pay,Card,web,,",
      { row: 1, column: "Sales" },
    ],
    [
      "a missing header column",
      "journey,stage,touchpoint,Sales\nBuy,Pay,Card,A",
      { row: 1, column: "channel" },
    ],
    [
      "a nameless department column",
      "journey,stage,touchpoint,channel,,Sales\nBuy,Pay,Card,web,,",
      { row: 1, column: "column 5" },
    ],
    [
      "a cell longer than the name limit",
      `${HEADER}\nBuy,Pay,${"x".repeat(SHEET_LIMITS.cellChars + 1)},web,,`,
      { row: 2, column: "touchpoint" },
    ],
    ["more cells than the header", `${HEADER}\nBuy,Pay,Card,web,,,extra`, { row: 2, column: "column 7" }],
    ["an unclosed quote", `${HEADER}\nBuy,Pay,"Card,web,,\n`, { row: 2, column: null }],
    ["an empty file", "", { row: 1, column: null }],
  ])("%s", (_name, text, where) => {
    const errors = errorsOf(parseSheet(text));
    expect(errors[0]).toMatchObject(where);
    expect(errors[0]?.message.length).toBeGreaterThan(10);
  });

  it("collects every problem, not just the first", () => {
    const result = parseSheet(`${HEADER}\nBuy,Pay,Card,fax,X,\n,Pay,Card,web,,\nBuy,Pay,Two,web,,Q`);
    expect(errorsOf(result).map((e) => [e.row, e.column])).toEqual([
      [2, "Sales"],
      [2, "channel"],
      [3, "journey"],
      [4, "Billing"],
    ]);
  });

  it("lists at most the cap and counts them all", () => {
    const rows = Array.from({ length: 300 }, (_, i) => `Buy,Pay,T${i},fax,,`);
    const result = parseSheet(`${HEADER}\n${rows.join("\n")}`);
    if (result.ok) throw new Error("expected errors");
    expect(result.errors).toHaveLength(SHEET_LIMITS.errors);
    expect(result.errorCount).toBe(300);
  });

  it("refuses binary input", () => {
    expect(errorsOf(parseSheet(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01])))[0]?.message).toMatch(
      /not a text file/,
    );
    expect(errorsOf(parseSheet(new Uint8Array([0x6a, 0xff, 0xfe, 0x41])))[0]?.message).toMatch(/not UTF-8/);
    expect(errorsOf(parseSheet(`${HEADER}\nBuy,Pay,Card\u0007,web,,`))[0]?.message).toMatch(
      /not a text file/,
    );
  });

  it("refuses a file over the size limit before reading it", () => {
    const big = `${HEADER}\n${"x".repeat(SHEET_LIMITS.bytes)}`;
    expect(errorsOf(parseSheet(big))[0]?.message).toMatch(/larger than 2 MB/);
    expect(errorsOf(parseSheet(new TextEncoder().encode(big)))[0]?.message).toMatch(/larger than 2 MB/);
  });

  it("refuses 100,000 rows with one error rather than 100,000", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `J,S,${i},web`).join("\n");
    const result = parseSheet(`journey,stage,touchpoint,channel\n${rows}`);
    if (result.ok) throw new Error("expected errors");
    expect(result.errorCount).toBe(1);
    expect(result.errors[0]?.message).toMatch(/limit is 20000/);
  });

  it("accepts the largest sheet within the limits", () => {
    const rows = Array.from(
      { length: SHEET_LIMITS.rows },
      (_, i) => `J${i % 10},S${i % 80},T${i},web,A`,
    ).join("\n");
    const sheet = sheetOf(parseSheet(`journey,stage,touchpoint,channel,Ops\n${rows}`));
    expect(sheet.journeys).toHaveLength(10);
  });
});
