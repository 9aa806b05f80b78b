import "server-only";
// Single sign-on through an OpenID Connect provider lets in only people who are already members: the
// provider proves the email address, Throughline decides who may enter. The first SSO sign-in binds the
// account to the provider's (issuer, subject); from then on only that subject gets in with the account, so a
// reassigned or re-registered email at the provider cannot take it over. Audited like password sign-ins.
import { z } from "zod";
import { recordAccountEvent, recordAudit } from "../audit/record";
import { getPrisma } from "../db/client";
import { withTransaction } from "../db/transaction";
import type { OidcConfig } from "../env";
import type { SessionUser } from "./user";

export const OIDC_PROVIDER_ID = "oidc";

export type SsoRefusal =
  | "no_email"
  | "no_subject"
  | "email_unverified"
  | "domain_not_allowed"
  | "not_a_member"
  | "account_linked_elsewhere"
  | "identity_linked_elsewhere";
export type SsoDecision = { ok: true; user: SessionUser } | { ok: false; reason: SsoRefusal };

/** The `error` the sign-in page gets for each refusal, and what it says (lib/auth/sign-in-errors.ts). */
export const SSO_ERROR_CODES: Record<SsoRefusal, string> = {
  no_email: "SsoNoEmail",
  no_subject: "SsoNoSubject",
  email_unverified: "SsoEmailUnverified",
  domain_not_allowed: "SsoDomainNotAllowed",
  not_a_member: "SsoNotMember",
  account_linked_elsewhere: "SsoAccountLinkedElsewhere",
  identity_linked_elsewhere: "SsoIdentityLinkedElsewhere",
};

const ZProfileEmail = z.string().trim().toLowerCase().max(320).pipe(z.email());
// OIDC Core caps `sub` at 255 ASCII characters; it is compared exactly, never normalised.
const ZSubject = z.string().min(1).max(255);

// Some providers send the claim as the string "true".
const isVerified = (value: unknown) => value === true || value === "true";

const domainOf = (email: string) => email.slice(email.lastIndexOf("@") + 1);

export type SsoSignIn = {
  /** The provider's claims about the person (the ID token's). */
  profile: { email?: unknown; email_verified?: unknown };
  /** The provider's stable id for the person (`sub`; next-auth's providerAccountId). */
  subject: unknown;
  provider: Pick<OidcConfig, "issuer" | "allowedDomains">;
};

/**
 * Decides an SSO sign-in: a verified email (in an allowed domain, when a list is set) that belongs to an
 * existing account with at least one membership, and either no binding yet for this issuer (made now) or a
 * binding to this very subject. Anyone else is refused; nobody is created here (members are added by CX leads).
 */
export async function checkSsoSignIn(input: SsoSignIn): Promise<SsoDecision> {
  const { provider } = input;
  const parsedEmail = ZProfileEmail.safeParse(input.profile.email);
  const email = parsedEmail.success ? parsedEmail.data : null;
  const parsedSubject = ZSubject.safeParse(input.subject);
  const subject = parsedSubject.success ? parsedSubject.data : null;
  const refuse = async (reason: SsoRefusal, userId: string | null = null): Promise<SsoDecision> => {
    await recordAccountEvent({
      action: "auth.sign_in_failed",
      userId,
      after: { email, method: "sso", reason, issuer: provider.issuer, subject },
    });
    return { ok: false, reason };
  };
  if (!email) return refuse("no_email");
  if (!subject) return refuse("no_subject");
  if (!isVerified(input.profile.email_verified)) return refuse("email_unverified");
  if (provider.allowedDomains && !provider.allowedDomains.includes(domainOf(email)))
    return refuse("domain_not_allowed");
  const prisma = await getPrisma();
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, _count: { select: { memberships: true } } },
  });
  if (!user || user._count.memberships === 0) return refuse("not_a_member", user?.id ?? null);
  const binding = await bindIdentity({ userId: user.id, email, issuer: provider.issuer, subject });
  if (binding !== "bound") return refuse(binding, user.id);
  await recordAccountEvent({
    action: "auth.signed_in",
    userId: user.id,
    after: { email, method: "sso", issuer: provider.issuer, subject },
  });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}

/**
 * Checks, or on first use makes, the account's binding to (issuer, subject). The insert skips on either unique
 * (one identity per account and issuer, one account per identity), so two first sign-ins racing each other
 * leave one binding, and the loser is refused like any later attempt.
 */
async function bindIdentity(opts: {
  userId: string;
  email: string;
  issuer: string;
  subject: string;
}): Promise<"bound" | "account_linked_elsewhere" | "identity_linked_elsewhere"> {
  const { userId, email, issuer, subject } = opts;
  const prisma = await getPrisma();
  const where = { issuer_subject: { issuer, subject } };
  let identity = await prisma.ssoIdentity.findUnique({ where, select: { userId: true } });
  if (!identity) {
    await withTransaction(async (tx) => {
      const { count } = await tx.ssoIdentity.createMany({
        data: [{ userId, issuer, subject }],
        skipDuplicates: true,
      });
      if (count === 0) return;
      await recordAudit(tx, {
        workspaceId: null,
        actorId: userId,
        action: "auth.sso_linked",
        entityType: "user",
        entityId: userId,
        after: { email, issuer, subject },
      });
    });
    identity = await prisma.ssoIdentity.findUnique({ where, select: { userId: true } });
  }
  if (!identity) return "account_linked_elsewhere";
  return identity.userId === userId ? "bound" : "identity_linked_elsewhere";
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
