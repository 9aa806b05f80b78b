import "server-only";
// GET and POST /api/v1/measures: a workspace's measures out, and in (upserted by name, all or nothing), through
// the shared route shape.
import { runWrite } from "../actions/define";
import { apiFailure, rowProblems } from "../api/errors";
import { readBodyCapped } from "../api/request-guards";
import { defineRoute } from "../api/route";
import { importMeasures, parseMeasureRows } from "./measure-import";
import { listMeasures } from "./measures";
import { MEASURE_IMPORT_LIMITS, toApiMeasure, ZMeasuresQuery } from "./schemas";

export const MEASURE_MEDIA_TYPES = ["application/json"] as const;

/** Every measure of the workspace, by name, in the shape POST takes. Any member. */
export const getMeasuresJson = defineRoute({
  query: ZMeasuresQuery,
  permission: "workspace.read",
  async run({ workspace }) {
    const measures = await listMeasures(workspace.id);
    return { status: 200, body: measures.map(toApiMeasure) };
  },
});

const NOT_AN_ARRAY =
  'The body must be a JSON array of measures, e.g. [{"name":"CSAT","kind":"score","min":1,"max":5,"direction":"higher","unit":"points"}].';

/** A JSON array of measures: 200 with counts, or 422 with every problem and nothing written. CX leads. */
export const postMeasuresJson = defineRoute({
  query: ZMeasuresQuery,
  permission: "outcomes.define",
  body: { mediaTypes: MEASURE_MEDIA_TYPES },
  async run({ request, ...access }) {
    const bytes = await readBodyCapped(request, MEASURE_IMPORT_LIMITS.bytes);
    if (!bytes)
      return apiFailure(
        413,
        "too_large",
        `The body is larger than ${MEASURE_IMPORT_LIMITS.bytes / 1024} KB.`,
      );
    let items: unknown;
    try {
      items = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
    } catch {
      return apiFailure(400, "invalid", `The body is not valid JSON in UTF-8. ${NOT_AN_ARRAY}`);
    }
    if (!Array.isArray(items)) return apiFailure(400, "invalid", NOT_AN_ARRAY);
    const parsed = parseMeasureRows(items);
    const outcome = parsed.ok
      ? await runWrite(access, {}, (write) =>
          importMeasures({ ...write, workspaceId: access.workspace.id }, parsed.rows),
        )
      : parsed;
    if (!outcome.ok) return rowProblems("The measures have", outcome);
    const { created, updated, unchanged } = outcome;
    return { status: 200, body: { created, updated, unchanged } };
  },
});
