import "server-only";
// GET and POST /api/v1/targets and /api/v1/readings: the targets and readings sheets out and in, through the
// shared route shape (lib/api/route.ts). Imports are all or nothing: 200 with counts, or 422 with every problem.
import { z } from "zod";
import { runWrite } from "../actions/define";
import { type ApiFailure, apiFailure, rowProblems } from "../api/errors";
import { readBodyCapped } from "../api/request-guards";
import { defineRoute } from "../api/route";
import { importReadingRows } from "./reading-import";
import { refusedRows } from "./reading-rights";
import { buildReadingsCsv, buildReadingsJson, buildTargetsCsv } from "./sheet-export";
import { importTargetRows } from "./sheet-import";
import {
  type ParsedRows,
  parseReadingsJson,
  parseReadingsSheet,
  parseTargetsSheet,
  type ReadingRow,
} from "./sheet-parse";
import { listSheetReadings, listSheetTargets } from "./sheet-queries";
import {
  isOn,
  OUTCOME_IMPORT_TIMEOUT_MS,
  OUTCOME_SHEET_LIMITS,
  OUTCOME_SHEET_MB,
  READING_MEDIA_TYPES,
  READINGS_CSV_DESCRIPTION,
  TARGET_MEDIA_TYPES,
  TARGETS_CSV_DESCRIPTION,
  ZReadingExport,
  ZReadingsExportQuery,
  ZReadingsImportQuery,
  ZReadingsImportResult,
  ZTargetsImportResult,
  ZTargetsQuery,
} from "./sheet-schemas";

function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "no-store",
    },
  });
}

const TOO_LARGE = apiFailure(413, "too_large", `The body is larger than ${OUTCOME_SHEET_MB} MB.`);

/** Every target of the workspace as a targets sheet, in journey order. Any member. */
export const getTargetsCsv = defineRoute({
  query: ZTargetsQuery,
  permission: "workspace.read",
  summary: "Every target as a targets sheet, in journey order. Any member.",
  responses: { 200: { description: "The targets sheet.", csv: TARGETS_CSV_DESCRIPTION } },
  async run({ workspace }) {
    return csvResponse(
      buildTargetsCsv(await listSheetTargets(workspace.id)),
      `${workspace.slug}-targets.csv`,
    );
  },
});

/** A targets sheet: sets, changes and (an empty target) clears targets. CX leads. */
export const postTargetsCsv = defineRoute({
  query: ZTargetsQuery,
  permission: "outcomes.define",
  body: {
    mediaTypes: TARGET_MEDIA_TYPES,
    description: `${TARGETS_CSV_DESCRIPTION} An empty target clears that target. At most ${OUTCOME_SHEET_LIMITS.rows} rows and ${OUTCOME_SHEET_MB} MB.`,
  },
  summary: "Set, change and clear targets from a targets sheet. CX leads only. All or nothing.",
  responses: {
    200: { description: "Applied.", json: ZTargetsImportResult },
    413: "The body is over the size limit.",
    422: "The sheet has problems: `errors` lists each with its row and column; nothing was written.",
  },
  async run({ request, ...access }) {
    const body = await readBodyCapped(request, OUTCOME_SHEET_LIMITS.bytes);
    if (!body) return TOO_LARGE;
    const parsed = parseTargetsSheet(body);
    const outcome = await runWrite(access, { timeoutMs: OUTCOME_IMPORT_TIMEOUT_MS }, (write) =>
      importTargetRows({ ...write, workspaceId: access.workspace.id }, parsed),
    );
    if (!outcome.ok) return rowProblems("The targets sheet has", outcome);
    const { created, updated, cleared, unchanged } = outcome;
    return { status: 200, body: { created, updated, cleared, unchanged } };
  },
});

/** The workspace's readings, optionally of the months from..to; CSV, or JSON in the shape POST takes. Any member. */
export const getReadings = defineRoute({
  query: ZReadingsExportQuery,
  permission: "workspace.read",
  summary: "The readings of the months from..to (both included), as CSV or JSON. Any member.",
  responses: {
    200: {
      description: "The readings, in journey order then by month.",
      csv: READINGS_CSV_DESCRIPTION,
      json: z.array(ZReadingExport),
    },
  },
  async run({ query, workspace }) {
    const rows = await listSheetReadings(workspace.id, { from: query.from, to: query.to });
    if (query.format === "json") return { status: 200, body: buildReadingsJson(rows) };
    return csvResponse(buildReadingsCsv(rows), `${workspace.slug}-readings.csv`);
  },
});

const NOT_AN_ARRAY =
  'The body must be a JSON array of readings, e.g. [{"journey":"Buy online","stage":"Pay","touchpoint":"Checkout","measure":"CSAT","month":"2026-11","value":4.2,"sampleSize":120,"source":"survey"}].';

/** The body as rows: a readings sheet (CSV) or a JSON array, by its Content-Type. */
async function readReadings(request: Request): Promise<ParsedRows<ReadingRow> | ApiFailure> {
  const body = await readBodyCapped(request, OUTCOME_SHEET_LIMITS.bytes);
  if (!body) return TOO_LARGE;
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") return parseReadingsSheet(body);
  let items: unknown;
  try {
    items = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
  } catch {
    return apiFailure(400, "invalid", `The body is not valid JSON in UTF-8. ${NOT_AN_ARRAY}`);
  }
  return Array.isArray(items) ? parseReadingsJson(items) : apiFailure(400, "invalid", NOT_AN_ARRAY);
}

/** A head's rows outside their department: 403 and nothing written, as for one reading (DESIGN.md). */
function refusedFailure(rows: readonly number[]): ApiFailure {
  const shown = rows.slice(0, 10).join(", ");
  const more = rows.length > 10 ? ` and ${rows.length - 10} more` : "";
  return apiFailure(
    403,
    "forbidden",
    `You may record readings only for the touchpoints your department is Accountable for, and never a journey's own; nothing was written. Rows not yours: ${shown}${more}.`,
  );
}

/**
 * Readings as a sheet or a JSON array: each recorded, or replaced when its month is already there; all or
 * nothing. CX leads anywhere, department heads where their department is Accountable.
 */
export const postReadings = defineRoute({
  query: ZReadingsImportQuery,
  permission: "readings.record",
  body: {
    mediaTypes: READING_MEDIA_TYPES,
    json: z.array(ZReadingExport),
    description: `${READINGS_CSV_DESCRIPTION} Or a JSON array of readings (stage and touchpoint null for a journey's own). At most ${OUTCOME_SHEET_LIMITS.rows} readings and ${OUTCOME_SHEET_MB} MB.`,
  },
  summary:
    "Record readings from a readings sheet or a JSON array; a reading of a month already recorded replaces it. All or nothing.",
  responses: {
    200: { description: "Recorded, or planned with dryRun=1.", json: ZReadingsImportResult },
    403: "The caller may not record readings, or (a department head) some rows are for touchpoints their department is not Accountable for, or a journey's own; nothing was written.",
    413: "The body is over the size limit.",
    422: "The readings have problems: `errors` lists each with its row and column; nothing was written.",
  },
  async run({ request, query, ...access }) {
    const parsed = await readReadings(request);
    if ("status" in parsed) return parsed;
    const dryRun = isOn(query.dryRun);
    const outcome = await runWrite(access, { timeoutMs: OUTCOME_IMPORT_TIMEOUT_MS }, (write) =>
      importReadingRows({ ...write, actor: access.actor }, parsed, { dryRun }),
    );
    if (!outcome.ok) {
      const refused = refusedRows(outcome.errors);
      if (refused.length > 0) return refusedFailure(refused);
      return rowProblems("The readings have", outcome);
    }
    const { created, replaced, unchanged } = outcome;
    return { status: 200, body: { created, replaced, unchanged, dryRun } };
  },
});
