import "server-only";
import { ActionError } from "../actions/result";
import { getPrisma } from "../db/client";
import type { MemberRole } from "../db/generated/enums";

export type Actor = { userId: string | null; workspaceId: string; role: MemberRole };

export const EDITORS: readonly MemberRole[] = ["CX_LEAD"];
export const READERS: readonly MemberRole[] = ["CX_LEAD", "DEPARTMENT_HEAD", "EXECUTIVE", "VIEWER"];

/**
 * The one check every action and route makes before it reads or writes a workspace's data. The workspace id
 * must come from the resource being touched, never from client input.
 * Sign-in has not landed yet: until it does, every visitor acts anonymously as the workspace's CX lead.
 */
export async function requireWorkspaceRole(
  workspaceId: string,
  allowed: readonly MemberRole[],
): Promise<Actor> {
  const prisma = await getPrisma();
  const workspace = await prisma.workspace.findUnique({ where: { id: workspaceId }, select: { id: true } });
  if (!workspace) throw new ActionError("not_found", "This workspace was not found.");
  const actor: Actor = { userId: null, workspaceId, role: "CX_LEAD" };
  if (!allowed.includes(actor.role))
    throw new ActionError("forbidden", "Your role does not allow this change.");
  return actor;
}
