"use server";
// A touchpoint's discussion thread. CX leads and department heads write (DESIGN.md: heads comment, CX leads
// change everything); executives and viewers read. Bodies are plain text: React escapes them when shown.
import "server-only";
import { type ActionResult, runAction } from "../actions/result";
import { recordAudit } from "../audit/record";
import { requireWorkspaceRole } from "../auth/guard";
import { findTouchpoint, revalidateWorkspacePages } from "../claims/helpers";
import { withTransaction } from "../db/transaction";
import { COMMENTERS, type TAddComment, ZAddComment } from "./schemas";

export async function addComment(input: TAddComment): Promise<ActionResult<{ id: string }>> {
  return runAction(ZAddComment, input, async ({ touchpointId, body }) => {
    const touchpoint = await findTouchpoint(touchpointId);
    const { workspaceId } = touchpoint;
    const actor = await requireWorkspaceRole(workspaceId, COMMENTERS);
    const created = await withTransaction(async (tx) => {
      const comment = await tx.comment.create({
        data: { workspaceId, touchpointId, authorId: actor.userId, body },
        select: { id: true },
      });
      await recordAudit(tx, {
        workspaceId,
        actorId: actor.userId,
        action: "comment.added",
        entityType: "comment",
        entityId: comment.id,
        journeyId: touchpoint.journeyId,
        departmentId: actor.departmentId,
        after: { body, touchpointId, touchpointName: touchpoint.name },
      });
      return comment;
    });
    revalidateWorkspacePages();
    return created;
  });
}
