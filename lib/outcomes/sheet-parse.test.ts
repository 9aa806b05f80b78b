import { describe, expect, it } from "vitest";
import { buildReadingsCsv, buildTargetsCsv } from "./sheet-export";
import { parseReadingsJson, parseReadingsSheet, parseTargetsSheet } from "./sheet-parse";
import { OUTCOME_SHEET_LIMITS } from "./sheet-schemas";

const TARGETS = "journey,stage,touchpoint,measure,target";
const READINGS = "journey,stage,touchpoint,measure,month,value,sample_size,source";

describe("parseTargetsSheet", () => {
  it("reads touchpoint and journey targets; an empty target clears", () => {
    const parsed = parseTargetsSheet(
      `\uFEFF${TARGETS}\r\nBuy,Pay,Checkout,CSAT,4.2\r\nBuy,,,NPS,-20\r\n\r\nBuy,Pay,Checkout,Effort,\r\n`,
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { row: 2, journey: "Buy", stage: "Pay", touchpoint: "Checkout", measure: "CSAT", value: 4.2 },
        { row: 3, journey: "Buy", stage: "", touchpoint: "", measure: "NPS", value: -20 },
        { row: 5, journey: "Buy", stage: "Pay", touchpoint: "Checkout", measure: "Effort", value: null },
      ],
    });
  });

  it("takes the columns in any order and case, semicolons, quotes and the formula apostrophe", () => {
    const parsed = parseTargetsSheet(
      `Target;Measure;Touchpoint;Stage;JOURNEY\n 90 ;"On time; fast";'=Call;Pay;Buy\n`,
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { row: 2, journey: "Buy", stage: "Pay", touchpoint: "=Call", measure: "On time; fast", value: 90 },
      ],
    });
  });

  it("lists every problem with its row and column, and yields no rows", () => {
    const parsed = parseTargetsSheet(
      [
        TARGETS,
        "Buy,Pay,Checkout,CSAT,high",
        ",Pay,Checkout,CSAT,4",
        "Buy,,Checkout,CSAT,4",
        "Buy,Pay,,CSAT,4",
        "Buy,Pay,Checkout,,4",
        "Buy,Pay,Checkout,CSAT,4,extra",
        "Buy,Pay,Checkout,CSAT,3",
        "Buy,Pay,Checkout,CSAT,4,",
      ].join("\n"),
    );
    expect(parsed).toMatchObject({
      ok: false,
      errorCount: 9,
      errors: [
        { row: 2, column: "target", message: "Enter a number, like 4.2." },
        { row: 3, column: "journey", message: "The journey name is missing." },
        { row: 4, column: "stage", message: expect.stringContaining("The stage name is missing") },
        { row: 5, column: "touchpoint", message: expect.stringContaining("The touchpoint name is missing") },
        { row: 6, column: "measure", message: "The measure name is missing." },
        { row: 7, column: "column 6", message: "This row has more cells than the header has columns." },
        { row: 8, column: "measure", message: "This target is also row 7: send each target once." },
        { row: 9, column: "column 6", message: "This row has more cells than the header has columns." },
        { row: 9, column: "measure", message: "This target is also row 7: send each target once." },
      ],
    });
  });

  it("refuses a header with unknown, doubled, nameless or missing columns", () => {
    const parsed = parseTargetsSheet("journey,Journey,stage,,measure,goal\n");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { row: 1, column: "journey", message: "The journey column appears twice." },
      { row: 1, column: "column 4", message: expect.stringContaining("no name") },
      { row: 1, column: "goal", message: expect.stringContaining("Unknown column “goal”") },
      { row: 1, column: "touchpoint", message: "The header has no “touchpoint” column." },
      { row: 1, column: "target", message: "The header has no “target” column." },
    ]);
  });

  it("refuses an empty sheet, a binary file and one over the size limit, on row 1", () => {
    for (const input of [
      "",
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1]),
      new Uint8Array([0xff, 0xfe, 0x41]),
    ]) {
      const parsed = parseTargetsSheet(input);
      expect(parsed).toMatchObject({ ok: false, errors: [{ row: 1, column: null }] });
    }
    const big = parseTargetsSheet(new Uint8Array(OUTCOME_SHEET_LIMITS.bytes + 1));
    expect(big).toMatchObject({
      ok: false,
      errors: [{ row: 1, message: expect.stringContaining("larger than 8 MB") }],
    });
  });
});

describe("parseReadingsSheet", () => {
  it("reads readings with and without sample size and source", () => {
    const parsed = parseReadingsSheet(
      `${READINGS}\nBuy,Pay,Checkout,CSAT,2026-11,4.5,120,Survey\nBuy,,,NPS,2026-10,12,,\n`,
    );
    expect(parsed).toEqual({
      ok: true,
      rows: [
        {
          ...{ row: 2, journey: "Buy", stage: "Pay", touchpoint: "Checkout", measure: "CSAT" },
          ...{ month: "2026-11", value: 4.5, sampleSize: 120, source: "Survey" },
        },
        {
          ...{ row: 3, journey: "Buy", stage: "", touchpoint: "", measure: "NPS" },
          ...{ month: "2026-10", value: 12, sampleSize: null, source: null },
        },
      ],
    });
  });

  it("needs no sample_size or source column", () => {
    const parsed = parseReadingsSheet("journey,stage,touchpoint,measure,month,value\nBuy,,,NPS,2026-10,12\n");
    expect(parsed).toMatchObject({ ok: true, rows: [{ sampleSize: null, source: null }] });
  });

  it("refuses bad months, values, sample sizes and sources, and the same reading twice", () => {
    const parsed = parseReadingsSheet(
      [
        READINGS,
        "Buy,,,NPS,2026-13,12,,",
        "Buy,,,NPS,2026-10,,,",
        "Buy,,,NPS,2026-10,12,0.5,",
        `Buy,,,NPS,2026-09,12,,${"x".repeat(121)}`,
        "Buy,,,NPS,2026-08,1,,",
        "Buy,,,NPS,2026-08,2,,",
      ].join("\n"),
    );
    expect(parsed).toMatchObject({
      ok: false,
      errors: [
        { row: 2, column: "month", message: "Enter a month as YYYY-MM, like 2026-11." },
        { row: 3, column: "value", message: "Enter a number, like 4.2." },
        { row: 4, column: "sample_size", message: "The sample size is a whole number." },
        { row: 5, column: "source", message: expect.stringContaining("120 characters") },
        { row: 7, column: "month", message: "This reading is also row 6: send each reading once." },
      ],
    });
  });

  it("stops at the first row past the row limit, with one problem", () => {
    const line = "Buy,,,NPS,2026-10,12,,\n";
    const parsed = parseReadingsSheet(`${READINGS}\n${line.repeat(OUTCOME_SHEET_LIMITS.rows + 1)}`);
    expect(parsed).toMatchObject({
      ok: false,
      errorCount: 1,
      errors: [
        { row: OUTCOME_SHEET_LIMITS.rows + 2, message: expect.stringContaining("more than 60000 rows") },
      ],
    });
  });
});

describe("parseReadingsJson", () => {
  it("reads objects; a null or missing stage and touchpoint mean the journey itself", () => {
    const parsed = parseReadingsJson([
      { journey: "Buy", stage: "Pay", touchpoint: "Checkout", measure: "CSAT", month: "2026-11", value: 4.5 },
      {
        journey: "Buy",
        stage: null,
        touchpoint: null,
        measure: "NPS",
        month: "2026-11",
        value: -3,
        sampleSize: 40,
        source: "Panel",
      },
      { journey: "Buy", measure: "NPS", month: "2026-10", value: 1, sampleSize: null, source: null },
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      rows: [
        { row: 1, stage: "Pay", touchpoint: "Checkout", sampleSize: null, source: null },
        { row: 2, stage: "", touchpoint: "", value: -3, sampleSize: 40, source: "Panel" },
        { row: 3, stage: "", touchpoint: "", month: "2026-10" },
      ],
    });
  });

  it("names the field of every problem, unknown fields included", () => {
    const parsed = parseReadingsJson([
      "CSAT",
      { journey: "", measure: "NPS", month: "2026-11", value: 1 },
      { journey: "Buy", measure: "NPS", month: "Nov", value: "high", sampleSize: -1, colour: "red" },
      { journey: "Buy", stage: 7, measure: "NPS", month: "2026-11", value: 1 },
    ]);
    expect(parsed).toMatchObject({
      ok: false,
      errors: [
        { row: 1, column: null, message: expect.stringContaining("JSON object") },
        { row: 2, column: "journey", message: "The journey name is missing." },
        { row: 3, column: "colour", message: expect.stringContaining("Unknown field “colour”") },
        { row: 3, column: "month" },
        { row: 3, column: "value", message: "Enter a number, like 4.2." },
        { row: 3, column: "sampleSize", message: "The sample size is at least 1." },
        { row: 4, column: "stage" },
      ],
    });
  });

  it("refuses more readings than the limit in one problem", () => {
    expect(parseReadingsJson(new Array(OUTCOME_SHEET_LIMITS.rows + 1).fill({}))).toMatchObject({
      ok: false,
      errorCount: 1,
    });
  });
});

describe("export → parse", () => {
  it("reads back exactly what was exported, awkward names and numbers included", () => {
    const awkward = { journey: "=Buy, now", stage: "'Pay", touchpoint: 'Say "hi"', measure: "+CSAT" };
    const targets = [
      { ...awkward, value: 0.1 + 0.2 },
      { journey: "Buy", stage: null, touchpoint: null, measure: "NPS", value: -100 },
      { journey: "Buy", stage: null, touchpoint: null, measure: "Count", value: 1e21 },
    ];
    const parsedTargets = parseTargetsSheet(buildTargetsCsv(targets));
    expect(parsedTargets.ok && parsedTargets.rows.map(({ row, ...r }) => r)).toEqual(
      targets.map((t) => ({ ...t, stage: t.stage ?? "", touchpoint: t.touchpoint ?? "" })),
    );
    const readings = [
      { ...awkward, month: "2026-01", value: 4.123456789, sampleSize: 12, source: "-survey; wave 2" },
      {
        journey: "Buy",
        stage: null,
        touchpoint: null,
        measure: "NPS",
        month: "2026-02",
        value: -0.5,
        sampleSize: null,
        source: null,
      },
    ];
    const parsedReadings = parseReadingsSheet(buildReadingsCsv(readings));
    expect(parsedReadings.ok && parsedReadings.rows.map(({ row, ...r }) => r)).toEqual(
      readings.map((r) => ({ ...r, stage: r.stage ?? "", touchpoint: r.touchpoint ?? "" })),
    );
  });
});
