import "server-only";
import { getPrisma } from "../db/client";

export type CommentView = { id: string; body: string; authorName: string | null; createdAt: Date };

/** The newest comments of one touchpoint, oldest first so the thread reads top to bottom. */
export async function getTouchpointComments(opts: {
  workspaceId: string;
  touchpointId: string;
  limit?: number;
}): Promise<CommentView[]> {
  const prisma = await getPrisma();
  const rows = await prisma.comment.findMany({
    where: { workspaceId: opts.workspaceId, touchpointId: opts.touchpointId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: opts.limit ?? 100,
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return rows
    .reverse()
    .map((r) => ({ id: r.id, body: r.body, createdAt: r.createdAt, authorName: r.author?.name ?? null }));
}
