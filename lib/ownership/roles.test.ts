import { describe, expect, it } from "vitest";
import {
  getDepartmentIdsWithRole,
  getDepartmentLoad,
  getDepartmentRole,
  hasAnyRole,
  isRaciRole,
  RACI_ROLES,
  type TouchpointRoles,
} from "./roles";

const touchpoints: TouchpointRoles[] = [
  {
    assignments: [
      { departmentId: "sales", role: "A" },
      { departmentId: "ops", role: "R" },
    ],
  },
  {
    // Contested: both A holders still carry the load.
    assignments: [
      { departmentId: "sales", role: "A" },
      { departmentId: "ops", role: "A" },
    ],
  },
  {
    assignments: [
      { departmentId: "legal", role: "C" },
      { departmentId: "sales", role: "R" },
    ],
    openClaims: [{ departmentId: "legal", role: "A" }],
  },
];

describe("RACI roles", () => {
  it("lists the four roles in RACI order", () => {
    expect(RACI_ROLES).toEqual(["R", "A", "C", "I"]);
  });

  it("recognises only RACI letters", () => {
    expect(RACI_ROLES.every(isRaciRole)).toBe(true);
    expect(isRaciRole("X")).toBe(false);
    expect(isRaciRole("a")).toBe(false);
    expect(isRaciRole(undefined)).toBe(false);
  });

  it("finds a department's held role, ignoring open claims", () => {
    const touchpoint = touchpoints[2] as TouchpointRoles;
    expect(getDepartmentRole(touchpoint, "legal")).toBe("C");
    expect(getDepartmentRole(touchpoint, "ops")).toBeNull();
    expect(hasAnyRole(touchpoint, "sales")).toBe(true);
    expect(hasAnyRole({ assignments: [], openClaims: [{ departmentId: "hr", role: "A" }] }, "hr")).toBe(
      false,
    );
  });

  it("deduplicates department ids by role in first-seen order", () => {
    const ids = getDepartmentIdsWithRole(
      [
        { departmentId: "b", role: "A" },
        { departmentId: "a", role: "A" },
        { departmentId: "b", role: "A" },
        { departmentId: "c", role: "R" },
      ],
      "A",
    );
    expect(ids).toEqual(["b", "a"]);
  });
});

describe("getDepartmentLoad", () => {
  it("counts A (contested included) and R per department, in the given order", () => {
    const load = getDepartmentLoad({ departmentIds: ["ops", "sales", "legal", "hr"], touchpoints });
    expect(load).toEqual([
      { departmentId: "ops", accountable: 1, responsible: 1 },
      { departmentId: "sales", accountable: 2, responsible: 1 },
      { departmentId: "legal", accountable: 0, responsible: 0 },
      { departmentId: "hr", accountable: 0, responsible: 0 },
    ]);
  });

  it("does not count open claims as load", () => {
    const [legal] = getDepartmentLoad({ departmentIds: ["legal"], touchpoints });
    expect(legal?.accountable).toBe(0);
  });

  it("returns zeros for every department when there are no touchpoints", () => {
    expect(getDepartmentLoad({ departmentIds: ["a"], touchpoints: [] })).toEqual([
      { departmentId: "a", accountable: 0, responsible: 0 },
    ]);
    expect(getDepartmentLoad({ departmentIds: [], touchpoints })).toEqual([]);
  });
});
