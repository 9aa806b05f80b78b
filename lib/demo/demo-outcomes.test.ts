// The demo's outcomes tell the story the issue asks for, by the same rules every screen uses.
import { describe, expect, it } from "vitest";
import { addMonths, type EvaluatedTarget, targetOutcome, unownedPain, valueProblem } from "../outcomes/rules";
import { getTouchpointOwnership } from "../ownership";
import { buildDemoRows } from "./build-demo-rows";
import { DEMO_WORKSPACE } from "./demo-data";
import { buildDemoOutcomes } from "./demo-outcomes";

const MONTH = "2026-11";
const rows = buildDemoRows({ data: DEMO_WORKSPACE });
const outcomes = buildDemoOutcomes({ rows, month: MONTH });

function evaluate(): EvaluatedTarget[] {
  const measures = new Map(outcomes.measures.map((m) => [m.id, m]));
  return outcomes.targets.map((target) => {
    const measure = measures.get(target.measureId)!;
    const readings = new Map(
      outcomes.readings
        .filter((r) => r.measureId === target.measureId && r.scopeId === target.scopeId)
        .map((r) => [r.month, r.value]),
    );
    const touchpointId = target.touchpointId ?? null;
    const roles = {
      assignments: rows.assignments.filter((a) => a.touchpointId === touchpointId),
      openClaims: rows.claims.filter((c) => c.touchpointId === touchpointId),
    };
    const ownership = getTouchpointOwnership(roles);
    return {
      id: target.id as string,
      measureId: target.measureId,
      journeyId: target.journeyId,
      stageId: touchpointId ? (rows.touchpoints.find((t) => t.id === touchpointId)?.stageId ?? null) : null,
      touchpointId,
      touchpointStatus: touchpointId ? ownership.status : null,
      ownerDepartmentId: touchpointId ? ownership.ownerId : null,
      outcome: targetOutcome({
        measure: {
          kind: measure.kind,
          direction: measure.direction,
          scaleMin: measure.scaleMin ?? null,
          scaleMax: measure.scaleMax ?? null,
        },
        target: target.value,
        month: MONTH,
        readings,
      }),
    };
  });
}

describe("the demo's outcomes", () => {
  it("has five measures, targets and twelve months of readings ending last month, every value on its scale", () => {
    expect(outcomes.measures.map((m) => m.name)).toEqual([
      "CSAT",
      "Customer effort",
      "NPS",
      "On-time delivery",
      "Complaints",
    ]);
    const months = new Set(outcomes.readings.map((r) => r.month));
    expect(months.size).toBe(12);
    expect([...months].sort().at(-1)).toBe(addMonths(MONTH, -1));
    const measures = new Map(outcomes.measures.map((m) => [m.id, m]));
    for (const row of [...outcomes.targets, ...outcomes.readings]) {
      const m = measures.get(row.measureId)!;
      expect(
        valueProblem({ kind: m.kind, scaleMin: m.scaleMin ?? null, scaleMax: m.scaleMax ?? null }, row.value),
      ).toBeNull();
    }
    // A target on every touchpoint (CSAT) and on every journey (NPS).
    expect(new Set(outcomes.targets.map((t) => t.scopeId)).size).toBe(
      rows.touchpoints.length + rows.journeys.length,
    );
  });

  it("has owned touchpoints slipping below target and at least two unowned or contested ones off target", () => {
    const evaluated = evaluate();
    const names = new Map(rows.touchpoints.map((t) => [t.id as string, t.name]));
    const slipping = evaluated.filter(
      (t) => t.touchpointStatus === "OWNED" && t.outcome.status === "OFF_TARGET",
    );
    expect(new Set(slipping.map((t) => names.get(t.touchpointId!)))).toEqual(
      new Set(["Renewal reminder email", "Support phone line", "Courier delivery"]),
    );
    expect(unownedPain(evaluated).length).toBeGreaterThanOrEqual(2);
  });

  it("is the same demo every time it is built for a month", () => {
    const again = buildDemoOutcomes({ rows, month: MONTH });
    expect(again.readings.map((r) => [r.month, r.value])).toEqual(
      outcomes.readings.map((r) => [r.month, r.value]),
    );
  });
});
