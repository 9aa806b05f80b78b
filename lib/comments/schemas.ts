import { z } from "zod";

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
