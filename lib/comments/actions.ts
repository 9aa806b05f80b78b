"use server";
// A touchpoint's discussion thread. CX leads and department heads write (DESIGN.md: heads comment, CX leads
// change everything); executives and viewers read. Bodies are plain text: React escapes them when shown.
import { defineAction } from "../actions/define";
import { ZAddComment } from "./schemas";

export const addComment = defineAction({
  schema: ZAddComment,
  resource: (input) => ({ kind: "touchpoint", id: input.touchpointId }),
  permission: "comments.write",
  async run({ tx, audit, actor, resource: touchpoint, input: { body } }) {
    const comment = await tx.comment.create({
      data: { workspaceId: actor.workspaceId, touchpointId: touchpoint.id, authorId: actor.userId, body },
      select: { id: true },
    });
    await audit({
      action: "comment.added",
      entityType: "comment",
      entityId: comment.id,
      journeyId: touchpoint.journeyId,
      departmentId: actor.departmentId,
      after: { body, touchpointId: touchpoint.id, touchpointName: touchpoint.name },
    });
    return comment;
  },
});
