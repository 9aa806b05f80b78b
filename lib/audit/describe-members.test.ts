import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

const text = (action: string, before: unknown = null, after: unknown = null) =>
  describeAuditEvent({ action, before, after });

describe("member and invitation events", () => {
  it("describes each member change with names, roles and a head's department", () => {
    const ada = { name: "Ada", email: "ada@example.com" };
    expect(text("member.added", null, { ...ada, role: "DEPARTMENT_HEAD", departmentName: "Billing" })).toBe(
      "Added Ada as department head of Billing",
    );
    expect(text("member.role_changed", { ...ada, role: "VIEWER" }, { ...ada, role: "CX_LEAD" })).toBe(
      "Changed Ada from viewer to CX lead",
    );
    expect(text("member.removed", { ...ada, role: "EXECUTIVE" })).toBe(
      "Removed Ada (executive) from the workspace",
    );
  });

  it("describes invitations and the first workspace", () => {
    expect(text("invitation.created", null, { email: "b@example.com", role: "VIEWER" })).toBe(
      "Invited b@example.com as viewer",
    );
    expect(text("invitation.renewed", null, { email: "b@example.com" })).toBe(
      "Sent a new invitation link to b@example.com",
    );
    expect(text("invitation.revoked", { email: "b@example.com" })).toBe(
      "Revoked the invitation for b@example.com",
    );
    expect(text("invitation.accepted", null, { role: "EXECUTIVE" })).toBe(
      "Accepted the invitation and joined as executive",
    );
    expect(text("workspace.created", null, { name: "Acme" })).toBe("Created workspace Acme");
  });

  it("still reads when fields are missing or malformed", () => {
    expect(text("member.added")).toBe("Added a member as a new role");
    expect(text("member.role_changed", { role: 3 }, "x")).toBe(
      "Changed a member from a new role to a new role",
    );
    expect(text("invitation.created", null, { role: "WIZARD" })).toBe("Invited someone as a new role");
  });
});
