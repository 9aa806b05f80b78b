import "server-only";
import { cache } from "react";
import { requirePageUser } from "../auth/pages";
import { getPrisma } from "../db/client";
import type { MemberRole } from "../db/generated/enums";

export type WorkspaceSummary = { id: string; name: string; slug: string };
export type MemberWorkspace = WorkspaceSummary & { role: MemberRole; departmentId: string | null };

const select = { id: true, name: true, slug: true } as const;

/** Any workspace by slug, member or not: only for code that checks membership itself (the guard, the API). */
export async function getWorkspaceBySlug(slug: string): Promise<WorkspaceSummary | null> {
  const prisma = await getPrisma();
  return prisma.workspace.findUnique({ where: { slug }, select });
}

/**
 * The workspace a page shows, with the signed-in user's role in it. Signed out: redirects to sign-in. Not a
 * member: null, which pages turn into "not found", exactly like a slug that does not exist.
 * Cached per request: the layout and the page both need it.
 */
export const getCurrentWorkspace = cache(async (slug: string): Promise<MemberWorkspace | null> => {
  const user = await requirePageUser();
  const prisma = await getPrisma();
  const membership = await prisma.membership.findFirst({
    where: { userId: user.id, workspace: { slug } },
    select: { role: true, departmentId: true, workspace: { select } },
  });
  if (!membership) return null;
  return { ...membership.workspace, role: membership.role, departmentId: membership.departmentId };
});

/** The signed-in user's workspaces, oldest first: `/` opens the first, the switcher lists them all. */
export const getUserWorkspaces = cache(async (userId: string): Promise<WorkspaceSummary[]> => {
  const prisma = await getPrisma();
  const memberships = await prisma.membership.findMany({
    where: { userId },
    select: { workspace: { select } },
    orderBy: { workspace: { createdAt: "asc" } },
  });
  return memberships.map((m) => m.workspace);
});
