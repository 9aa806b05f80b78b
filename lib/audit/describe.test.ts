import { describe, expect, it } from "vitest";
import { describeAuditEvent, getActorLabel } from "./describe";

function text(action: string, before: unknown = null, after: unknown = null): string {
  return describeAuditEvent({ action, before, after });
}

describe("describeAuditEvent", () => {
  it("describes a sheet import by its counts", () => {
    expect(
      text("sheet.imported", null, { mode: "replace", touchpointsCreated: 3, touchpointsRemoved: 2 }),
    ).toBe("Imported a RACI sheet (replace): touchpoints 3 created, 2 removed");
    expect(text("sheet.imported", null, "garbage")).toBe(
      "Imported a RACI sheet (merge): no touchpoint changes",
    );
  });

  it("describes the demo seed", () => {
    expect(text("workspace.seeded", null, { departments: 8, journeys: 3 })).toBe("Seeded the demo workspace");
  });

  it("describes setting, changing and removing a role", () => {
    const names = { departmentName: "Billing", touchpointName: "Checkout" };
    expect(text("assignment.set", null, { role: "A", ...names })).toBe("Set Billing to A on Checkout");
    expect(text("assignment.set", { role: "R" }, { role: "A", ...names })).toBe(
      "Changed Billing from R to A on Checkout",
    );
    expect(text("assignment.set", { role: "A", ...names }, null)).toBe("Removed A from Billing on Checkout");
    expect(text("assignment.set", { role: "C" }, { role: "C", ...names })).toBe(
      "Set Billing to C on Checkout",
    );
  });

  it("tolerates assignment events without names or with malformed roles", () => {
    expect(text("assignment.set", null, { role: "A" })).toBe("Set a department to A on a touchpoint");
    expect(text("assignment.set", { role: 7 }, { role: "X" })).toBe(
      "Changed the role of a department on a touchpoint",
    );
    expect(text("assignment.set", "garbage", [1, 2])).toBe(
      "Changed the role of a department on a touchpoint",
    );
  });

  it("describes each structure verb for each entity", () => {
    expect(text("stage.created", null, { name: "Compare" })).toBe("Created stage Compare");
    expect(text("department.created", null, { name: "Billing" })).toBe("Created department Billing");
    expect(text("journey.updated", { name: "Buy" }, { name: "Buy online" })).toBe(
      "Renamed journey Buy to Buy online",
    );
    expect(text("journey.updated", { name: "Buy" }, { name: "Buy", description: "x" })).toBe(
      "Updated journey Buy",
    );
    expect(text("touchpoint.deleted", { name: "Invoice email" }, null)).toBe(
      "Deleted touchpoint Invoice email",
    );
    expect(text("stage.reordered", { name: "Pay", position: 2 }, { name: "Pay", position: 3 })).toBe(
      "Reordered stage Pay",
    );
    expect(text("stage.reordered", { ids: [] }, { ids: [] })).toBe("Reordered the stages");
    expect(
      text("department.reordered", { name: "Billing", position: 4 }, { name: "Billing", position: 1 }),
    ).toBe("Reordered department Billing");
    expect(text("journey.reordered", { name: "Renew", position: 0 }, { name: "Renew", position: 2 })).toBe(
      "Reordered journey Renew",
    );
    expect(text("journey.reordered", { position: 0 }, { position: 2 })).toBe("Reordered the journeys");
    expect(text("touchpoint.moved", { name: "Chat" }, { name: "Chat", stageName: "Get help" })).toBe(
      "Moved touchpoint Chat to stage Get help",
    );
    expect(text("touchpoint.moved", { name: "Chat" }, { name: "Chat" })).toBe("Moved touchpoint Chat");
  });

  it("still reads well when the name is missing", () => {
    expect(text("stage.created")).toBe("Created a stage");
    expect(text("department.deleted", {}, {})).toBe("Deleted a department");
    expect(text("journey.updated", { name: "" }, { name: "  " })).toBe("Updated a journey");
  });

  it("falls back to the action name for anything it does not know", () => {
    expect(text("widget.polished")).toBe("widget.polished");
    expect(text("widget.polished", null, { name: "Checkout" })).toBe("widget.polished: Checkout");
    expect(text("stage.archived", null, { name: "Compare" })).toBe("stage.archived: Compare");
    expect(text("stage.created.twice")).toBe("stage.created.twice");
  });
});

describe("getActorLabel", () => {
  it("names the actor, else the system for its own writes, else someone", () => {
    expect(getActorLabel({ actorName: "Ada", action: "stage.created" })).toBe("Ada");
    expect(getActorLabel({ actorName: null, action: "workspace.seeded" })).toBe("System");
    expect(getActorLabel({ actorName: null, action: "stage.created" })).toBe("Someone");
  });
});

describe("describeAuditEvent for claims, releases, contests and comments", () => {
  const names = { departmentName: "Billing", touchpointName: "Checkout" };
  it("describes every claim transition", () => {
    expect(text("claim.created", null, { role: "A", reason: "Ours", ...names })).toBe(
      "Billing claimed A on Checkout",
    );
    expect(text("claim.withdrawn", { status: "PENDING" }, { role: "R", ...names })).toBe(
      "Billing withdrew its claim for R on Checkout",
    );
    expect(text("claim.approved", null, { role: "A", note: "Agreed", ...names })).toBe(
      "Approved Billing's claim for A on Checkout: “Agreed”",
    );
    expect(text("claim.rejected", null, { role: "A", note: "No", ...names })).toBe(
      "Rejected Billing's claim for A on Checkout: “No”",
    );
  });

  it("says when a release leaves the touchpoint unowned", () => {
    expect(text("role.released", { role: "A", ...names }, { role: null, isUnowned: true, ...names })).toBe(
      "Billing released A on Checkout, which is now unowned",
    );
    expect(text("role.released", { role: "R", ...names }, { role: null, isUnowned: false, ...names })).toBe(
      "Billing released R on Checkout",
    );
  });

  it("describes a resolved contest and a comment, and tolerates missing fields", () => {
    expect(text("contest.resolved", null, { ...names, note: "Final", rejected: ["Sales"] })).toBe(
      "Resolved the contest on Checkout: Billing is Accountable (rejected: Sales): “Final”",
    );
    expect(text("comment.added", null, { body: "<b>hi</b>", touchpointName: "Checkout" })).toBe(
      "Commented on Checkout",
    );
    expect(text("claim.created", null, null)).toBe("A department claimed a role on a touchpoint");
  });
});
