import "server-only";
// GET /api/v1/coverage: the same report the dashboard renders, as JSON.
import { apiFailure } from "../api/errors";
import { defineRoute } from "../api/route";
import { ZCoverageJson } from "./api-schemas";
import { getHeadlessDepartments } from "./headless-queries";
import { getCoverageHistory, getCoverageReport } from "./queries";
import { API_LIST_LIMIT, ZCoverageApiQuery } from "./schemas";

export const getCoverageJson = defineRoute({
  query: ZCoverageApiQuery,
  permission: "workspace.read",
  summary:
    "The dashboard's numbers: totals, journeys with stage status, departments, handoffs, history, departments without a head. Any member.",
  responses: {
    200: { description: "The coverage report, read by the same code as the dashboard.", json: ZCoverageJson },
    404: "No such workspace for this caller, or no journey or department of that id in it.",
  },
  async run({ query, workspace }) {
    const filters = {
      journeyId: query.journey,
      departmentId: query.department,
      sort: query.sort ?? "journey",
    };
    const limit = query.limit ?? API_LIST_LIMIT;
    const rows = limit === "all" ? null : limit;
    const [report, history, headless] = await Promise.all([
      getCoverageReport({
        workspaceId: workspace.id,
        filters,
        limits: { unowned: rows, contested: rows, handoffs: rows, stale: rows },
      }),
      getCoverageHistory({ workspaceId: workspace.id }),
      // The dashboard's card's query, counting without listing: the JSON names no touchpoints.
      getHeadlessDepartments({ workspaceId: workspace.id, filters, limit: 0 }),
    ]);
    if (query.journey && !report.filters.journeyId)
      return apiFailure(404, "not_found", "No journey with that id in this workspace.");
    if (query.department && !report.filters.departmentId)
      return apiFailure(404, "not_found", "No department with that id in this workspace.");
    const { options: _options, ...numbers } = report;
    const headlessDepartments = headless.departments.map(({ id, name, accountable }) => ({
      id,
      name,
      accountable,
    }));
    return { status: 200, body: { workspace, ...numbers, limit, history, headlessDepartments } };
  },
});
