// The demo's customer outcomes (issue #14): five measures, targets on every touchpoint and journey, and twelve
// months of readings ending last month, in which a few owned touchpoints slip below target and every unowned
// or contested touchpoint with a target misses it. Pure and deterministic for a given month, like
// build-demo-rows.ts: values come from a hash of the names, not from Math.random.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import { addMonths, type Month, monthsEndingWith } from "../outcomes/rules";
import { getTouchpointOwnership, type TouchpointStatus } from "../ownership";
import type { DemoRows } from "./build-demo-rows";

export type DemoOutcomeRows = {
  measures: (Prisma.MeasureCreateManyInput & { id: string })[];
  targets: Prisma.OutcomeTargetCreateManyInput[];
  readings: Prisma.OutcomeReadingCreateManyInput[];
};

type MeasureKey = "csat" | "effort" | "nps" | "onTime" | "complaints";

const MEASURES: Record<MeasureKey, Omit<Prisma.MeasureCreateManyInput, "workspaceId">> = {
  csat: { name: "CSAT", kind: "SCORE", direction: "HIGHER", scaleMin: 1, scaleMax: 5, unit: "/ 5" },
  effort: {
    name: "Customer effort",
    kind: "SCORE",
    direction: "LOWER",
    scaleMin: 1,
    scaleMax: 7,
    unit: "/ 7",
  },
  nps: { name: "NPS", kind: "NPS", direction: "HIGHER", unit: "" },
  onTime: { name: "On-time delivery", kind: "PERCENT", direction: "HIGHER", unit: "%" },
  complaints: { name: "Complaints", kind: "COUNT", direction: "LOWER", unit: "per month" },
};

/** Owned touchpoints whose CSAT slips below target over the last months: the owners' story. */
export const SLIPPING_TOUCHPOINTS: ReadonlySet<string> = new Set([
  "Renewal reminder email",
  "Support phone line",
  "Courier delivery",
]);

/** A number in [0, 1) from a string: the same demo every time it is seeded in a month. */
function unit(seed: string): number {
  let hash = 2166136261;
  for (let i = 0; i < seed.length; i++) hash = Math.imul(hash ^ seed.charCodeAt(i), 16777619);
  return ((hash >>> 0) % 10_000) / 10_000;
}

const round = (value: number, step: number) => Math.round(value / step) * step;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function buildDemoOutcomes(opts: {
  rows: DemoRows;
  /** Readings run for the twelve months before this one. */
  month: Month;
  createId?: () => string;
}): DemoOutcomeRows {
  const createId = opts.createId ?? randomUUID;
  const workspaceId = opts.rows.workspace.id;
  const measures = Object.fromEntries(
    (Object.keys(MEASURES) as MeasureKey[]).map((key) => [
      key,
      { id: createId(), workspaceId, ...MEASURES[key] },
    ]),
  ) as Record<MeasureKey, DemoOutcomeRows["measures"][number]>;
  const result: DemoOutcomeRows = { measures: Object.values(measures), targets: [], readings: [] };
  const months = monthsEndingWith(addMonths(opts.month, -1), 12);

  const status = touchpointStatuses(opts.rows);
  const add = (opts2: {
    measure: MeasureKey;
    journeyId: string;
    touchpointId: string | null;
    target: number;
    /** The value for month i of 12 (0 = oldest). */
    value: (i: number) => number;
  }) => {
    const measure = measures[opts2.measure];
    const scope = {
      workspaceId,
      measureId: measure.id,
      journeyId: opts2.journeyId,
      touchpointId: opts2.touchpointId,
      scopeId: opts2.touchpointId ?? opts2.journeyId,
    };
    result.targets.push({ id: createId(), ...scope, value: opts2.target });
    months.forEach((month, i) => {
      const sampleSize = 80 + Math.round(unit(`${scope.scopeId}${month}n`) * 400);
      result.readings.push({
        id: createId(),
        ...scope,
        month,
        value: opts2.value(i),
        sampleSize: opts2.measure === "complaints" || opts2.measure === "onTime" ? null : sampleSize,
        source: opts2.measure === "complaints" ? "Complaints log" : "Monthly survey",
      });
    });
  };

  for (const touchpoint of opts.rows.touchpoints) {
    const { id, journeyId, name, channel } = touchpoint as {
      id: string;
      journeyId: string;
      name: string;
      channel: string;
    };
    const touchpointStatus = status.get(id) ?? "UNOWNED";
    // Where nobody is accountable the customer hurts; a few owned touchpoints slip lately; the rest do fine.
    const hurting = touchpointStatus !== "OWNED";
    const slipping = SLIPPING_TOUCHPOINTS.has(name);
    const noise = (i: number, k: string) => unit(`${id}${k}${i}`) - 0.5;
    const csatTarget = 4.2;
    add({
      measure: "csat",
      journeyId,
      touchpointId: id,
      target: csatTarget,
      value: (i) => {
        const drift = slipping ? (i >= 8 ? -0.25 * (i - 7) : 0) : 0;
        const base = hurting ? 3.5 : slipping ? 4.4 : 4.3 + unit(`${id}base`) * 0.4;
        return clamp(round(base + drift + noise(i, "c") * 0.2, 0.1), 1, 5);
      },
    });
    if (channel === "PHONE" || channel === "CHAT" || channel === "AI_AGENT") {
      add({
        measure: "effort",
        journeyId,
        touchpointId: id,
        target: 3,
        value: (i) => clamp(round((hurting ? 4.1 : 2.6) + noise(i, "e") * 0.6, 0.1), 1, 7),
      });
    }
    if (/deliver|dispatch|track/i.test(name)) {
      add({
        measure: "onTime",
        journeyId,
        touchpointId: id,
        target: 95,
        value: (i) => clamp(round((slipping && i >= 9 ? 91 : 96.5) + noise(i, "o") * 2, 0.1), 0, 100),
      });
    }
    if (/complaint|escalation|refund/i.test(name)) {
      add({
        measure: "complaints",
        journeyId,
        touchpointId: id,
        target: 20,
        value: (i) => Math.max(0, Math.round((hurting ? 31 : 14) + noise(i, "n") * 10)),
      });
    }
  }

  opts.rows.journeys.forEach((journey, index) => {
    const journeyId = journey.id as string;
    add({
      measure: "nps",
      journeyId,
      touchpointId: null,
      target: [40, 25, 35][index % 3] as number,
      value: (i) => clamp(Math.round(30 + i * 0.8 + (unit(`${journeyId}${i}`) - 0.5) * 8), -100, 100),
    });
  });
  return result;
}

/** Each demo touchpoint's status, from its roles and pending A claims, as the seed writes them. */
function touchpointStatuses(rows: DemoRows): Map<string, TouchpointStatus> {
  const byTouchpoint = new Map<
    string,
    {
      assignments: { departmentId: string; role: "R" | "A" | "C" | "I" }[];
      openClaims: { departmentId: string; role: "R" | "A" | "C" | "I" }[];
    }
  >();
  const entry = (id: string) => {
    let found = byTouchpoint.get(id);
    if (!found) {
      found = { assignments: [], openClaims: [] };
      byTouchpoint.set(id, found);
    }
    return found;
  };
  for (const a of rows.assignments)
    entry(a.touchpointId).assignments.push({ departmentId: a.departmentId, role: a.role });
  for (const c of rows.claims) {
    if ((c.status ?? "PENDING") === "PENDING")
      entry(c.touchpointId).openClaims.push({ departmentId: c.departmentId, role: c.role });
  }
  return new Map([...byTouchpoint].map(([id, roles]) => [id, getTouchpointOwnership(roles).status]));
}
