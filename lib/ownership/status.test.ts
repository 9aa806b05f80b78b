import { describe, expect, it } from "vitest";
import type { OpenClaim, RaciRole, TouchpointRoles } from "./roles";
import {
  combineCoverage,
  getCoverage,
  getStageStatus,
  getTouchpointOwnership,
  getTouchpointStatus,
} from "./status";

// Compact builder: { sales: "A" } → assignments; claims as [dept, role] pairs.
function makeTouchpoint(roles: Record<string, RaciRole>, claims: [string, RaciRole][] = []): TouchpointRoles {
  const openClaims: OpenClaim[] = claims.map(([departmentId, role]) => ({ departmentId, role }));
  return {
    assignments: Object.entries(roles).map(([departmentId, role]) => ({ departmentId, role })),
    openClaims,
  };
}

describe("getTouchpointOwnership", () => {
  it("is UNOWNED with no assignments at all", () => {
    const result = getTouchpointOwnership({ assignments: [] });
    expect(result).toEqual({
      status: "UNOWNED",
      ownerId: null,
      accountableIds: [],
      claimantIds: [],
      responsibleIds: [],
      hasNoResponsible: false,
    });
  });

  it("is OWNED by the single A holder", () => {
    const result = getTouchpointOwnership(makeTouchpoint({ sales: "A", ops: "R" }));
    expect(result.status).toBe("OWNED");
    expect(result.ownerId).toBe("sales");
    expect(result.responsibleIds).toEqual(["ops"]);
    expect(result.hasNoResponsible).toBe(false);
  });

  it("is CONTESTED when two departments hold A, with no owner", () => {
    const result = getTouchpointOwnership(makeTouchpoint({ sales: "A", ops: "A" }));
    expect(result.status).toBe("CONTESTED");
    expect(result.ownerId).toBeNull();
    expect(result.accountableIds).toEqual(["sales", "ops"]);
  });

  it("is CONTESTED when one holds A and another department claims A", () => {
    const result = getTouchpointOwnership(makeTouchpoint({ sales: "A" }, [["ops", "A"]]));
    expect(result.status).toBe("CONTESTED");
    expect(result.ownerId).toBeNull();
    expect(result.claimantIds).toEqual(["ops"]);
  });

  it("stays OWNED when the A holder itself has an open A claim", () => {
    const result = getTouchpointOwnership(makeTouchpoint({ sales: "A", ops: "R" }, [["sales", "A"]]));
    expect(result.status).toBe("OWNED");
    expect(result.ownerId).toBe("sales");
  });

  it("is UNOWNED with no A holder and a single A claim", () => {
    const result = getTouchpointOwnership(makeTouchpoint({ ops: "R" }, [["sales", "A"]]));
    expect(result.status).toBe("UNOWNED");
    expect(result.claimantIds).toEqual(["sales"]);
  });

  it("is UNOWNED when one department repeats its A claim", () => {
    const touchpoint = makeTouchpoint({}, [
      ["sales", "A"],
      ["sales", "A"],
    ]);
    expect(getTouchpointStatus(touchpoint)).toBe("UNOWNED");
  });

  it("is CONTESTED with no A holder and A claims from two departments", () => {
    const touchpoint = makeTouchpoint({}, [
      ["sales", "A"],
      ["ops", "A"],
    ]);
    expect(getTouchpointStatus(touchpoint)).toBe("CONTESTED");
  });

  it("ignores open claims for roles other than A", () => {
    const claims: [string, RaciRole][] = [
      ["ops", "R"],
      ["legal", "C"],
      ["hr", "I"],
    ];
    expect(getTouchpointStatus(makeTouchpoint({ sales: "A" }, claims))).toBe("OWNED");
    expect(getTouchpointStatus(makeTouchpoint({}, claims))).toBe("UNOWNED");
  });

  it("ignores non-A holdings when deciding ownership", () => {
    const touchpoint = makeTouchpoint({ sales: "R", ops: "C", legal: "I" });
    expect(getTouchpointStatus(touchpoint)).toBe("UNOWNED");
  });

  it("warns hasNoResponsible only for OWNED touchpoints without R", () => {
    expect(getTouchpointOwnership(makeTouchpoint({ sales: "A" })).hasNoResponsible).toBe(true);
    expect(getTouchpointOwnership(makeTouchpoint({ sales: "A", ops: "A" })).hasNoResponsible).toBe(false);
    expect(getTouchpointOwnership(makeTouchpoint({ ops: "C" })).hasNoResponsible).toBe(false);
  });
});

describe("getStageStatus", () => {
  it("is EMPTY with no touchpoints", () => {
    expect(getStageStatus([])).toBe("EMPTY");
  });

  it("lets CONTESTED win over UNOWNED and OWNED", () => {
    expect(getStageStatus(["OWNED", "UNOWNED", "CONTESTED"])).toBe("CONTESTED");
    expect(getStageStatus(["CONTESTED", "OWNED"])).toBe("CONTESTED");
  });

  it("is UNOWNED when any touchpoint is unowned and none contested", () => {
    expect(getStageStatus(["OWNED", "UNOWNED", "OWNED"])).toBe("UNOWNED");
  });

  it("is OWNED only when every touchpoint is owned", () => {
    expect(getStageStatus(["OWNED", "OWNED"])).toBe("OWNED");
  });
});

describe("getCoverage", () => {
  it("has a null ratio (never NaN) with zero touchpoints", () => {
    expect(getCoverage([])).toEqual({ total: 0, owned: 0, unowned: 0, contested: 0, ratio: null });
  });

  it("counts contested as not owned", () => {
    const coverage = getCoverage(["OWNED", "CONTESTED", "UNOWNED", "OWNED"]);
    expect(coverage).toEqual({ total: 4, owned: 2, unowned: 1, contested: 1, ratio: 0.5 });
  });

  it("is 1 when fully owned and 0 when nothing is owned", () => {
    expect(getCoverage(["OWNED"]).ratio).toBe(1);
    expect(getCoverage(["CONTESTED", "UNOWNED"]).ratio).toBe(0);
  });

  it("rolls up as a ratio of sums, not a mean of ratios", () => {
    const small = getCoverage(["OWNED"]);
    const large = getCoverage(["UNOWNED", "UNOWNED", "UNOWNED"]);
    expect(combineCoverage([small, large])).toEqual({
      total: 4,
      owned: 1,
      unowned: 3,
      contested: 0,
      ratio: 0.25,
    });
    expect(combineCoverage([]).ratio).toBeNull();
  });
});
