import { describe, expect, it } from "vitest";
import { getJourneySummary, sortJourney } from "./journey";
import type { RaciRole } from "./roles";

function makeTouchpoint(opts: {
  id: string;
  stageId: string;
  position: number;
  roles?: Record<string, RaciRole>;
}) {
  const roles = opts.roles ?? {};
  return {
    id: opts.id,
    stageId: opts.stageId,
    position: opts.position,
    assignments: Object.entries(roles).map(([departmentId, role]) => ({ departmentId, role })),
  };
}

describe("sortJourney", () => {
  it("orders stages by position, then touchpoints by position within their stage", () => {
    const stages = [
      { id: "later", position: 2 },
      { id: "first", position: 1 },
    ];
    const touchpoints = [
      makeTouchpoint({ id: "l2", stageId: "later", position: 5 }),
      makeTouchpoint({ id: "f2", stageId: "first", position: 9 }),
      makeTouchpoint({ id: "l1", stageId: "later", position: 0 }),
      makeTouchpoint({ id: "f1", stageId: "first", position: 3 }),
    ];
    expect(sortJourney({ stages, touchpoints }).map((tp) => tp.id)).toEqual(["f1", "f2", "l1", "l2"]);
  });

  it("drops touchpoints of unknown stages and keeps ties in input order", () => {
    const stages = [{ id: "s", position: 0 }];
    const touchpoints = [
      makeTouchpoint({ id: "b", stageId: "s", position: 1 }),
      makeTouchpoint({ id: "orphan", stageId: "gone", position: 0 }),
      makeTouchpoint({ id: "a", stageId: "s", position: 1 }),
    ];
    expect(sortJourney({ stages, touchpoints }).map((tp) => tp.id)).toEqual(["b", "a"]);
  });

  it("does not mutate its inputs", () => {
    const stages = [
      { id: "b", position: 1 },
      { id: "a", position: 0 },
    ];
    const touchpoints = [makeTouchpoint({ id: "t", stageId: "a", position: 0 })];
    sortJourney({ stages, touchpoints });
    expect(stages.map((s) => s.id)).toEqual(["b", "a"]);
  });
});

describe("getJourneySummary", () => {
  const stages = [
    { id: "discover", position: 0 },
    { id: "buy", position: 1 },
    { id: "empty", position: 2 },
  ];
  const touchpoints = [
    makeTouchpoint({ id: "ad", stageId: "discover", position: 0, roles: { marketing: "A", sales: "R" } }),
    makeTouchpoint({ id: "demo", stageId: "discover", position: 1, roles: { sales: "A", marketing: "R" } }),
    makeTouchpoint({ id: "quote", stageId: "buy", position: 0, roles: { finance: "A" } }),
    makeTouchpoint({ id: "sign", stageId: "buy", position: 1, roles: { legal: "A", sales: "A" } }),
  ];
  const summary = getJourneySummary({ stages, touchpoints });

  it("reports stage statuses including EMPTY stages", () => {
    expect(summary.stages.map((s) => [s.stageId, s.status, s.coverage.ratio])).toEqual([
      ["discover", "OWNED", 1],
      ["buy", "CONTESTED", 0.5],
      ["empty", "EMPTY", null],
    ]);
  });

  it("reports journey coverage and per-touchpoint warnings", () => {
    expect(summary.coverage).toEqual({ total: 4, owned: 3, unowned: 0, contested: 1, ratio: 0.75 });
    const quote = summary.touchpoints.find((tp) => tp.touchpointId === "quote");
    expect(quote?.hasNoResponsible).toBe(true);
  });

  it("includes handoffs across the stage boundary, unbridged first", () => {
    expect(summary.handoffs.map((h) => [h.fromTouchpointId, h.toTouchpointId, h.isBridged])).toEqual([
      ["demo", "quote", false],
      ["ad", "demo", true],
    ]);
  });
});
