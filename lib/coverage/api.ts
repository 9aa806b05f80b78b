import "server-only";
// GET /api/v1/coverage, minus the HTTP plumbing: validate the query, resolve the workspace once, read the
// same report the dashboard renders.
import { z } from "zod";
import { ActionError } from "../actions/result";
import { READERS, requireWorkspaceRole } from "../auth/guard";
import { getSessionUser } from "../auth/session";
import { getWorkspaceBySlug, type WorkspaceSummary } from "../workspaces/queries";
import { type CoverageHistoryPoint, getCoverageHistory, getCoverageReport } from "./queries";
import type { CoverageReport } from "./report-types";
import { ZCoverageApiQuery } from "./schemas";

export type ApiError = {
  error: { code: "invalid" | "unauthorized" | "not_found" | "forbidden"; message: string };
};
export type CoverageJson = Omit<CoverageReport, "options"> & {
  workspace: WorkspaceSummary;
  history: CoverageHistoryPoint[];
};
export type ApiResult =
  | { status: 200; body: CoverageJson }
  | { status: 400 | 401 | 403 | 404; body: ApiError };

const fail = (
  status: 400 | 401 | 403 | 404,
  code: ApiError["error"]["code"],
  message: string,
): ApiResult => ({
  status,
  body: { error: { code, message } },
});

export const UNAUTHORIZED: ApiResult = fail(401, "unauthorized", "Sign in to use the API.");

/**
 * The one place the API decides which workspace a request reads, and checks the caller may read it. A
 * workspace the caller is not a member of is null, like an unknown slug, so the answer never confirms it exists.
 */
export async function resolveReadableWorkspace(slug: string): Promise<WorkspaceSummary | null> {
  const workspace = await getWorkspaceBySlug(slug);
  if (!workspace) return null;
  try {
    await requireWorkspaceRole(workspace.id, READERS);
  } catch (error) {
    if (error instanceof ActionError && error.code === "not_found") return null;
    throw error;
  }
  return workspace;
}

export async function getCoverageApiResult(searchParams: URLSearchParams): Promise<ApiResult> {
  // Signed out is 401 before anything else, so the answer says nothing about the query or the workspace.
  if (!(await getSessionUser())) return UNAUTHORIZED;
  const raw: Record<string, string> = {};
  for (const [key, value] of searchParams) {
    if (key in raw) return fail(400, "invalid", `The ${key} parameter is given more than once.`);
    raw[key] = value;
  }
  const parsed = ZCoverageApiQuery.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message =
      issue?.code === "unrecognized_keys"
        ? `Unknown parameter: ${issue.keys.join(", ")}. Allowed: workspace, journey, department, sort.`
        : (issue?.message ?? z.prettifyError(parsed.error));
    return fail(400, "invalid", message);
  }
  const query = parsed.data;
  try {
    const workspace = await resolveReadableWorkspace(query.workspace);
    if (!workspace) return fail(404, "not_found", `No workspace has the slug "${query.workspace}".`);
    const filters = {
      journeyId: query.journey,
      departmentId: query.department,
      sort: query.sort ?? "journey",
    };
    const [report, history] = await Promise.all([
      getCoverageReport({ workspaceId: workspace.id, filters }),
      getCoverageHistory({ workspaceId: workspace.id }),
    ]);
    if (query.journey && !report.filters.journeyId)
      return fail(404, "not_found", "No journey with that id in this workspace.");
    if (query.department && !report.filters.departmentId)
      return fail(404, "not_found", "No department with that id in this workspace.");
    const { options: _options, ...numbers } = report;
    return { status: 200, body: { workspace, ...numbers, history } };
  } catch (error) {
    if (error instanceof ActionError && error.code === "unauthorized") return UNAUTHORIZED;
    if (error instanceof ActionError && error.code === "not_found")
      return fail(404, "not_found", error.message);
    if (error instanceof ActionError && error.code === "forbidden")
      return fail(403, "forbidden", error.message);
    throw error;
  }
}
