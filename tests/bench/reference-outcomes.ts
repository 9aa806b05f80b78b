// The reference workspace's customer outcomes (issue #14, Performance): six measures, targets on touchpoints
// and journeys, and months of readings for every target's scope. Pure and deterministic like reference-rows.ts,
// except that the months end with the one before the run's, as a live workspace's would.
import type { Prisma } from "../../lib/db/generated/client";
import { addMonths, type MeasureScale, type Month, monthOf, scaleOf } from "../../lib/outcomes/rules";
import type { Random } from "./prng";

export type OutcomeShape = { touchpointTargets: number; journeyTargets: number; readingMonths: number };

export type OutcomeRows = {
  measures: (Prisma.MeasureCreateManyInput & { id: string })[];
  targets: Prisma.OutcomeTargetCreateManyInput[];
  readings: Prisma.OutcomeReadingCreateManyInput[];
};

const MEASURES: (MeasureScale & { name: string; unit: string })[] = [
  { name: "CSAT", kind: "SCORE", direction: "HIGHER", scaleMin: 1, scaleMax: 5, unit: "/ 5" },
  { name: "Customer effort", kind: "SCORE", direction: "LOWER", scaleMin: 1, scaleMax: 7, unit: "/ 7" },
  { name: "NPS", kind: "NPS", direction: "HIGHER", scaleMin: null, scaleMax: null, unit: "" },
  {
    name: "On-time delivery",
    kind: "PERCENT",
    direction: "HIGHER",
    scaleMin: null,
    scaleMax: null,
    unit: "%",
  },
  {
    name: "Complaints",
    kind: "COUNT",
    direction: "LOWER",
    scaleMin: null,
    scaleMax: null,
    unit: "per month",
  },
  { name: "Renewal rate", kind: "PERCENT", direction: "HIGHER", scaleMin: null, scaleMax: null, unit: "%" },
];

/** A value on the measure's scale, one decimal, around the middle (a count: 0..50). */
function valueOn(random: Random, measure: MeasureScale): number {
  const { min, max } = scaleOf(measure);
  const top = max ?? 50;
  return Math.round((min + (top - min) * (0.3 + 0.5 * random.next())) * 10) / 10;
}

export function buildOutcomeRows(opts: {
  random: Random;
  shape: OutcomeShape;
  workspaceId: string;
  journeyIds: readonly string[];
  touchpoints: readonly { id: string; journeyId: string }[];
  now?: Date;
}): OutcomeRows {
  const { random, shape, workspaceId } = opts;
  const measures = MEASURES.map((m) => ({ ...m, id: random.uuid(), workspaceId }));
  const last = addMonths(monthOf(opts.now ?? new Date()), -1);
  const months: Month[] = Array.from({ length: shape.readingMonths }, (_, i) => addMonths(last, -i));
  const scopes = [
    ...random.sample(
      opts.touchpoints.flatMap((t) =>
        measures.map((measure) => ({ measure, scopeId: t.id, touchpointId: t.id, journeyId: t.journeyId })),
      ),
      shape.touchpointTargets,
    ),
    ...random.sample(
      opts.journeyIds.flatMap((journeyId) =>
        measures.map((measure) => ({ measure, scopeId: journeyId, touchpointId: null, journeyId })),
      ),
      shape.journeyTargets,
    ),
  ];
  const targets: Prisma.OutcomeTargetCreateManyInput[] = [];
  const readings: Prisma.OutcomeReadingCreateManyInput[] = [];
  for (const { measure, ...scope } of scopes) {
    const base = { workspaceId, measureId: measure.id, ...scope };
    targets.push({ ...base, id: random.uuid(), value: valueOn(random, measure) });
    for (const month of months)
      readings.push({ ...base, id: random.uuid(), month, value: valueOn(random, measure) });
  }
  return { measures, targets, readings };
}
