import "server-only";
// GET /api/v1/coverage: the same report the dashboard renders, as JSON.
import { apiFailure } from "../api/errors";
import { defineRoute } from "../api/route";
import type { WorkspaceSummary } from "../auth/guard";
import { type CoverageHistoryPoint, getCoverageHistory, getCoverageReport } from "./queries";
import type { CoverageReport } from "./report-types";
import { API_LIST_LIMIT, ZCoverageApiQuery } from "./schemas";

export type CoverageJson = Omit<CoverageReport, "options"> & {
  workspace: WorkspaceSummary;
  /** How many rows the unowned, contested and handoffs lists hold at most. */
  limit: number | "all";
  history: CoverageHistoryPoint[];
};

export const getCoverageJson = defineRoute({
  query: ZCoverageApiQuery,
  permission: "workspace.read",
  async run({ query, workspace }) {
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
    const body: CoverageJson = { workspace, ...numbers, limit, history };
    return { status: 200, body };
  },
});
