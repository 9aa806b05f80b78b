import "server-only";
import { getPrisma } from "../db/client";

export type ApiTokenRow = { id: string; name: string; createdAt: Date; lastUsedAt: Date | null };

/** The signed-in member's live tokens in one workspace, newest first (never the hash). */
export async function getApiTokens(opts: { workspaceId: string; userId: string }): Promise<ApiTokenRow[]> {
  const prisma = await getPrisma();
  return prisma.apiToken.findMany({
    where: { workspaceId: opts.workspaceId, userId: opts.userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true },
  });
}
