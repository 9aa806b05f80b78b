import "server-only";
// GET /api/v1/outcomes: the dashboard's outcome section as JSON, read by the same code (report-queries.ts).
import { apiFailure } from "../api/errors";
import { defineRoute } from "../api/route";
import { toOutcomesJson, ZOutcomesJson, ZOutcomesQuery } from "./outcomes-json";
import { getOutcomeReport } from "./report-queries";

/** Any member; a journey or department that is not this workspace's is a 404, not a silently wider answer. */
export const getOutcomesJson = defineRoute({
  query: ZOutcomesQuery,
  permission: "workspace.read",
  summary: "The dashboard's outcome section: counts, unowned pain and scorecards for a month. Any member.",
  responses: {
    200: { description: "The outcome report, read by the same code as the dashboard.", json: ZOutcomesJson },
    404: "No such workspace for this caller, or no journey or department of that id in it.",
  },
  async run({ query, workspace }) {
    const report = await getOutcomeReport({
      workspaceId: workspace.id,
      month: query.month,
      filters: { journeyId: query.journey, departmentId: query.department },
    });
    if (query.journey && !report.filters.journeyId)
      return apiFailure(404, "not_found", "No journey with that id in this workspace.");
    if (query.department && !report.filters.departmentId)
      return apiFailure(404, "not_found", "No department with that id in this workspace.");
    return { status: 200, body: toOutcomesJson(workspace, report) };
  },
});
