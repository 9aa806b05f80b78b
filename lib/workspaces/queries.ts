import "server-only";
import { cache } from "react";
import { getPrisma } from "../db/client";

export type WorkspaceSummary = { id: string; name: string; slug: string };

const select = { id: true, name: true, slug: true } as const;

/** Cached per request: the layout and the page both need it. */
export const getWorkspaceBySlug = cache(async (slug: string): Promise<WorkspaceSummary | null> => {
  const prisma = await getPrisma();
  return prisma.workspace.findUnique({ where: { slug }, select });
});

/** Until sign-in exists every visitor lands in the oldest workspace; null on an empty database. */
export async function getDefaultWorkspace(): Promise<WorkspaceSummary | null> {
  const prisma = await getPrisma();
  return prisma.workspace.findFirst({ orderBy: { createdAt: "asc" }, select });
}
