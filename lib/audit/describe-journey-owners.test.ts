import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

const text = (action: string, before: unknown = null, after: unknown = null) =>
  describeAuditEvent({ action, before, after });

describe("journey owner events", () => {
  const journey = { journeyName: "Buy online" };
  it("describes naming, changing and clearing an owner", () => {
    expect(
      text("journey.owner_set", { ...journey, ownerName: null }, { ...journey, ownerName: "Erin" }),
    ).toBe("Named Erin owner of journey Buy online");
    expect(
      text("journey.owner_set", { ...journey, ownerName: "Erin" }, { ...journey, ownerName: "Casey" }),
    ).toBe("Changed the owner of journey Buy online from Erin to Casey");
    expect(
      text("journey.owner_cleared", { ...journey, ownerName: "Casey" }, { ...journey, ownerName: null }),
    ).toBe("Cleared the owner of journey Buy online (was Casey)");
  });

  it("says why an owner was cleared when nobody chose to", () => {
    const before = { ...journey, ownerName: "Erin" };
    expect(
      text("journey.owner_cleared", before, { ...journey, reason: "role_changed", role: "VIEWER" }),
    ).toBe("Journey Buy online has no owner: Erin became a viewer");
    expect(text("journey.owner_cleared", before, { ...journey, reason: "member_removed" })).toBe(
      "Journey Buy online has no owner: Erin left the workspace",
    );
    expect(text("journey.owner_cleared", before, { ...journey, reason: "role_changed", role: 3 })).toBe(
      "Journey Buy online has no owner: Erin is no longer an executive or a CX lead",
    );
  });

  it("still reads well when names are missing or malformed", () => {
    expect(text("journey.owner_set")).toBe("Named a member owner of a journey");
    expect(text("journey.owner_set", "garbage", { ownerName: 7 })).toBe("Named a member owner of a journey");
    expect(text("journey.owner_cleared", {}, {})).toBe("Cleared the owner of a journey");
    expect(text("journey.owner_cleared", null, { reason: "member_removed" })).toBe(
      "A journey has no owner: its owner left the workspace",
    );
  });
});
