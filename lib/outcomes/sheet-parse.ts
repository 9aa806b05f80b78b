// Reads a targets sheet, a readings sheet (CSV) or a readings JSON array into rows of names and values. As
// tolerant about layout as the RACI sheet (lib/sheets/parse.ts: a byte-order mark, comma or semicolon, quotes,
// CRLF, columns in any order and of any case, blank rows, the formula apostrophe; lib/outcomes/sheet-table.ts) and
// as strict about content: every problem is reported with its row and column, and a sheet with any problem is
// refused whole. The names are only read here; lib/outcomes/sheet-resolve.ts finds them in the workspace. Pure.
import type { z } from "zod";
import { Problems, type SheetError } from "../sheets/parse";
import {
  OPTIONAL_READING_COLUMNS,
  OUTCOME_SHEET_LIMITS,
  READING_COLUMNS,
  READING_FIELDS,
  TARGET_COLUMNS,
  ZReadingNames,
} from "./sheet-schemas";
import { forEachRow, readTable, type SheetSpec } from "./sheet-table";
import { ZMonth, ZSampleSize, ZSource, ZValue } from "./target-schemas";

/** Where a row's value sits: a touchpoint (journey › stage › touchpoint), or the journey itself (both empty). */
export type ScopeNames = { journey: string; stage: string; touchpoint: string };
export type TargetRow = ScopeNames & { row: number; measure: string; value: number | null };
export type ReadingRow = ScopeNames & {
  row: number;
  measure: string;
  month: string;
  value: number;
  sampleSize: number | null;
  source: string | null;
};
export type RowsFailure = { ok: false; errors: SheetError[]; errorCount: number };
/**
 * A failure still carries the rows that read, so the import checks their names and values against the workspace
 * as well and reports every problem of the sheet at once.
 */
export type ParsedRows<T> = { ok: true; rows: T[] } | (RowsFailure & { rows: T[] });

function finish<T>(problems: Problems, rows: T[]): ParsedRows<T> {
  return problems.count > 0 ? { ...problems.fail(), rows } : { ok: true, rows };
}

/** Several lists of problems as one, by row (a row's reading problems before its workspace ones). */
export function mergeFailures(failures: readonly (RowsFailure | null)[]): RowsFailure | null {
  const found = failures.filter((failure): failure is RowsFailure => failure !== null);
  if (found.length === 0) return null;
  const merged = new Problems();
  const errors = found.flatMap((failure) => failure.errors).sort((a, b) => a.row - b.row);
  for (const { row, column, message } of errors) merged.add(row, column, message);
  merged.count = found.reduce((sum, failure) => sum + failure.errorCount, 0);
  return merged.fail();
}

const TARGETS: SheetSpec = { what: "targets sheet", columns: TARGET_COLUMNS, optional: [] };
const READINGS: SheetSpec = {
  what: "readings sheet",
  columns: READING_COLUMNS,
  optional: OPTIONAL_READING_COLUMNS,
};

/** A field read with its schema: the value, or the schema's first message noted against the row and column. */
function readField<T>(
  schema: z.ZodType<T>,
  raw: unknown,
  at: { row: number; column: string; problems: Problems },
): { ok: true; value: T } | { ok: false } {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  at.problems.add(at.row, at.column, parsed.error.issues[0]?.message ?? "This value is not valid.");
  return { ok: false };
}

/** Names a row must have: a journey, a measure, and a stage and a touchpoint together or neither. */
function checkNames(row: number, names: ScopeNames & { measure: string }, problems: Problems): boolean {
  const before = problems.count;
  if (!names.journey) problems.add(row, "journey", "The journey name is missing.");
  if (!names.stage && names.touchpoint)
    problems.add(
      row,
      "stage",
      "The stage name is missing: a touchpoint is found within its stage. Leave both empty for the journey's own.",
    );
  if (names.stage && !names.touchpoint)
    problems.add(
      row,
      "touchpoint",
      "The touchpoint name is missing. Leave stage and touchpoint both empty for the journey's own.",
    );
  if (!names.measure) problems.add(row, "measure", "The measure name is missing.");
  return problems.count === before;
}

/** Refuses a second row for the same key: which of the two was meant is not for the import to guess. */
class Duplicates {
  private readonly firstRow = new Map<string, number>();
  constructor(
    private readonly column: string,
    private readonly what: string,
  ) {}
  check(row: number, parts: readonly string[], problems: Problems): boolean {
    const key = parts.join("\u0000");
    const first = this.firstRow.get(key);
    if (first === undefined) {
      this.firstRow.set(key, row);
      return true;
    }
    problems.add(row, this.column, `This ${this.what} is also row ${first}: send each ${this.what} once.`);
    return false;
  }
}

/** `journey,stage,touchpoint,measure,target`: an empty target clears that target. */
export function parseTargetsSheet(input: string | Uint8Array): ParsedRows<TargetRow> {
  const problems = new Problems();
  const table = readTable(input, TARGETS, problems);
  if (!table) return finish(problems, []);
  const rows: TargetRow[] = [];
  const duplicates = new Duplicates("measure", "target");
  const at = (row: number, column: string) => ({ row, column, problems });
  forEachRow(
    table,
    { columns: TARGET_COLUMNS, problems },
    (row, [journey = "", stage = "", touchpoint = "", measure = "", text = ""]) => {
      const names = { journey, stage, touchpoint, measure };
      const value =
        text === "" ? { ok: true as const, value: null } : readField(ZValue, text, at(row, "target"));
      if (!checkNames(row, names, problems) || !value.ok) return;
      if (duplicates.check(row, [journey, stage, touchpoint, measure], problems))
        rows.push({ row, ...names, value: value.value });
    },
  );
  return finish(problems, rows);
}

/** Checks one reading's fields and adds it, unless it repeats an earlier one. */
function addReading(
  opts: {
    row: number;
    names: ScopeNames & { measure: string };
    raw: { month: unknown; value: unknown; sampleSize: unknown; source: unknown };
    columns: { sampleSize: string };
  },
  into: { rows: ReadingRow[]; duplicates: Duplicates; problems: Problems },
): void {
  const { row, names, raw } = opts;
  const { problems } = into;
  const at = (column: string) => ({ row, column, problems });
  const month = readField(ZMonth, raw.month, at("month"));
  const value = readField(ZValue, raw.value, at("value"));
  const sampleSize = readField(ZSampleSize, raw.sampleSize, at(opts.columns.sampleSize));
  const source = readField(ZSource, raw.source, at("source"));
  const isNamed = checkNames(row, names, problems);
  if (!isNamed || !month.ok || !value.ok || !sampleSize.ok || !source.ok) return;
  const { journey, stage, touchpoint, measure } = names;
  if (!into.duplicates.check(row, [journey, stage, touchpoint, measure, month.value], problems)) return;
  into.rows.push({
    row,
    ...names,
    month: month.value,
    value: value.value,
    sampleSize: sampleSize.value ?? null,
    source: source.value ?? null,
  });
}

/** `journey,stage,touchpoint,measure,month,value[,sample_size][,source]`. */
export function parseReadingsSheet(input: string | Uint8Array): ParsedRows<ReadingRow> {
  const problems = new Problems();
  const table = readTable(input, READINGS, problems);
  if (!table) return finish(problems, []);
  const into = { rows: [] as ReadingRow[], duplicates: new Duplicates("month", "reading"), problems };
  forEachRow(table, { columns: READING_COLUMNS, problems }, (row, values) => {
    const [journey = "", stage = "", touchpoint = "", measure = "", month, value, sampleSize, source] =
      values;
    const names = { journey, stage, touchpoint, measure };
    addReading(
      { row, names, raw: { month, value, sampleSize, source }, columns: { sampleSize: "sample_size" } },
      into,
    );
  });
  return finish(problems, into.rows);
}

const FIELDS_TEXT = `${READING_FIELDS.slice(0, -1).join(", ")} and ${READING_FIELDS.at(-1)}`;

/** POST /api/v1/readings's JSON array; a row is a reading's 1-based place in the array, a column its field. */
export function parseReadingsJson(items: unknown[]): ParsedRows<ReadingRow> {
  const problems = new Problems();
  const { rows: limit } = OUTCOME_SHEET_LIMITS;
  if (items.length > limit) {
    problems.add(limit + 1, null, `Send at most ${limit} readings in one request.`);
    return finish(problems, []);
  }
  const into = { rows: [] as ReadingRow[], duplicates: new Duplicates("month", "reading"), problems };
  items.forEach((item, index) => {
    const row = index + 1;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      problems.add(row, null, `Each reading is a JSON object with ${FIELDS_TEXT}.`);
      return;
    }
    // The object's shape and names first; each field's value is checked as a sheet's cell is.
    const shape = ZReadingNames.safeParse(item);
    const unknown = Object.keys(item).filter((key) => !(READING_FIELDS as readonly string[]).includes(key));
    for (const key of unknown)
      problems.add(
        row,
        key.slice(0, 40),
        `Unknown field “${key.slice(0, 40)}”: a reading has ${FIELDS_TEXT}.`,
      );
    if (!shape.success) {
      for (const issue of shape.error.issues)
        problems.add(row, String(issue.path[0] ?? "") || null, issue.message);
      return;
    }
    const { journey, stage, touchpoint, measure } = shape.data;
    const fields = item as Record<string, unknown>;
    addReading(
      {
        row,
        names: { journey, stage, touchpoint, measure },
        raw: {
          month: fields.month,
          value: fields.value,
          sampleSize: fields.sampleSize,
          source: fields.source,
        },
        columns: { sampleSize: "sampleSize" },
      },
      into,
    );
  });
  return finish(problems, into.rows);
}
