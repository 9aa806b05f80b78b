import "server-only";
// GET /api/v1/export and POST /api/v1/import: the RACI sheet out and in, through the shared route shape.
import { runWrite } from "../actions/define";
import { apiFailure, rowProblems } from "../api/errors";
import { readBodyCapped } from "../api/request-guards";
import { defineRoute } from "../api/route";
import { SHEET_CSV_DESCRIPTION, type TSheetJson, ZImportResult, ZSheetJson } from "./api-schemas";
import { importParsedSheet } from "./apply";
import { buildExportCsv, buildExportJson } from "./export";
import { SHEET_LIMITS, SHEET_MEDIA_TYPES } from "./format";
import { parseSheet } from "./parse";
import { getCurrentMap } from "./queries";
import { ZExportQuery, ZImportQuery } from "./schemas";

export const exportSheet = defineRoute({
  query: ZExportQuery,
  permission: "workspace.read",
  summary: "The map as a RACI sheet (CSV) or as JSON; the whole workspace or one journey. Any member.",
  responses: {
    200: {
      description: "The sheet: CSV (with a byte-order mark and CRLF line ends) unless format=json.",
      csv: SHEET_CSV_DESCRIPTION,
      json: ZSheetJson,
    },
    404: "No such workspace for this caller, or no journey of that id in it.",
  },
  async run({ query, workspace }) {
    const map = await getCurrentMap(workspace.id);
    if (query.journey && !map.journeys.some((j) => j.id === query.journey))
      return apiFailure(404, "not_found", "No journey with that id in this workspace.");
    const format = query.format ?? "csv";
    const filename = `${workspace.slug}${query.journey ? "-journey" : ""}-raci.${format}`;
    const json = (): TSheetJson => ({ workspace, ...buildExportJson(map, { journeyId: query.journey }) });
    const body =
      format === "json" ? JSON.stringify(json()) : buildExportCsv(map, { journeyId: query.journey });
    return new Response(body, {
      status: 200,
      headers: {
        "Content-Type": format === "json" ? "application/json" : "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "no-store",
      },
    });
  },
});

/** The sheet as the body: 200 with counts, or 422 with every problem and nothing written. */
export const importSheet = defineRoute({
  query: ZImportQuery,
  permission: "map.edit",
  body: {
    mediaTypes: SHEET_MEDIA_TYPES,
    description: `${SHEET_CSV_DESCRIPTION} At most ${SHEET_LIMITS.bytes} bytes, ${SHEET_LIMITS.rows} rows and ${SHEET_LIMITS.departments} department columns; comma or semicolon separated, byte-order mark optional.`,
  },
  summary: "Import a RACI sheet (the export's CSV layout). CX leads only. All or nothing.",
  responses: {
    200: { description: "Applied, or planned with dryRun.", json: ZImportResult },
    409: "A replace would remove the whole map or more than half of its touchpoints and allowMassRemoval=1 was not given (the message says how many); or a concurrent change conflicted, try again. Nothing was written.",
    413: "The body is over the size limit.",
    422: "The sheet has problems: `errors` lists each with its row and column; nothing was written. Also when the workspace it would leave could not be exported and imported back (over 200 departments, or an export over 20,000 rows or 2 MB): row 1 says which.",
  },
  async run({ request, query, ...access }) {
    const body = await readBodyCapped(request, SHEET_LIMITS.bytes);
    if (!body)
      return apiFailure(413, "too_large", `The sheet is larger than ${SHEET_LIMITS.bytes / 1024 / 1024} MB.`);
    const mode = query.mode ?? "merge";
    const dryRun = query.dryRun === "1" || query.dryRun === "true";
    const allowMassRemoval = query.allowMassRemoval === "1" || query.allowMassRemoval === "true";
    const parsed = parseSheet(body);
    const outcome = parsed.ok
      ? await runWrite(access, { changesOwnership: !dryRun }, (write) =>
          importParsedSheet(
            { ...write, workspaceId: access.workspace.id },
            // A dry run writes nothing, so it shows the plan without asking for confirmation.
            { sheet: parsed.sheet, mode, dryRun, refuseMassRemoval: !dryRun && !allowMassRemoval },
          ),
        )
      : parsed;
    if (!outcome.ok) return rowProblems("The sheet has", outcome);
    const { summary } = outcome;
    return {
      status: 200,
      body: {
        applied: outcome.applied,
        mode,
        counts: summary.counts,
        newDepartments: summary.newDepartments,
        clearedDepartments: summary.clearedDepartments,
        contested: summary.contested,
        created: summary.created,
        changed: summary.changed,
        removed: summary.removed,
      },
    };
  },
});
