import "server-only";
// Checking an email and password: rate-limited, audited, and slow for unknown accounts as for wrong passwords,
// so neither timing nor messages tell which accounts exist.
import { z } from "zod";
import { recordAccountEvent } from "../audit/record";
import { getPrisma } from "../db/client";
import { hashPassword, needsRehash, spendVerificationTime, verifyPassword } from "./password";
import { refundSignInAttempt, takeSignInAttempt } from "./rate-limit";
import type { SessionUser } from "./user";

/** Its message is shown on the sign-in page as-is. */
export class SignInError extends Error {}

export const WRONG_CREDENTIALS = "That email and password do not match an account. Check both and try again.";

const ZCredentials = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  // Bounded so nobody can make the server hash megabytes.
  password: z.string().min(1).max(1000),
});

type Attempt = { email: unknown; password: unknown; ip: string };

async function check(attempt: Attempt): Promise<SessionUser> {
  const parsed = ZCredentials.safeParse(attempt);
  if (!parsed.success) throw new SignInError("Enter your email address and your password.");
  const { email, password } = parsed.data;
  const decision = await takeSignInAttempt({ email, ip: attempt.ip });
  if (!decision.allowed) {
    // Counted in the buckets; one event when the limit is reached, not a row for every refused attempt.
    if (decision.isFirstRefusal)
      await recordAccountEvent({
        action: "auth.sign_in_failed",
        userId: null,
        after: { email, ip: attempt.ip, reason: "rate_limited" },
      });
    const minutes = decision.retryAfterMinutes;
    throw new SignInError(
      `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`,
    );
  }
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  let isValid = false;
  if (user?.passwordHash) isValid = await verifyPassword(password, user.passwordHash);
  else await spendVerificationTime(password);
  if (!user || !isValid) {
    await recordAccountEvent({
      action: "auth.sign_in_failed",
      userId: user?.id ?? null,
      after: { email, ip: attempt.ip, reason: "wrong_credentials" },
    });
    throw new SignInError(WRONG_CREDENTIALS);
  }
  await refundSignInAttempt({ email, ip: attempt.ip });
  // Made with an older cost: hash again now that the password is at hand. Only if unchanged meanwhile.
  if (user.passwordHash && needsRehash(user.passwordHash))
    await prisma.user.updateMany({
      where: { id: user.id, passwordHash: user.passwordHash },
      data: { passwordHash: await hashPassword(password) },
    });
  await recordAccountEvent({ action: "auth.signed_in", userId: user.id, after: { email, ip: attempt.ip } });
  return { id: user.id, email: user.email, name: user.name };
}

/** The user for a correct email and password; otherwise a SignInError in plain words. Never the password. */
export async function authenticate(attempt: Attempt): Promise<SessionUser> {
  try {
    return await check(attempt);
  } catch (error) {
    if (error instanceof SignInError) throw error;
    console.error("Sign-in failed unexpectedly", error);
    throw new SignInError("Something went wrong while signing you in. Please try again.");
  }
}
