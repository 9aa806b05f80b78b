import { describe, expect, it } from "vitest";
import { getHandoffs, type Handoff, type JourneyTouchpoint, summarizeHandoffs } from "./handoffs";
import type { RaciRole } from "./roles";

// { sales: "A" } → a touchpoint with those holdings.
function makeTouchpoint(id: string, roles: Record<string, RaciRole>): JourneyTouchpoint {
  return {
    id,
    assignments: Object.entries(roles).map(([departmentId, role]) => ({ departmentId, role })),
  };
}

function makeHandoff(from: string, to: string, isBridged: boolean): Handoff {
  return {
    fromTouchpointId: "x",
    toTouchpointId: "y",
    fromDepartmentId: from,
    toDepartmentId: to,
    isBridged,
  };
}

describe("getHandoffs", () => {
  it("finds a handoff between consecutive owned touchpoints with different owners", () => {
    const handoffs = getHandoffs([makeTouchpoint("t1", { sales: "A" }), makeTouchpoint("t2", { ops: "A" })]);
    expect(handoffs).toEqual([
      {
        fromTouchpointId: "t1",
        toTouchpointId: "t2",
        fromDepartmentId: "sales",
        toDepartmentId: "ops",
        isBridged: false,
      },
    ]);
  });

  it("finds no handoff when the same department owns consecutive touchpoints", () => {
    const handoffs = getHandoffs([
      makeTouchpoint("t1", { sales: "A" }),
      makeTouchpoint("t2", { sales: "A" }),
    ]);
    expect(handoffs).toEqual([]);
  });

  it("treats an unowned touchpoint between two owned ones as a gap, not a handoff", () => {
    const handoffs = getHandoffs([
      makeTouchpoint("t1", { sales: "A" }),
      makeTouchpoint("t2", { legal: "R" }),
      makeTouchpoint("t3", { ops: "A" }),
    ]);
    expect(handoffs).toEqual([]);
  });

  it("treats a contested touchpoint between two owned ones as a gap", () => {
    const handoffs = getHandoffs([
      makeTouchpoint("t1", { sales: "A" }),
      makeTouchpoint("t2", { sales: "A", ops: "A" }),
      makeTouchpoint("t3", { ops: "A" }),
    ]);
    expect(handoffs).toEqual([]);
  });

  it("treats a touchpoint contested by an open claim as a gap", () => {
    const contested: JourneyTouchpoint = {
      ...makeTouchpoint("t2", { sales: "A" }),
      openClaims: [{ departmentId: "ops", role: "A" }],
    };
    expect(getHandoffs([makeTouchpoint("t1", { ops: "A" }), contested])).toEqual([]);
  });

  it("crosses stage boundaries: the last touchpoint of a stage hands off to the next stage's first", () => {
    // Input is already in journey order, so stage boundaries are just adjacency.
    const handoffs = getHandoffs([
      makeTouchpoint("stage1-last", { sales: "A" }),
      makeTouchpoint("stage2-first", { ops: "A" }),
    ]);
    expect(handoffs.map((h) => [h.fromTouchpointId, h.toTouchpointId])).toEqual([
      ["stage1-last", "stage2-first"],
    ]);
  });

  it("is bridged when the sender holds a role on the receiving touchpoint", () => {
    const [handoff] = getHandoffs([
      makeTouchpoint("t1", { sales: "A" }),
      makeTouchpoint("t2", { ops: "A", sales: "I" }),
    ]);
    expect(handoff?.isBridged).toBe(true);
  });

  it("is bridged when the receiver holds a role on the sending touchpoint", () => {
    const [handoff] = getHandoffs([
      makeTouchpoint("t1", { sales: "A", ops: "C" }),
      makeTouchpoint("t2", { ops: "A" }),
    ]);
    expect(handoff?.isBridged).toBe(true);
  });

  it("is not bridged by third departments present on both sides", () => {
    const [handoff] = getHandoffs([
      makeTouchpoint("t1", { sales: "A", legal: "R" }),
      makeTouchpoint("t2", { ops: "A", legal: "R" }),
    ]);
    expect(handoff?.isBridged).toBe(false);
  });

  it("lists unbridged handoffs first, each group in journey order", () => {
    const handoffs = getHandoffs([
      makeTouchpoint("t1", { sales: "A" }),
      makeTouchpoint("t2", { ops: "A", sales: "R" }), // bridged
      makeTouchpoint("t3", { legal: "A" }), // unbridged
      makeTouchpoint("t4", { sales: "A", legal: "C" }), // bridged
      makeTouchpoint("t5", { hr: "A" }), // unbridged
    ]);
    expect(handoffs.map((h) => `${h.toTouchpointId}:${h.isBridged}`)).toEqual([
      "t3:false",
      "t5:false",
      "t2:true",
      "t4:true",
    ]);
  });

  it("returns nothing for empty or single-touchpoint journeys", () => {
    expect(getHandoffs([])).toEqual([]);
    expect(getHandoffs([makeTouchpoint("t1", { sales: "A" })])).toEqual([]);
  });
});

describe("summarizeHandoffs", () => {
  it("groups by ordered pair with counts and unique journey ids", () => {
    const summary = summarizeHandoffs([
      { journeyId: "j1", handoffs: [makeHandoff("a", "b", false), makeHandoff("a", "b", true)] },
      { journeyId: "j2", handoffs: [makeHandoff("a", "b", false), makeHandoff("b", "a", false)] },
    ]);
    expect(summary).toEqual([
      {
        fromDepartmentId: "a",
        toDepartmentId: "b",
        count: 3,
        unbridged: 2,
        bridged: 1,
        journeyIds: ["j1", "j2"],
      },
      { fromDepartmentId: "b", toDepartmentId: "a", count: 1, unbridged: 1, bridged: 0, journeyIds: ["j2"] },
    ]);
  });

  it("sorts by unbridged desc, then count desc, then ids", () => {
    const summary = summarizeHandoffs([
      {
        journeyId: "j1",
        handoffs: [
          makeHandoff("x", "y", true),
          makeHandoff("x", "y", true),
          makeHandoff("x", "y", true), // 3 total, 0 unbridged
          makeHandoff("c", "d", false), // 1 total, 1 unbridged
          makeHandoff("a", "b", false),
          makeHandoff("a", "b", true), // 2 total, 1 unbridged
          makeHandoff("a", "a2", false), // 1 total, 1 unbridged, ties with c→d
        ],
      },
    ]);
    expect(summary.map((p) => `${p.fromDepartmentId}>${p.toDepartmentId}`)).toEqual([
      "a>b",
      "a>a2",
      "c>d",
      "x>y",
    ]);
  });

  it("breaks ties by the departments' order when given, then ids", () => {
    const handoffs = [
      makeHandoff("d1", "d9", false),
      makeHandoff("d2", "d9", false),
      makeHandoff("d2", "d8", false),
      makeHandoff("d0", "d9", false),
    ];
    const summary = summarizeHandoffs([{ journeyId: "j", handoffs }], {
      departmentOrder: ["d2", "d1", "d8", "d9"],
    });
    // d0 has no place in the order, so it comes after the ranked ones.
    expect(summary.map((p) => `${p.fromDepartmentId}>${p.toDepartmentId}`)).toEqual([
      "d2>d8",
      "d2>d9",
      "d1>d9",
      "d0>d9",
    ]);
  });

  it("returns an empty list with no handoffs", () => {
    expect(summarizeHandoffs([])).toEqual([]);
    expect(summarizeHandoffs([{ journeyId: "j", handoffs: [] }])).toEqual([]);
  });
});
