import "server-only";
// GET /api/v1/coverage, minus the HTTP plumbing: validate the query, resolve the workspace once, read the
// same report the dashboard renders.
import { z } from "zod";
import { type ApiErrorBody, type ApiFailure, apiFailure } from "../api/errors";
import { authenticateApiCaller, isApiFailure, requireApiWorkspaceRole } from "../auth/api-caller";
import { READERS } from "../auth/guard";
import type { WorkspaceSummary } from "../workspaces/queries";
import { type CoverageHistoryPoint, getCoverageHistory, getCoverageReport } from "./queries";
import type { CoverageReport } from "./report-types";
import { API_LIST_LIMIT, ZCoverageApiQuery } from "./schemas";

export type ApiError = ApiErrorBody;
export type CoverageJson = Omit<CoverageReport, "options"> & {
  workspace: WorkspaceSummary;
  /** How many rows the unowned, contested and handoffs lists hold at most. */
  limit: number | "all";
  history: CoverageHistoryPoint[];
};
export type ApiResult = { status: 200; body: CoverageJson } | ApiFailure;

/** `headers` carries the caller's credentials (a bearer token); without them, the browser session is used. */
export async function getCoverageApiResult(
  searchParams: URLSearchParams,
  headers: Headers = new Headers(),
): Promise<ApiResult> {
  // Signed out is 401 before anything else, so the answer says nothing about the query or the workspace.
  const caller = await authenticateApiCaller(headers);
  if (isApiFailure(caller)) return caller;
  const raw: Record<string, string> = {};
  for (const [key, value] of searchParams) {
    if (key in raw) return apiFailure(400, "invalid", `The ${key} parameter is given more than once.`);
    raw[key] = value;
  }
  const parsed = ZCoverageApiQuery.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message =
      issue?.code === "unrecognized_keys"
        ? `Unknown parameter: ${issue.keys.join(", ")}. Allowed: workspace, journey, department, sort, limit.`
        : (issue?.message ?? z.prettifyError(parsed.error));
    return apiFailure(400, "invalid", message);
  }
  const query = parsed.data;
  const access = await requireApiWorkspaceRole({ caller, slug: query.workspace, allowed: READERS });
  if (isApiFailure(access)) return access;
  const { workspace } = access;
  const filters = {
    journeyId: query.journey,
    departmentId: query.department,
    sort: query.sort ?? "journey",
  };
  const limit = query.limit ?? API_LIST_LIMIT;
  const rows = limit === "all" ? null : limit;
  const [report, history] = await Promise.all([
    getCoverageReport({
      workspaceId: workspace.id,
      filters,
      limits: { unowned: rows, contested: rows, handoffs: rows },
    }),
    getCoverageHistory({ workspaceId: workspace.id }),
  ]);
  if (query.journey && !report.filters.journeyId)
    return apiFailure(404, "not_found", "No journey with that id in this workspace.");
  if (query.department && !report.filters.departmentId)
    return apiFailure(404, "not_found", "No department with that id in this workspace.");
  const { options: _options, ...numbers } = report;
  return { status: 200, body: { workspace, ...numbers, limit, history } };
}
