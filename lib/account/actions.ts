"use server";
// What a signed-in person does to their own account: choose a new password, sign out everywhere. Both end every
// session of the account (lib/auth/sessions.ts); the form signs the person in again where that fits.
import { defineAccountAction } from "../actions/define";
import { ActionError } from "../actions/result";
import { hashPassword, verifyPassword } from "../auth/password";
import { type Limit, takeRateLimitSlot } from "../auth/rate-limit";
import { endAllSessions } from "../auth/sessions";
import { getPrisma } from "../db/client";
import { ZChangePassword, ZNoInput } from "./schemas";

// Wrong current passwords are guesses at it: as few as sign-in allows per account.
const CHANGE_LIMIT: Limit = { max: 5, windowMs: 15 * 60 * 1000 };

export const changePassword = defineAccountAction({
  schema: ZChangePassword,
  async prepare({ input, user }) {
    const decision = await takeRateLimitSlot(`password-change:user:${user.id}`, CHANGE_LIMIT);
    if (!decision.allowed)
      throw new ActionError(
        "forbidden",
        `Too many attempts. Try again in ${decision.retryAfterMinutes} minutes.`,
      );
    const prisma = await getPrisma();
    const account = await prisma.user.findUniqueOrThrow({
      where: { id: user.id },
      select: { passwordHash: true },
    });
    if (!account.passwordHash || !(await verifyPassword(input.current, account.passwordHash))) {
      const message = "That is not your current password.";
      throw new ActionError("invalid", message, { current: [message] });
    }
    return hashPassword(input.password);
  },
  async run({ tx, audit, user, prepared: passwordHash }) {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endAllSessions(tx, user.id);
    await audit({
      action: "auth.password_changed",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email },
    });
    return { email: user.email };
  },
});

export const signOutEverywhere = defineAccountAction({
  schema: ZNoInput,
  async run({ tx, audit, user }) {
    await endAllSessions(tx, user.id);
    await audit({
      action: "auth.signed_out_everywhere",
      entityType: "user",
      entityId: user.id,
      after: { email: user.email },
    });
    return { email: user.email };
  },
});
