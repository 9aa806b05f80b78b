import "server-only";
// GET and POST /api/v1/measures: a workspace's measures out, and in (upserted by name, all or nothing), through
// the shared route shape.
import { z } from "zod";
import { runWrite } from "../actions/define";
import { apiFailure, rowProblems } from "../api/errors";
import { readBodyCapped } from "../api/request-guards";
import { defineRoute } from "../api/route";
import { importMeasures, parseMeasureRows } from "./measure-import";
import { listMeasures } from "./measures";
import {
  MEASURE_IMPORT_LIMITS,
  toApiMeasure,
  ZApiMeasureJson,
  ZApiMeasures,
  ZMeasuresImported,
  ZMeasuresQuery,
} from "./schemas";

export const MEASURE_MEDIA_TYPES = ["application/json"] as const;

/** Every measure of the workspace, by name, in the shape POST takes. Any member. */
export const getMeasuresJson = defineRoute({
  query: ZMeasuresQuery,
  permission: "workspace.read",
  summary: "The workspace's measures by name, in the shape POST takes. Any member.",
  responses: { 200: { description: "Every measure, by name.", json: z.array(ZApiMeasureJson) } },
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
  body: {
    mediaTypes: MEASURE_MEDIA_TYPES,
    json: ZApiMeasures,
    description: `A JSON array of at most ${MEASURE_IMPORT_LIMITS.rows} measures, each name once, in at most ${MEASURE_IMPORT_LIMITS.bytes} bytes. A measure the workspace has by that name is updated, the others are created; measures the array does not name are kept.`,
  },
  summary: "Define measures: created or updated by name. CX leads only. All or nothing.",
  responses: {
    200: {
      description: "Written: how many measures were created, updated and already as sent.",
      json: ZMeasuresImported,
    },
    400: "A parameter is missing, unknown, repeated or malformed; or the body is not a JSON array.",
    409: "A measure of the same name was created meanwhile; nothing was written. Send the request again.",
    413: "The body is over the size limit.",
    422: "Some measures have problems: `errors` lists each with its row (the measure's 1-based place in the array) and column (the field); nothing was written. A change of kind or scale is refused while the measure's targets or readings hold a value outside the new scale.",
  },
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
