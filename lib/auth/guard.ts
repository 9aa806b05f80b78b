import "server-only";
import { ActionError } from "../actions/result";
import { getPrisma } from "../db/client";
import type { MemberRole } from "../db/generated/enums";
import { getSessionUser, type SessionUser } from "./session";

export type Actor = {
  userId: string;
  workspaceId: string;
  role: MemberRole;
  /** The department a department head belongs to; null for every other role. */
  departmentId: string | null;
};

export const EDITORS: readonly MemberRole[] = ["CX_LEAD"];
export const READERS: readonly MemberRole[] = ["CX_LEAD", "DEPARTMENT_HEAD", "EXECUTIVE", "VIEWER"];

/**
 * Actions call this before looking anything up by id, so a signed-out caller hears "unauthorized" whether or
 * not the id exists and cannot probe for ids.
 */
export async function requireSignedIn(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new ActionError("unauthorized", "You are signed out. Sign in again to continue.");
  return user;
}

/**
 * The one check every action and route makes before it reads or writes a workspace's data. The workspace id
 * must come from the resource being touched, never from client input. A workspace the caller is not a member
 * of is "not found", exactly like one that does not exist, so no other tenant's data is ever confirmed.
 */
export async function requireWorkspaceRole(
  workspaceId: string,
  allowed: readonly MemberRole[],
): Promise<Actor> {
  const user = await requireSignedIn();
  const prisma = await getPrisma();
  const membership = await prisma.membership.findUnique({
    where: { workspaceId_userId: { workspaceId, userId: user.id } },
    select: { role: true, departmentId: true },
  });
  if (!membership) throw new ActionError("not_found", "This workspace was not found.");
  if (!allowed.includes(membership.role))
    throw new ActionError("forbidden", "Your role does not allow this change.");
  return { userId: user.id, workspaceId, role: membership.role, departmentId: membership.departmentId };
}

/** What pages use to show or hide editing controls: the same list the actions check. */
export function canEditMap(role: MemberRole): boolean {
  return EDITORS.includes(role);
}
