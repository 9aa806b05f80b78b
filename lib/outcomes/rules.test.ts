// The outcome rules against DESIGN.md (Customer outcomes), by example and by property.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TouchpointStatus } from "../ownership";
import {
  addMonths,
  type EvaluatedTarget,
  isMonth,
  type MeasureScale,
  monthOf,
  monthsEndingWith,
  OUTCOME_STATUSES,
  previousMonth,
  scaleOf,
  scorecards,
  targetOutcome,
  unownedPain,
  valueProblem,
} from "./rules";

const CSAT: MeasureScale = { kind: "SCORE", direction: "HIGHER", scaleMin: 1, scaleMax: 5 };
const EFFORT: MeasureScale = { kind: "SCORE", direction: "LOWER", scaleMin: 1, scaleMax: 7 };
const COMPLAINTS: MeasureScale = { kind: "COUNT", direction: "LOWER", scaleMin: null, scaleMax: null };
const NPS: MeasureScale = { kind: "NPS", direction: "HIGHER", scaleMin: null, scaleMax: null };
const ON_TIME: MeasureScale = { kind: "PERCENT", direction: "HIGHER", scaleMin: null, scaleMax: null };

describe("measure scales", () => {
  it("gives each kind its scale", () => {
    expect(scaleOf(CSAT)).toEqual({ min: 1, max: 5 });
    expect(scaleOf(ON_TIME)).toEqual({ min: 0, max: 100 });
    expect(scaleOf(NPS)).toEqual({ min: -100, max: 100 });
    expect(scaleOf(COMPLAINTS)).toEqual({ min: 0, max: null });
  });

  it("refuses values outside the scale instead of clamping them", () => {
    expect(valueProblem(CSAT, 3.1)).toBeNull();
    expect(valueProblem(CSAT, 1)).toBeNull();
    expect(valueProblem(CSAT, 5)).toBeNull();
    expect(valueProblem(CSAT, 5.01)).toBe("must be between 1 and 5");
    expect(valueProblem(CSAT, 0)).toBe("must be between 1 and 5");
    expect(valueProblem(NPS, -101)).toBe("must be between -100 and 100");
    expect(valueProblem(ON_TIME, 100.5)).toBe("must be between 0 and 100");
    expect(valueProblem(COMPLAINTS, -1)).toBe("must be 0 or more");
    expect(valueProblem(COMPLAINTS, 2.5)).toBe("must be a whole number");
    expect(valueProblem(COMPLAINTS, 1_000_000)).toBeNull();
    expect(valueProblem(CSAT, Number.NaN)).toBe("must be a number");
    expect(valueProblem(COMPLAINTS, Number.POSITIVE_INFINITY)).toBe("must be a number");
  });

  it("accepts exactly the values inside a score's scale (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.double({ min: -3000, max: 3000, noNaN: true }),
        (min, width, value) => {
          const measure: MeasureScale = {
            kind: "SCORE",
            direction: "HIGHER",
            scaleMin: min,
            scaleMax: min + width,
          };
          expect(valueProblem(measure, value) === null).toBe(value >= min && value <= min + width);
        },
      ),
    );
  });
});

describe("months", () => {
  it("are UTC calendar months", () => {
    expect(monthOf(new Date("2026-11-30T23:59:59Z"))).toBe("2026-11");
    expect(monthOf(new Date("2026-12-01T00:00:00Z"))).toBe("2026-12");
    expect(previousMonth("2026-01")).toBe("2025-12");
    expect(addMonths("2025-12", 1)).toBe("2026-01");
    expect(addMonths("2026-11", -23)).toBe("2024-12");
    expect(monthsEndingWith("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
  });

  it("accept only YYYY-MM", () => {
    for (const good of ["2026-01", "2026-12", "0999-06"]) expect(isMonth(good)).toBe(true);
    for (const bad of ["2026-13", "2026-00", "2026-1", "26-01", "2026-01-01", " 2026-01", "2026/01", ""]) {
      expect(isMonth(bad)).toBe(false);
    }
  });

  it("step back and forth without loss (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -500, max: 500 }),
        (year, month, step) => {
          const start = `${year}-${String(month).padStart(2, "0")}`;
          const moved = addMonths(start, step);
          expect(isMonth(moved)).toBe(true);
          expect(addMonths(moved, -step)).toBe(start);
          expect(moved > start).toBe(step > 0);
        },
      ),
    );
  });
});

describe("a target's status for a month", () => {
  const readings = (entries: Record<string, number>) => new Map(Object.entries(entries));

  it("reads month M, else the month before, else has no data", () => {
    const csat = { measure: CSAT, target: 4.2, month: "2026-11" };
    expect(targetOutcome({ ...csat, readings: readings({ "2026-11": 3.1, "2026-10": 4.5 }) })).toMatchObject({
      status: "OFF_TARGET",
      value: 3.1,
      readingMonth: "2026-11",
    });
    expect(targetOutcome({ ...csat, readings: readings({ "2026-10": 4.5 }) })).toMatchObject({
      status: "ON_TARGET",
      value: 4.5,
      readingMonth: "2026-10",
      shortfall: 0,
    });
    expect(targetOutcome({ ...csat, readings: readings({ "2026-09": 4.5, "2026-12": 4.9 }) })).toEqual({
      status: "NO_DATA",
      value: null,
      readingMonth: null,
      shortfall: 0,
      severity: 0,
    });
  });

  it("meets a target exactly at it, in either direction", () => {
    const at = (measure: MeasureScale, target: number, value: number) =>
      targetOutcome({ measure, target, month: "2026-11", readings: readings({ "2026-11": value }) }).status;
    expect(at(CSAT, 4.2, 4.2)).toBe("ON_TARGET");
    expect(at(CSAT, 4.2, 4.19)).toBe("OFF_TARGET");
    expect(at(EFFORT, 3, 3)).toBe("ON_TARGET");
    expect(at(EFFORT, 3, 3.5)).toBe("OFF_TARGET");
    expect(at(EFFORT, 3, 2)).toBe("ON_TARGET");
    expect(at(COMPLAINTS, 10, 11)).toBe("OFF_TARGET");
  });

  it("says how far a reading misses, as a share of the scale", () => {
    const outcome = targetOutcome({
      measure: CSAT,
      target: 4.2,
      month: "2026-11",
      readings: readings({ "2026-11": 3.2 }),
    });
    expect(outcome.shortfall).toBeCloseTo(1);
    expect(outcome.severity).toBeCloseTo(0.25);
  });

  it("is ON_TARGET exactly when the value meets the target, and misses by the gap (property)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(CSAT, EFFORT, NPS, ON_TIME),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (measure, t, v, current) => {
          const { min, max } = scaleOf(measure) as { min: number; max: number };
          const target = min + t * (max - min);
          const value = min + v * (max - min);
          const month = "2026-11";
          const outcome = targetOutcome({
            measure,
            target,
            month,
            readings: readings({ [current ? month : previousMonth(month)]: value }),
          });
          const meets = measure.direction === "HIGHER" ? value >= target : value <= target;
          expect(outcome.status).toBe(meets ? "ON_TARGET" : "OFF_TARGET");
          expect(outcome.shortfall).toBeCloseTo(meets ? 0 : Math.abs(value - target));
          expect(outcome.severity).toBeGreaterThanOrEqual(0);
          expect(outcome.severity).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

// --- Scorecards and unowned pain ------------------------------------------------------------------------------

const statusArb = fc.constantFrom<TouchpointStatus>("UNOWNED", "OWNED", "CONTESTED");

const targetArb: fc.Arbitrary<EvaluatedTarget> = fc
  .record({
    id: fc.uuid(),
    measureId: fc.constantFrom("m1", "m2", "m3"),
    journeyId: fc.constantFrom("j1", "j2"),
    stageId: fc.constantFrom("s1", "s2", "s3"),
    touchpointId: fc.option(fc.constantFrom("t1", "t2", "t3", "t4", "t5"), { nil: null }),
    touchpointStatus: statusArb,
    ownerDepartmentId: fc.constantFrom("d1", "d2", "d3"),
    status: fc.constantFrom(...OUTCOME_STATUSES),
    severity: fc.double({ min: 0.01, max: 1, noNaN: true }),
  })
  .map((t) => {
    const journeyOwn = t.touchpointId === null;
    const owned = !journeyOwn && t.touchpointStatus === "OWNED";
    return {
      id: t.id,
      measureId: t.measureId,
      journeyId: t.journeyId,
      stageId: journeyOwn ? null : t.stageId,
      touchpointId: t.touchpointId,
      touchpointStatus: journeyOwn ? null : t.touchpointStatus,
      ownerDepartmentId: owned ? t.ownerDepartmentId : null,
      outcome: {
        status: t.status,
        value: t.status === "NO_DATA" ? null : 1,
        readingMonth: t.status === "NO_DATA" ? null : "2026-11",
        shortfall: t.status === "OFF_TARGET" ? t.severity * 4 : 0,
        severity: t.status === "OFF_TARGET" ? t.severity : 0,
      },
    };
  });

function target(overrides: Partial<EvaluatedTarget> & { status: EvaluatedTarget["outcome"]["status"] }) {
  const { status, ...rest } = overrides;
  const severity = status === "OFF_TARGET" ? 0.2 : 0;
  return {
    id: "x",
    measureId: "m1",
    journeyId: "j1",
    stageId: "s1",
    touchpointId: "t1",
    touchpointStatus: "OWNED",
    ownerDepartmentId: "d1",
    outcome: { status, value: 1, readingMonth: "2026-11", shortfall: severity, severity },
    ...rest,
  } satisfies EvaluatedTarget;
}

describe("scorecards", () => {
  it("count a department's targets only where it is the single Accountable department", () => {
    const cards = scorecards([
      target({ id: "a", status: "ON_TARGET" }),
      target({ id: "b", status: "OFF_TARGET", touchpointId: "t2" }),
      target({ id: "c", status: "NO_DATA", touchpointId: "t3", stageId: "s2" }),
      target({
        id: "d",
        status: "OFF_TARGET",
        touchpointId: "t4",
        touchpointStatus: "CONTESTED",
        ownerDepartmentId: null,
      }),
      target({
        id: "e",
        status: "OFF_TARGET",
        touchpointId: "t5",
        touchpointStatus: "UNOWNED",
        ownerDepartmentId: null,
      }),
      target({
        id: "f",
        status: "ON_TARGET",
        touchpointId: null,
        stageId: null,
        touchpointStatus: null,
        ownerDepartmentId: null,
      }),
    ]);
    expect(cards.totals).toEqual({ targets: 6, onTarget: 2, offTarget: 3, noData: 1 });
    expect(cards.departments).toEqual(
      new Map([["d1", { targets: 3, onTarget: 1, offTarget: 1, noData: 1 }]]),
    );
    expect(cards.journeyOwn).toEqual(new Map([["j1", { targets: 1, onTarget: 1, offTarget: 0, noData: 0 }]]));
    expect(cards.journeys.get("j1")).toEqual({ targets: 5, onTarget: 1, offTarget: 3, noData: 1 });
    expect(cards.stages.get("s1")).toEqual({ targets: 4, onTarget: 1, offTarget: 3, noData: 0 });
    expect(cards.stages.get("s2")).toEqual({ targets: 1, onTarget: 0, offTarget: 0, noData: 1 });
  });

  it("add up: every target once in the totals, touchpoint targets once per journey and stage (property)", () => {
    fc.assert(
      fc.property(fc.array(targetArb, { maxLength: 40 }), (targets) => {
        const cards = scorecards(targets);
        const sum = (map: Map<string, { targets: number }>) =>
          [...map.values()].reduce((total, counts) => total + counts.targets, 0);
        const touchpointTargets = targets.filter((t) => t.touchpointId !== null);
        expect(cards.totals.targets).toBe(targets.length);
        expect(cards.totals.onTarget + cards.totals.offTarget + cards.totals.noData).toBe(targets.length);
        expect(sum(cards.journeyOwn)).toBe(targets.length - touchpointTargets.length);
        expect(sum(cards.journeys)).toBe(touchpointTargets.length);
        expect(sum(cards.stages)).toBe(touchpointTargets.length);
        expect(sum(cards.departments)).toBe(
          touchpointTargets.filter((t) => t.touchpointStatus === "OWNED").length,
        );
      }),
    );
  });
});

describe("unowned pain", () => {
  it("lists unowned and contested touchpoints with an off-target target, worst first", () => {
    const pain = unownedPain([
      target({ id: "owned-miss", status: "OFF_TARGET" }),
      target({ id: "unowned-ok", status: "ON_TARGET", touchpointId: "t2", touchpointStatus: "UNOWNED" }),
      target({ id: "unowned-nodata", status: "NO_DATA", touchpointId: "t2", touchpointStatus: "UNOWNED" }),
      {
        ...target({
          id: "contested-big",
          status: "OFF_TARGET",
          touchpointId: "t3",
          touchpointStatus: "CONTESTED",
        }),
        outcome: { status: "OFF_TARGET", value: 2, readingMonth: "2026-11", shortfall: 2, severity: 0.5 },
      },
      target({ id: "unowned-small", status: "OFF_TARGET", touchpointId: "t4", touchpointStatus: "UNOWNED" }),
      target({ id: "unowned-ok-2", status: "ON_TARGET", touchpointId: "t4", touchpointStatus: "UNOWNED" }),
      target({ id: "journey-own", status: "OFF_TARGET", touchpointId: null, touchpointStatus: null }),
    ]);
    expect(pain.map((p) => [p.touchpointId, p.touchpointStatus, p.misses.map((m) => m.id)])).toEqual([
      ["t3", "CONTESTED", ["contested-big"]],
      ["t4", "UNOWNED", ["unowned-small"]],
    ]);
  });

  it("is exactly the unowned or contested touchpoints with at least one miss (property)", () => {
    fc.assert(
      fc.property(fc.array(targetArb, { maxLength: 40 }), (targets) => {
        const pain = unownedPain(targets);
        const expected = new Set(
          targets
            .filter(
              (t) =>
                t.touchpointId !== null &&
                (t.touchpointStatus === "UNOWNED" || t.touchpointStatus === "CONTESTED") &&
                t.outcome.status === "OFF_TARGET",
            )
            .map((t) => t.touchpointId),
        );
        expect(new Set(pain.map((p) => p.touchpointId))).toEqual(expected);
        for (let i = 1; i < pain.length; i++) {
          expect(pain[i - 1]?.severity ?? 0).toBeGreaterThanOrEqual(pain[i]?.severity ?? 0);
        }
        for (const entry of pain) {
          expect(entry.misses.every((m) => m.outcome.status === "OFF_TARGET")).toBe(true);
          expect(entry.severity).toBe(Math.max(...entry.misses.map((m) => m.outcome.severity)));
        }
      }),
    );
  });
});
