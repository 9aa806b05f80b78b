// GET /api/v1/outcomes's query and answer as zod schemas: the route parses its query with the one and builds
// the other's type, and the OpenAPI document is generated from both.
import { z } from "zod";
import { ZWorkspaceParam } from "../api/schemas";
import type { OutcomeReport, PainMiss, ReportMeasure } from "./report";
import { API_DIRECTIONS, API_KINDS, toApiMeasure } from "./schemas";
import { ZMonth } from "./target-schemas";

/** Strict, as every API query: a program sending a bad parameter hears about it (400). */
export const ZOutcomesQuery = z.strictObject({
  workspace: ZWorkspaceParam,
  month: ZMonth.optional(),
  journey: z.uuid({ error: "journey must be a journey id (a UUID)." }).optional(),
  department: z.uuid({ error: "department must be a department id (a UUID)." }).optional(),
});

const ZNamed = z.object({ id: z.string(), name: z.string() });
const ZCounts = z.object({
  targets: z.int().min(0),
  onTarget: z.int().min(0),
  offTarget: z.int().min(0),
  noData: z.int().min(0),
});
const ZMeasureRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(API_KINDS),
  direction: z.enum(API_DIRECTIONS),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string(),
});
const ZMiss = z.object({
  measure: ZMeasureRef,
  target: z.number(),
  value: z.number(),
  readingMonth: z
    .string()
    .describe("The month the value was read from: the month asked, else the one before."),
  shortfall: z.number().describe("How far the value misses the target, in the measure's unit."),
});

export const ZOutcomesJson = z.object({
  workspace: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  month: z
    .string()
    .describe("YYYY-MM (UTC): a target's status reads this month's reading, else the month before's."),
  filters: z.object({ journey: z.string().nullable(), department: z.string().nullable() }),
  measureCount: z.int().min(0),
  totals: ZCounts,
  unownedPain: z
    .array(
      ZMiss.extend({
        touchpoint: ZNamed,
        journey: ZNamed,
        stage: ZNamed,
        status: z.enum(["UNOWNED", "CONTESTED"]),
        misses: z.array(ZMiss),
      }),
    )
    .describe("Unowned or contested touchpoints with an off-target target, worst miss first."),
  departments: z
    .array(ZNamed.extend(ZCounts.shape))
    .describe("Targets of touchpoints where the department is the single Accountable department."),
  journeys: z
    .array(
      ZNamed.extend(ZCounts.shape).extend({
        owner: z.object({ membershipId: z.string(), name: z.string() }).nullable(),
        touchpoints: ZCounts.describe("Over the journey's touchpoints' targets."),
      }),
    )
    .describe("Each journey's own targets (its owner's scorecard)."),
  stages: z.array(ZNamed.extend(ZCounts.shape).extend({ journeyId: z.string() })),
});
export type OutcomesJson = z.infer<typeof ZOutcomesJson>;

function measureRef(measure: ReportMeasure): z.infer<typeof ZMeasureRef> {
  return { id: measure.id, ...toApiMeasure(measure) };
}

function miss(item: PainMiss): z.infer<typeof ZMiss> {
  return {
    measure: measureRef(item.measure),
    target: item.target,
    value: item.value,
    readingMonth: item.readingMonth,
    shortfall: item.shortfall,
  };
}

export function toOutcomesJson(workspace: OutcomesJson["workspace"], report: OutcomeReport): OutcomesJson {
  return {
    workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name },
    month: report.month,
    filters: { journey: report.filters.journeyId ?? null, department: report.filters.departmentId ?? null },
    measureCount: report.measureCount,
    totals: report.totals,
    unownedPain: report.unownedPain.map((pain) => ({
      touchpoint: pain.touchpoint,
      journey: pain.journey,
      stage: pain.stage,
      status: pain.status,
      ...miss(pain),
      misses: pain.misses.map(miss),
    })),
    departments: report.departments,
    journeys: report.journeys.map(({ owner, ...journey }) => ({
      ...journey,
      owner: owner && { membershipId: owner.membershipId, name: owner.name },
    })),
    stages: report.stages,
  };
}
