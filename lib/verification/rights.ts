// Who may confirm an ownership (DESIGN.md, Verification): a CX lead any; a department head only where their
// department is the single Accountable department. The one spelling of that rule, for one touchpoint or many.
import type { Actor } from "../auth/guard";
import { can } from "../auth/policy";
import type { TouchpointStatus } from "../ownership";

export const NOTHING_TO_CONFIRM =
  "Nobody is Accountable for this touchpoint alone, so there is no ownership to confirm: settle who owns it first.";
export const NOT_YOURS_TO_CONFIRM =
  "Only the head of the department that is Accountable for this touchpoint, or a CX lead, confirms its ownership.";

/** Why `actor` may not confirm this touchpoint's ownership, or null when they may. */
export function confirmRefusal(
  actor: Pick<Actor, "role" | "departmentId">,
  ownership: { status: TouchpointStatus; ownerId: string | null },
): { code: "invalid" | "forbidden"; message: string } | null {
  if (ownership.status !== "OWNED" || ownership.ownerId === null)
    return { code: "invalid", message: NOTHING_TO_CONFIRM };
  if (can(actor.role, "ownership.verifyAny")) return null;
  if (actor.departmentId !== null && actor.departmentId === ownership.ownerId) return null;
  return { code: "forbidden", message: NOT_YOURS_TO_CONFIRM };
}

/** Whether `actor` may confirm the ownership of every touchpoint `departmentId` owns. */
export function mayConfirmDepartment(
  actor: Pick<Actor, "role" | "departmentId">,
  departmentId: string,
): boolean {
  return can(actor.role, "ownership.verifyAny") || actor.departmentId === departmentId;
}
