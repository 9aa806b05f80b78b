"use server";
// The public end of an invitation link.
import { definePublicAction } from "../actions/define";
import { ActionError, isUniqueViolation } from "../actions/result";
import { UNKNOWN_CLIENT } from "../auth/client-address";
import { getRequestIp } from "../auth/client-ip";
import { hashPassword } from "../auth/password";
import { type Limit, takeRateLimitSlot } from "../auth/rate-limit";
import { getPrisma } from "../db/client";
import { withTransaction } from "../db/transaction";
import { invitationSelect, joinInvited, takePendingInvitation } from "./invitation-link";
import { linkProblem } from "./invitation-status";
import { ZAcceptInvitation } from "./schemas";
import { getInvitationState, hashInvitationToken } from "./tokens";

// Tokens cannot be guessed (256 bits); the limit keeps anyone from making the server hash passwords in bulk.
const ACCEPT_LIMIT: Limit = { max: 20, windowMs: 15 * 60 * 1000 };

const accountExists = () =>
  new ActionError(
    "conflict",
    "An account with this email address already exists. Sign in with it, then open this link again to join.",
  );

/** Refused when `key` has had too many attempts lately. */
async function takeAcceptSlot(key: string): Promise<void> {
  const decision = await takeRateLimitSlot(key, ACCEPT_LIMIT);
  if (!decision.allowed)
    throw new ActionError(
      "forbidden",
      `Too many attempts. Try again in ${decision.retryAfterMinutes} minutes.`,
    );
}

/**
 * No session needed: the token is the proof. Creates the account and the membership and spends the link in one
 * transaction; the page then signs the new user in.
 */
export const acceptInvitation = definePublicAction({
  schema: ZAcceptInvitation,
  async run({ input: { token, name, password } }) {
    const tokenHash = hashInvitationToken(token);
    // Per client address when a trusted proxy names the client; there is no bucket every client shares, so
    // nobody can stop everyone else's invitations from being accepted.
    const ip = await getRequestIp();
    if (ip !== UNKNOWN_CLIENT) await takeAcceptSlot(`invite:ip:${ip}`);
    const prisma = await getPrisma();
    const found = await prisma.invitation.findUnique({ where: { tokenHash }, select: invitationSelect });
    if (!found) throw linkProblem("unknown");
    const state = getInvitationState(found);
    if (state !== "pending") throw linkProblem(state);
    // And per link, before the slow hash below: a working link cannot make the server hash without end.
    await takeAcceptSlot(`invite:link:${tokenHash}`);
    // Slow on purpose; done before the transaction so it holds no locks meanwhile.
    const passwordHash = await hashPassword(password);
    try {
      return await withTransaction(async (tx) => {
        // Two tabs accepting at once: the second waits here and then finds the link spent.
        const invitation = await takePendingInvitation(tx, tokenHash);
        if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } }))
          throw accountExists();
        const user = await tx.user.create({
          data: { email: invitation.email, name, passwordHash },
          select: { id: true, name: true },
        });
        const joined = await joinInvited(tx, { invitation, user, onDuplicate: accountExists });
        return { email: invitation.email, ...joined };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw accountExists();
      throw error;
    }
  },
  revalidate: (accepted) => `/w/${accepted.workspaceSlug}`,
});
