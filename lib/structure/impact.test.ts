import { describe, expect, it } from "vitest";
import { describeDepartmentImpact, describeJourneyImpact, describeStageImpact, formatCount } from "./impact";

describe("describing what a delete takes with it", () => {
  it("lists non-zero counts in words", () => {
    expect(describeJourneyImpact({ stages: 2, touchpoints: 5, assignments: 1 })).toBe(
      "2 stages, 5 touchpoints and 1 role assignment",
    );
    expect(describeStageImpact({ touchpoints: 1, assignments: 0 })).toBe("1 touchpoint");
    expect(describeDepartmentImpact({ assignments: 0, pendingClaims: 3, members: 2 })).toBe(
      "3 pending claims",
    );
  });

  it("says nothing when nothing else goes", () => {
    expect(describeStageImpact({ touchpoints: 0, assignments: 0 })).toBeNull();
  });

  it("pluralises", () => {
    expect(formatCount(1, "member")).toBe("1 member");
    expect(formatCount(0, "member")).toBe("0 members");
  });
});
