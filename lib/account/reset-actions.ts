"use server";
// The public end of a password reset link: the token is the proof, no session needed.
import { definePublicAction } from "../actions/define";
import { ActionError } from "../actions/result";
import { auditFor } from "../audit/record";
import { UNKNOWN_CLIENT } from "../auth/client-address";
import { getRequestIp } from "../auth/client-ip";
import { getLinkState, hashLinkToken } from "../auth/link-tokens";
import { hashPassword } from "../auth/password";
import { type Limit, takeRateLimitSlot } from "../auth/rate-limit";
import { endAllSessions } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { withTransaction } from "../db/transaction";
import { RESET_PROBLEMS, type ResetProblem } from "./reset-status";
import { ZResetPassword } from "./schemas";

const RESET_LIMIT: Limit = { max: 20, windowMs: 15 * 60 * 1000 };

const select = { id: true, workspaceId: true, userId: true, usedAt: true, expiresAt: true } as const;

function problem(state: ResetProblem): ActionError {
  const { title, message } = RESET_PROBLEMS[state];
  return new ActionError(state === "unknown" ? "not_found" : "conflict", `${title}. ${message}`);
}

async function takeSlot(key: string): Promise<void> {
  const decision = await takeRateLimitSlot(key, RESET_LIMIT);
  if (!decision.allowed)
    throw new ActionError(
      "forbidden",
      `Too many attempts. Try again in ${decision.retryAfterMinutes} minutes.`,
    );
}

/** Sets the new password, spends the link and ends every session of the account, in one transaction. */
export const resetPassword = definePublicAction({
  schema: ZResetPassword,
  async run({ input: { token, password } }) {
    const ip = await getRequestIp();
    if (ip !== UNKNOWN_CLIENT) await takeSlot(`reset:ip:${ip}`);
    const tokenHash = hashLinkToken(token);
    const prisma = await getPrisma();
    const found = await prisma.passwordReset.findUnique({ where: { tokenHash }, select });
    if (!found) throw problem("unknown");
    const state = getLinkState(found);
    if (state !== "pending") throw problem(state);
    await takeSlot(`reset:link:${tokenHash}`);
    // Slow on purpose; done before the transaction so it holds no locks meanwhile.
    const passwordHash = await hashPassword(password);
    return withTransaction(async (tx) => {
      // Two tabs at once: the second waits here and then finds the link spent.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT "id"::text AS "id" FROM "PasswordReset" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
      if (locked.length === 0) throw problem("unknown");
      const reset = await tx.passwordReset.findUniqueOrThrow({ where: { tokenHash }, select });
      const current = getLinkState(reset);
      if (current !== "pending") throw problem(current);
      const user = await tx.user.update({
        where: { id: reset.userId },
        data: { passwordHash },
        select: { id: true, email: true },
      });
      await endAllSessions(tx, user.id);
      await tx.passwordReset.update({ where: { id: reset.id }, data: { usedAt: new Date() } });
      await auditFor(tx, { workspaceId: reset.workspaceId, actorId: user.id })({
        action: "password_reset.completed",
        entityType: "password_reset",
        entityId: reset.id,
        after: { email: user.email },
      });
      return { email: user.email };
    });
  },
  revalidate: () => "/",
});
