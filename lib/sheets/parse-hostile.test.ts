// Sheets built to make the reader slow: any CX lead (or their token, with dryRun=1) can send one, and parsing
// runs on the server's only thread. Each must parse in time linear in its size.
import { describe, expect, it } from "vitest";
import { SHEET_LIMITS } from "./format";
import { type ParseResult, parseSheet } from "./parse";
import { cpuMs, fastest } from "./scale-timing";

const HEADER = "journey,stage,touchpoint,channel,Sales\n";

/** A sheet of exactly `bytes` bytes: the header, then `cell` repeated inside one row's touchpoint cell. */
function oneHugeCell(bytes: number, cell: string): string {
  const head = `${HEADER}J,S,`;
  const tail = ",web,A\n";
  return head + cell.repeat(Math.floor((bytes - head.length - tail.length) / cell.length)) + tail;
}

const HOSTILE: [string, (bytes: number) => string][] = [
  ["quotes inside an unquoted cell", (bytes) => oneHugeCell(bytes, 'a"')],
  ["spaces and quotes reopening a quoted cell", (bytes) => oneHugeCell(bytes, ' " "')],
  [
    "doubled quotes in a quoted cell",
    (bytes) =>
      oneHugeCell(bytes - 2, '""')
        .replace("J,S,", 'J,S,"')
        .replace(",web", '",web'),
  ],
  ["an unclosed quote", (bytes) => oneHugeCell(bytes - 1, "a,").replace("J,S,", 'J,S,"')],
  ["a header of a million nameless columns", (bytes) => HEADER.trim() + ",".repeat(bytes - HEADER.length)],
  [
    "rows far past the row limit",
    (bytes) => HEADER + "J,S,T,web,A\n".repeat(Math.floor((bytes - HEADER.length) / 12)),
  ],
];

const firstError = (result: ParseResult) => (result.ok ? null : result.errors[0]);

describe("parseSheet on hostile sheets", () => {
  it.each(HOSTILE)("%s: refused, in time linear in the size", (_name, make) => {
    // Four times the input may take four times as long (CPU time, the fastest of three runs); three times that (or
    // 50 ms) leaves room for the garbage collector and noise, well short of the quadratic reader's sixteen.
    // The quadratic reader took sixteen times as long: 20 s for 512 KB of quotes.
    const [small, medium] = [make(SHEET_LIMITS.bytes / 16), make(SHEET_LIMITS.bytes / 4)];
    const [smallMs = 0, mediumMs = 0] = fastest(
      3,
      () => parseSheet(small),
      () => parseSheet(medium),
    );
    expect(mediumMs).toBeLessThanOrEqual(Math.max(12 * smallMs, 50));
    // The whole 2 MB, read to its end (or its limit) and refused, well within a generous bound.
    const large = make(SHEET_LIMITS.bytes);
    expect(new TextEncoder().encode(large).byteLength).toBeLessThanOrEqual(SHEET_LIMITS.bytes);
    let result: ParseResult | undefined;
    expect(cpuMs(() => (result = parseSheet(large)))).toBeLessThan(5000);
    expect(result?.ok).toBe(false);
  });

  it("says what is wrong with each", () => {
    const at = (index: number) => firstError(parseSheet(HOSTILE[index]![1](SHEET_LIMITS.bytes)));
    expect(at(0)).toMatchObject({
      row: 2,
      column: "touchpoint",
      message: expect.stringMatching(/120 characters/),
    });
    expect(at(1)).toMatchObject({ row: 2, column: "touchpoint" });
    expect(at(2)).toMatchObject({ row: 2, column: "touchpoint" });
    expect(at(3)).toMatchObject({ row: 2, column: null, message: expect.stringMatching(/never closed/) });
    expect(at(4)).toMatchObject({
      row: 1,
      column: null,
      message: expect.stringMatching(/more than 204 cells/),
    });
    expect(at(5)).toMatchObject({
      row: SHEET_LIMITS.rows + 2,
      message: `The sheet has more than ${SHEET_LIMITS.rows} rows; the limit is ${SHEET_LIMITS.rows}.`,
    });
  });
});
