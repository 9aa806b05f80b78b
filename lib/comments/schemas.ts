import { z } from "zod";
import type { MemberRole } from "../db/generated/enums";

/** Who writes in a thread; everyone in the workspace reads. */
export const COMMENTERS: readonly MemberRole[] = ["CX_LEAD", "DEPARTMENT_HEAD"];

export function canComment(role: MemberRole): boolean {
  return COMMENTERS.includes(role);
}

export const COMMENT_MAX = 1000;

export const ZAddComment = z.object({
  touchpointId: z.uuid({ error: "Unknown touchpoint." }),
  body: z
    .string({ error: "Write a comment." })
    .trim()
    .min(1, { error: "Write a comment." })
    .max(COMMENT_MAX, { error: `Keep comments under ${COMMENT_MAX} characters.` }),
});
export type TAddComment = z.infer<typeof ZAddComment>;
