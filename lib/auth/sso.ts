import "server-only";
// Single sign-on through an OpenID Connect provider lets in only people who are already members: the
// provider proves the email address, Throughline decides who may enter. Audited like password sign-ins.
import { z } from "zod";
import { recordAccountEvent } from "../audit/record";
import { getPrisma } from "../db/client";
import type { SessionUser } from "./user";

export const OIDC_PROVIDER_ID = "oidc";

export type SsoRefusal = "no_email" | "email_unverified" | "not_a_member";
export type SsoDecision = { ok: true; user: SessionUser } | { ok: false; reason: SsoRefusal };

/** The `error` the sign-in page gets for each refusal, and what it says. */
export const SSO_ERROR_CODES: Record<SsoRefusal, string> = {
  no_email: "SsoNoEmail",
  email_unverified: "SsoEmailUnverified",
  not_a_member: "SsoNotMember",
};

const ZProfileEmail = z.string().trim().toLowerCase().max(320).pipe(z.email());

// Some providers send the claim as the string "true".
const isVerified = (value: unknown) => value === true || value === "true";

/**
 * Decides an SSO sign-in from the provider's profile: a verified email that belongs to an existing account
 * with at least one membership. Anyone else is refused; nobody is created here (members are added by CX leads).
 */
export async function checkSsoSignIn(profile: {
  email?: unknown;
  email_verified?: unknown;
}): Promise<SsoDecision> {
  const parsed = ZProfileEmail.safeParse(profile.email);
  const email = parsed.success ? parsed.data : null;
  const refuse = async (reason: SsoRefusal, userId: string | null = null): Promise<SsoDecision> => {
    await recordAccountEvent({
      action: "auth.sign_in_failed",
      userId,
      after: { email, method: "sso", reason },
    });
    return { ok: false, reason };
  };
  if (!email) return refuse("no_email");
  if (!isVerified(profile.email_verified)) return refuse("email_unverified");
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, _count: { select: { memberships: true } } },
  });
  if (!user || user._count.memberships === 0) return refuse("not_a_member", user?.id ?? null);
  await recordAccountEvent({ action: "auth.signed_in", userId: user.id, after: { email, method: "sso" } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/** The account an accepted SSO profile maps to; the session then carries Throughline's user id. */
export async function findSsoUser(email: unknown): Promise<SessionUser | null> {
  const parsed = ZProfileEmail.safeParse(email);
  if (!parsed.success) return null;
  const prisma = await getPrisma();
  return prisma.user.findUnique({
    where: { email: parsed.data },
    select: { id: true, email: true, name: true },
  });
}
