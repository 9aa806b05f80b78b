// The CSV side of the targets and readings sheets: the header (columns in any order and case, some optional) and
// each non-blank row's cells, read as the RACI sheet reads its own (lib/sheets: decoding, separators, quotes,
// size guards, the formula apostrophe). Pure.
import { type CsvStop, detectSeparator, readCsv } from "../sheets/csv";
import { restoreCell } from "../sheets/format";
import { decodeSheet, type Problems } from "../sheets/parse";
import { OUTCOME_SHEET_LIMITS, OUTCOME_SHEET_MB } from "./sheet-schemas";

export type SheetSpec = { what: string; columns: readonly string[]; optional: readonly string[] };

// A few cells more than the header still reads, so such a row gets its own message; far more stops the reading.
const EXTRA_CELLS = 4;
const TOO_BIG = `The sheet is larger than ${OUTCOME_SHEET_MB} MB. Split it, for example by month.`;

function stopMessage(stop: CsvStop, spec: SheetSpec): string {
  const { rows } = OUTCOME_SHEET_LIMITS;
  switch (stop.reason) {
    case "unclosed-quote":
      return "A quoted cell starting on this row is never closed. Check the quotes.";
    case "max-records":
      return `The sheet has more than ${rows} rows; the limit is ${rows}. Split it, for example by month.`;
    case "max-fields":
      return `This row has far more cells than a ${spec.what} has columns (${spec.columns.join(", ")}).`;
  }
}

export type Table = { header: Map<string, number>; width: number; records: string[][] };

/** The sheet's header (column → index) and its records after the header, or null with the problems noted. */
export function readTable(input: string | Uint8Array, spec: SheetSpec, problems: Problems): Table | null {
  const decoded = decodeSheet(input, { bytes: OUTCOME_SHEET_LIMITS.bytes, tooBig: TOO_BIG });
  if ("problem" in decoded) {
    problems.add(1, null, decoded.problem);
    return null;
  }
  const { text } = decoded;
  const { records, stop } = readCsv(text, detectSeparator(text), {
    maxRecords: OUTCOME_SHEET_LIMITS.rows + 1,
    maxFields: spec.columns.length + EXTRA_CELLS,
  });
  if (stop) {
    problems.add(stop.record, null, stopMessage(stop, spec));
    return null;
  }
  const [headerCells, ...rest] = records;
  if (!headerCells || headerCells.every((cell) => cell.trim() === "")) {
    problems.add(1, null, `The sheet is empty. The first row must be the header: ${spec.columns.join(",")}`);
    return null;
  }
  const header = new Map<string, number>();
  for (const [index, raw] of headerCells.entries()) {
    const name = restoreCell(raw.trim()).toLowerCase();
    if (!name) {
      problems.add(1, `column ${index + 1}`, "This column has no name. Name it or delete the column.");
    } else if (!spec.columns.includes(name)) {
      problems.add(
        1,
        name.slice(0, 40),
        `Unknown column “${name.slice(0, 40)}”: a ${spec.what} has the columns ${spec.columns.join(", ")}.`,
      );
    } else if (header.has(name)) {
      problems.add(1, name, `The ${name} column appears twice.`);
    } else header.set(name, index);
  }
  for (const column of spec.columns)
    if (!header.has(column) && !spec.optional.includes(column))
      problems.add(1, column, `The header has no “${column}” column.`);
  if (problems.count > 0) return null;
  return { header, width: headerCells.length, records: rest };
}

// What String.prototype.trim removes is exactly what \s matches.
const NOT_BLANK = /\S/;

/**
 * Visits each non-blank record with its row number (the header is row 1) and its cells of `columns`, in that
 * order: trimmed, the formula apostrophe undone, "" for a column the sheet leaves out.
 */
export function forEachRow(
  table: Table,
  opts: { columns: readonly string[]; problems: Problems },
  visit: (row: number, values: string[]) => void,
): void {
  const indexes = opts.columns.map((column) => table.header.get(column));
  for (const [index, cells] of table.records.entries()) {
    const row = index + 2;
    if (!cells.some((cell) => NOT_BLANK.test(cell))) continue;
    if (cells.length > table.width)
      opts.problems.add(
        row,
        `column ${table.width + 1}`,
        "This row has more cells than the header has columns.",
      );
    visit(
      row,
      indexes.map((at) => (at === undefined ? "" : restoreCell((cells[at] ?? "").trim()))),
    );
  }
}
