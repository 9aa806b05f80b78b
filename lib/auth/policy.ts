// What each role may do: the one table every action, route and page asks through the guard (lib/auth/guard.ts),
// and the one the authorization matrix test reads. Pure, so forms and pages can ask it too.
import type { MemberRole } from "../db/generated/enums";

export const MEMBER_ROLES = [
  "CX_LEAD",
  "DEPARTMENT_HEAD",
  "EXECUTIVE",
  "VIEWER",
] as const satisfies readonly MemberRole[];

export const POLICY = {
  /** Open the workspace: every page and the read-only API. */
  "workspace.read": MEMBER_ROLES,
  /** Departments, journeys, stages, touchpoints, matrix cells and RACI sheet imports (DESIGN.md: CX lead). */
  "map.edit": ["CX_LEAD"],
  /** Claim a role for one's own department, withdraw the claim, release a role the department holds. */
  "claims.make": ["DEPARTMENT_HEAD"],
  /** Approve or reject claims and resolve contests. */
  "claims.decide": ["CX_LEAD"],
  "comments.write": ["CX_LEAD", "DEPARTMENT_HEAD"],
  /**
   * Confirm an ownership is still true (DESIGN.md, Verification). A department head only for the touchpoints their
   * department alone is Accountable for: the action checks that against the touchpoint.
   */
  "ownership.verify": ["CX_LEAD", "DEPARTMENT_HEAD"],
  /** Confirm any department's ownership. */
  "ownership.verifyAny": ["CX_LEAD"],
  /** The workspace's own settings, such as its verification cadence. */
  "workspace.configure": ["CX_LEAD"],
  /** Measures, targets and journey owners: what the workspace measures and expects (DESIGN.md, Customer outcomes). */
  "outcomes.define": ["CX_LEAD"],
  /**
   * Record readings. A department head only for touchpoints their department is Accountable for (owners report
   * their own numbers): the action checks that against the touchpoint.
   */
  "readings.record": ["CX_LEAD", "DEPARTMENT_HEAD"],
  /** Webhook endpoints: add, edit, switch off, delete, rotate their secrets, read their delivery logs, resend. */
  "webhooks.manage": ["CX_LEAD"],
  /** Add, change and remove members; see, renew and revoke invitations (with their emails). */
  "members.manage": ["CX_LEAD"],
  /** Choose one's own email notifications in the workspace (each member only ever writes their own). */
  "notifications.own": MEMBER_ROLES,
  /** Create API tokens acting as oneself, list and revoke one's own. */
  "apiTokens.own": MEMBER_ROLES,
  /** See and revoke every member's API tokens in the workspace. */
  "apiTokens.manage": ["CX_LEAD"],
} as const satisfies Record<string, readonly MemberRole[]>;

export type Permission = keyof typeof POLICY;

export function can(role: MemberRole, permission: Permission): boolean {
  return (POLICY[permission] as readonly MemberRole[]).includes(role);
}

/** The roles holding `permission`, for a query that re-checks a role inside its own write. */
export function rolesWith(permission: Permission): MemberRole[] {
  return [...POLICY[permission]];
}
