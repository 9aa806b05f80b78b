import "server-only";
import { cache } from "react";
import type { WorkspaceSummary } from "../auth/guard";
import { getPrisma } from "../db/client";

/** The signed-in user's workspaces, oldest first: `/` opens the first, the switcher lists them all. */
export const getUserWorkspaces = cache(async (userId: string): Promise<WorkspaceSummary[]> => {
  const prisma = await getPrisma();
  const memberships = await prisma.membership.findMany({
    where: { userId },
    select: { workspace: { select: { id: true, name: true, slug: true } } },
    orderBy: { workspace: { createdAt: "asc" } },
  });
  return memberships.map((m) => m.workspace);
});
