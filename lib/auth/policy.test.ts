// The policy table is what every guard call reads, so it is pinned here to DESIGN.md's "Who uses it": a change
// to who may do what must change this test too, on purpose.
import { describe, expect, it } from "vitest";
import { can, MEMBER_ROLES, type Permission, POLICY } from "./policy";

const DESIGN: Record<(typeof MEMBER_ROLES)[number], readonly Permission[]> = {
  // Maps everything, decides claims and contests, confirms any ownership, sets the workspace's cadence, manages
  // members, webhooks and every token.
  CX_LEAD: [
    "workspace.read",
    "map.edit",
    "claims.decide",
    "comments.write",
    "ownership.verify",
    "ownership.verifyAny",
    "workspace.configure",
    "outcomes.define",
    "readings.record",
    "members.manage",
    "notifications.own",
    "apiTokens.own",
    "apiTokens.manage",
    "webhooks.manage",
  ],
  // Claims, withdraws and releases for their own department, comments, confirms and reports the readings of the
  // touchpoints their department is Accountable for.
  DEPARTMENT_HEAD: [
    "workspace.read",
    "claims.make",
    "comments.write",
    "ownership.verify",
    "readings.record",
    "notifications.own",
    "apiTokens.own",
  ],
  // Read everything, change nothing (their own email choices and API tokens aside).
  EXECUTIVE: ["workspace.read", "notifications.own", "apiTokens.own"],
  VIEWER: ["workspace.read", "notifications.own", "apiTokens.own"],
};

describe("the policy", () => {
  it.each(MEMBER_ROLES)("lets a %s do exactly what DESIGN.md says", (role) => {
    const granted = (Object.keys(POLICY) as Permission[]).filter((permission) => can(role, permission));
    expect(granted.sort()).toEqual([...DESIGN[role]].sort());
  });
});
