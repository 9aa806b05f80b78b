// Reads a RACI sheet (DESIGN.md, Interfaces; README "RACI sheets") into journeys → stages → touchpoints with
// each department's role. Tolerant about encoding and layout, strict about content: every problem is reported
// with its row and column, and a sheet with any problem yields no map at all. Pure.
import { CHANNELS, parseChannelSlug, type TChannel } from "../map/channels";
import { type CsvStop, detectSeparator, readCsv, utf8Length } from "./csv";
import {
  FIXED_COLUMNS,
  type FixedColumn,
  ROLE_LETTERS,
  restoreCell,
  SHEET_LIMITS,
  type SheetRole,
} from "./format";

export type SheetError = { row: number; column: string | null; message: string };
export type SheetTouchpoint = { row: number; name: string; channel: TChannel; roles: (SheetRole | null)[] };
export type SheetStage = { name: string; touchpoints: SheetTouchpoint[] };
export type SheetJourney = { name: string; stages: SheetStage[] };
export type ParsedSheet = { departments: string[]; journeys: SheetJourney[] };
export type ParseResult =
  | { ok: true; sheet: ParsedSheet }
  | { ok: false; errors: SheetError[]; errorCount: number };

// Tab, CR and LF are text; any other control character means this is not a spreadsheet export.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Every problem counted; the first SHEET_LIMITS.errors kept to show. Shared with the targets and readings sheets. */
export class Problems {
  readonly list: SheetError[] = [];
  count = 0;
  add(row: number, column: string | null, message: string): void {
    this.count += 1;
    if (this.list.length < SHEET_LIMITS.errors) this.list.push({ row, column, message });
  }
  fail(): { ok: false; errors: SheetError[]; errorCount: number } {
    return { ok: false, errors: this.list, errorCount: this.count };
  }
}

const MAX_COLUMNS = FIXED_COLUMNS.length + SHEET_LIMITS.departments;
const STOP_MESSAGES: Record<CsvStop["reason"], string> = {
  "unclosed-quote": "A quoted cell starting on this row is never closed. Check the quotes.",
  "max-records": `The sheet has more than ${SHEET_LIMITS.rows} rows; the limit is ${SHEET_LIMITS.rows}.`,
  "max-fields": `This row has more than ${MAX_COLUMNS} cells; a sheet has at most the ${FIXED_COLUMNS.length} fixed columns and ${SHEET_LIMITS.departments} departments.`,
};

const EXACT_ROLE_CELLS = new Map<string, SheetRole | null>([
  ["", null],
  ...ROLE_LETTERS.flatMap((role): [string, SheetRole][] => [
    [role, role],
    [role.toLowerCase(), role],
  ]),
]);

const NOT_TEXT = "This is not a text file. Save the sheet as CSV (UTF-8) and try again.";

const RACI_TOO_BIG = `The sheet is larger than ${SHEET_LIMITS.bytes / 1024 / 1024} MB. Split it, or import one journey at a time.`;

/**
 * A sheet's text without its byte-order mark, or why it cannot be read at all: over `limit.bytes`, binary, or not
 * UTF-8. Shared with the targets and readings sheets, which have limits of their own.
 */
export function decodeSheet(
  input: string | Uint8Array,
  limit: { bytes: number; tooBig: string } = { bytes: SHEET_LIMITS.bytes, tooBig: RACI_TOO_BIG },
): { text: string } | { problem: string } {
  const { tooBig } = limit;
  let text: string;
  if (typeof input !== "string") {
    if (input.byteLength > limit.bytes) return { problem: tooBig };
    if (input.includes(0)) return { problem: NOT_TEXT };
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(input);
    } catch {
      return { problem: "The file is not UTF-8 text. Save the sheet as CSV (UTF-8) and try again." };
    }
  } else {
    // Characters never outnumber bytes, so the cheap test runs first.
    if (input.length > limit.bytes || utf8Length(input) > limit.bytes) return { problem: tooBig };
    text = input;
  }
  if (text.startsWith("\uFEFF")) text = text.slice(1);
  return CONTROL.test(text) ? { problem: NOT_TEXT } : { text };
}

type Header = { fixed: Record<FixedColumn, number>; departments: { name: string; index: number }[] };

function readHeader(cells: string[], problems: Problems): Header | null {
  const fixed: Partial<Record<FixedColumn, number>> = {};
  const departments: { name: string; index: number }[] = [];
  const seen = new Set<string>();
  for (const [index, raw] of cells.entries()) {
    const name = restoreCell(raw.trim());
    const key = name.toLowerCase() as FixedColumn;
    const label = name || `column ${index + 1}`;
    if (!name) {
      problems.add(1, label, "This column has no name. Name the department or delete the column.");
      continue;
    }
    if (name.length > SHEET_LIMITS.cellChars) {
      problems.add(
        1,
        label.slice(0, 40),
        `Keep department names to ${SHEET_LIMITS.cellChars} characters or fewer.`,
      );
      continue;
    }
    if (FIXED_COLUMNS.includes(key)) {
      if (fixed[key] !== undefined) {
        problems.add(1, name, `The ${key} column appears twice.`);
        continue;
      }
      fixed[key] = index;
      continue;
    }
    if (seen.has(name)) {
      problems.add(1, name, `The department “${name}” has two columns. Keep one.`);
      continue;
    }
    seen.add(name);
    departments.push({ name, index });
  }
  for (const column of FIXED_COLUMNS) {
    if (fixed[column] === undefined) problems.add(1, column, `The header has no “${column}” column.`);
  }
  if (departments.length > SHEET_LIMITS.departments)
    problems.add(
      1,
      null,
      `The sheet has ${departments.length} department columns; the limit is ${SHEET_LIMITS.departments}.`,
    );
  if (problems.count > 0) return null;
  return { fixed: fixed as Record<FixedColumn, number>, departments };
}

export function parseSheet(input: string | Uint8Array): ParseResult {
  const problems = new Problems();
  const decoded = decodeSheet(input);
  if ("problem" in decoded) {
    problems.add(1, null, decoded.problem);
    return problems.fail();
  }
  const { text } = decoded;
  // Size guards: reading stops one row past the row limit, and at a row wider than any sheet may be.
  const { records, stop } = readCsv(text, detectSeparator(text), {
    maxRecords: SHEET_LIMITS.rows + 1,
    maxFields: MAX_COLUMNS,
  });
  if (stop) {
    problems.add(stop.record, null, STOP_MESSAGES[stop.reason]);
    return problems.fail();
  }
  const [headerCells, ...rows] = records;
  if (!headerCells || headerCells.every((c) => c.trim() === "")) {
    problems.add(
      1,
      null,
      `The sheet is empty. The first row must be the header: ${FIXED_COLUMNS.join(",")},<department>,…`,
    );
    return problems.fail();
  }
  const header = readHeader(headerCells, problems);
  if (!header) return problems.fail();
  const journeys = readRows({ rows, header, headerCells, problems });
  if (problems.count > 0) return problems.fail();
  return { ok: true, sheet: { departments: header.departments.map((d) => d.name), journeys } };
}

type StageEntry = { stage: SheetStage; names: Set<string> };
type JourneyEntry = { journey: SheetJourney; stages: Map<string, StageEntry> };

function readRows(opts: {
  rows: string[][];
  header: Header;
  headerCells: string[];
  problems: Problems;
}): SheetJourney[] {
  const { header, problems } = opts;
  const journeys = new Map<string, JourneyEntry>();
  for (const [index, cells] of opts.rows.entries()) {
    const row = index + 2;
    if (cells.every((c) => c.trim() === "")) continue;
    if (cells.length > opts.headerCells.length)
      problems.add(
        row,
        `column ${opts.headerCells.length + 1}`,
        "This row has more cells than the header has columns.",
      );
    const name = (column: FixedColumn): string | null => {
      const value = restoreCell((cells[header.fixed[column]] ?? "").trim());
      if (value.length > SHEET_LIMITS.cellChars) {
        problems.add(
          row,
          column,
          `Keep the ${column} name to ${SHEET_LIMITS.cellChars} characters or fewer.`,
        );
        return null;
      }
      return value;
    };
    const names = FIXED_COLUMNS.map(name);
    // A name over the limit is reported once, not again as "missing".
    if (names.includes(null)) continue;
    const [journeyName, stageName, touchpointName, channelText] = names as string[];
    let hasRoles = false;
    const roles = header.departments.map(({ name: department, index: at }) => {
      const cell = cells[at] ?? "";
      // Most cells are empty or one letter: looked up as they are, without trimming or upper-casing.
      const exact = EXACT_ROLE_CELLS.get(cell);
      if (exact !== undefined) {
        if (exact !== null) hasRoles = true;
        return exact;
      }
      const value = cell.trim().toUpperCase();
      if (value === "") return null;
      hasRoles = true;
      if (value === "R" || value === "A" || value === "C" || value === "I") return value;
      problems.add(
        row,
        department,
        `“${value.slice(0, 20)}” is not a role. Use R, A, C, I or leave the cell empty.`,
      );
      return null;
    });
    if (!journeyName) {
      problems.add(row, "journey", "The journey name is missing.");
      continue;
    }
    const entry: JourneyEntry = journeys.get(journeyName) ?? {
      journey: { name: journeyName, stages: [] },
      stages: new Map(),
    };
    journeys.set(journeyName, entry);
    if (!stageName) {
      // A row with only a journey declares a journey without stages (export writes one for such journeys).
      if (touchpointName || channelText || hasRoles) problems.add(row, "stage", "The stage name is missing.");
      continue;
    }
    const stageEntry: StageEntry = entry.stages.get(stageName) ?? {
      stage: { name: stageName, touchpoints: [] },
      names: new Set<string>(),
    };
    if (!entry.stages.has(stageName)) {
      entry.stages.set(stageName, stageEntry);
      entry.journey.stages.push(stageEntry.stage);
    }
    if (!touchpointName) {
      // Likewise a journey and stage alone declare an empty stage.
      if (channelText || hasRoles) problems.add(row, "touchpoint", "The touchpoint name is missing.");
      continue;
    }
    const channel = parseChannelSlug(channelText ?? "");
    if (!channel)
      problems.add(
        row,
        "channel",
        channelText
          ? `“${channelText.slice(0, 40)}” is not a channel. Use one of: ${CHANNELS.map((c) => c.slug).join(", ")}.`
          : "The channel is missing.",
      );
    if (stageEntry.names.has(touchpointName)) {
      problems.add(
        row,
        "touchpoint",
        `“${touchpointName}” appears twice in the stage “${stageName}” of “${journeyName}”.`,
      );
      continue;
    }
    stageEntry.names.add(touchpointName);
    if (channel) stageEntry.stage.touchpoints.push({ row, name: touchpointName, channel, roles });
  }
  return [...journeys.values()].map((e) => e.journey);
}
