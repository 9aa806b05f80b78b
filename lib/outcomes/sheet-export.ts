// The targets and readings sheets out, as the RACI export writes its sheet (lib/sheets/export.ts): UTF-8 with a
// byte-order mark, CRLF, names a spreadsheet would run as formulas neutralised. Numbers are written as
// JavaScript prints them (the shortest text that reads back as the same number), so export → import is exact.
// Pure: takes the rows lib/outcomes/sheet-queries.ts reads.
import { writeCsvRecord } from "../sheets/csv";
import { neutraliseCell } from "../sheets/format";
import type { SheetReadingRow, SheetTargetRow } from "./sheet-queries";
import { READING_COLUMNS, TARGET_COLUMNS, type TReadingExport } from "./sheet-schemas";

const text = (value: string | null) => neutraliseCell(value ?? "");

function toCsv(header: readonly string[], records: string[][]): string {
  const lines = [writeCsvRecord(header), ...records.map(writeCsvRecord)];
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function buildTargetsCsv(rows: readonly SheetTargetRow[]): string {
  return toCsv(
    TARGET_COLUMNS,
    rows.map((r) => [text(r.journey), text(r.stage), text(r.touchpoint), text(r.measure), String(r.value)]),
  );
}

export function buildReadingsCsv(rows: readonly SheetReadingRow[]): string {
  return toCsv(
    READING_COLUMNS,
    rows.map((r) => [
      text(r.journey),
      text(r.stage),
      text(r.touchpoint),
      text(r.measure),
      r.month,
      String(r.value),
      r.sampleSize === null ? "" : String(r.sampleSize),
      text(r.source),
    ]),
  );
}

/** GET /api/v1/readings?format=json: the array POST takes back (names as stored: JSON runs no formulas). */
export function buildReadingsJson(rows: readonly SheetReadingRow[]): TReadingExport[] {
  return rows.map((r) => ({
    journey: r.journey,
    stage: r.stage,
    touchpoint: r.touchpoint,
    measure: r.measure,
    month: r.month,
    value: r.value,
    sampleSize: r.sampleSize,
    source: r.source,
  }));
}
