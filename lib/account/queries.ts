import "server-only";
import { getLinkState, hashLinkToken } from "../auth/link-tokens";
import { getPrisma } from "../db/client";
import type { ResetProblem } from "./reset-status";
import { ZResetToken } from "./schemas";

export type ResetForToken = { state: ResetProblem } | { state: "pending"; email: string; expiresAt: Date };

/** What the public reset page may show for a token: whose account, and nothing unless the link works. */
export async function getResetForToken(token: string, now = new Date()): Promise<ResetForToken> {
  if (!ZResetToken.safeParse(token).success) return { state: "unknown" };
  const prisma = await getPrisma();
  const reset = await prisma.passwordReset.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { email: true } } },
  });
  if (!reset) return { state: "unknown" };
  const state = getLinkState(reset, now);
  return state === "pending" ? { state, email: reset.user.email, expiresAt: reset.expiresAt } : { state };
}
