import "server-only";
// GET /api/v1/export and POST /api/v1/import, minus the HTTP plumbing. Same checks in the same order as the
// coverage route: who is calling (401), is the query sound (400), may they use this workspace (404/403).
import type { z } from "zod";
import { type ApiFailure, apiFailure } from "../api/errors";
import { authenticateApiCaller, isApiFailure, requireApiWorkspaceRole } from "../auth/api-caller";
import { EDITORS, READERS } from "../auth/guard";
import { importSheet } from "./apply";
import { buildExportCsv, buildExportJson } from "./export";
import { SHEET_LIMITS } from "./format";
import { getCurrentMap } from "./queries";
import { ZExportQuery, ZImportQuery } from "./schemas";

export type ExportResult = { status: 200; contentType: string; filename: string; body: string } | ApiFailure;

function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> | ApiFailure {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) return apiFailure(400, "invalid", `The ${key} parameter is given more than once.`);
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const message =
    issue?.code === "unrecognized_keys"
      ? `Unknown parameter: ${issue.keys.join(", ")}.`
      : (issue?.message ?? "Invalid query.");
  return apiFailure(400, "invalid", message);
}

export async function getExportResult(request: Request): Promise<ExportResult> {
  const caller = await authenticateApiCaller(request.headers);
  if (isApiFailure(caller)) return caller;
  const query = parseQuery(ZExportQuery, new URL(request.url).searchParams);
  if (isApiFailure(query)) return query;
  const access = await requireApiWorkspaceRole({ caller, slug: query.workspace, allowed: READERS });
  if (isApiFailure(access)) return access;
  const map = await getCurrentMap(access.workspace.id);
  if (query.journey && !map.journeys.some((j) => j.id === query.journey))
    return apiFailure(404, "not_found", "No journey with that id in this workspace.");
  const format = query.format ?? "csv";
  const filename = `${access.workspace.slug}${query.journey ? "-journey" : ""}-raci.${format}`;
  if (format === "json") {
    const body = JSON.stringify({
      workspace: access.workspace,
      ...buildExportJson(map, { journeyId: query.journey }),
    });
    return { status: 200, contentType: "application/json", filename, body };
  }
  return {
    status: 200,
    contentType: "text/csv; charset=utf-8",
    filename,
    body: buildExportCsv(map, { journeyId: query.journey }),
  };
}

/** Reads at most `limit` bytes; null when the body is larger, without buffering the rest. */
async function readBodyCapped(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

export async function getImportResult(
  request: Request,
): Promise<{ status: 200; body: unknown } | ApiFailure> {
  const caller = await authenticateApiCaller(request.headers);
  if (isApiFailure(caller)) return caller;
  const query = parseQuery(ZImportQuery, new URL(request.url).searchParams);
  if (isApiFailure(query)) return query;
  const access = await requireApiWorkspaceRole({ caller, slug: query.workspace, allowed: EDITORS });
  if (isApiFailure(access)) return access;
  const body = await readBodyCapped(request, SHEET_LIMITS.bytes);
  if (!body)
    return apiFailure(413, "too_large", `The sheet is larger than ${SHEET_LIMITS.bytes / 1024 / 1024} MB.`);
  const mode = query.mode ?? "merge";
  const dryRun = query.dryRun === "1" || query.dryRun === "true";
  const outcome = await importSheet({ actor: access.actor, input: body, mode, dryRun });
  if (!outcome.ok) {
    return apiFailure(
      422,
      "unprocessable",
      `The sheet has ${outcome.errorCount} problem(s); nothing was written.`,
      {
        errors: outcome.errors,
        errorCount: outcome.errorCount,
      },
    );
  }
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
}
