// Single sign-on decisions, without a real identity provider: the next-auth callbacks get the account and
// profile a provider would send, and must let in only existing members with a verified email, bound to one
// subject of the issuer (tests/e2e/sso.spec.ts runs the same rules against a real provider).
import type { Account, Profile, User } from "next-auth";
import { describe, expect, it } from "vitest";
import { buildAuthOptions } from "../../lib/auth/options";
import { checkSsoSignIn } from "../../lib/auth/sso";
import { getPrisma } from "../../lib/db/client";
import { registerTestDb } from "../setup/test-db";
import * as f from "./factories";

registerTestDb();

const oidc = {
  issuer: "https://idp.example.com/tenant",
  clientId: "throughline",
  clientSecret: "s3cret",
  name: "Okta",
  allowedDomains: null,
};
const options = buildAuthOptions({ secret: "test-secret", oidc, proxyHops: 0 });
const account: Account = { provider: "oidc", type: "oauth", providerAccountId: "idp-subject-1" };
const idpUser: User = { id: "idp-subject-1", email: null, name: null };

async function member(email: string) {
  const workspace = await f.createWorkspace();
  const user = await f.createUser({ email, name: "Sso Member" });
  await f.addMember({ workspaceId: workspace.id, role: "VIEWER", userId: user.id });
  return user;
}

async function lastAuthEvent() {
  const prisma = await getPrisma();
  return prisma.auditEvent.findFirstOrThrow({
    where: { action: { startsWith: "auth." } },
    orderBy: { id: "desc" },
  });
}

const signIn = (profile: Profile & Record<string, unknown>) =>
  options.callbacks?.signIn?.({ user: idpUser, account, profile });

describe("the OIDC provider", () => {
  it("is offered only when configured, under its name, discovered from the issuer", () => {
    const provider = options.providers.find((p) => p.id === "oidc");
    expect(provider).toMatchObject({
      name: "Okta",
      type: "oauth",
      wellKnown: "https://idp.example.com/tenant/.well-known/openid-configuration",
      idToken: true,
    });
    const without = buildAuthOptions({ secret: "test-secret", oidc: null, proxyHops: 0 });
    expect(without.providers.map((p) => p.id)).toEqual(["credentials"]);
  });
});

describe("signIn callback", () => {
  it("lets in a member whose verified email matches, and audits it as an SSO sign-in", async () => {
    const user = await member("sso.member@example.com");
    expect(await signIn({ email: "SSO.Member@example.com", email_verified: true })).toBe(true);
    expect(await lastAuthEvent()).toMatchObject({
      action: "auth.signed_in",
      actorId: user.id,
      after: { email: "sso.member@example.com", method: "sso" },
    });
    expect(await signIn({ email: "sso.member@example.com", email_verified: "true" })).toBe(true);
  });

  it("refuses an unknown email, and an account that belongs to no workspace, with a clear error", async () => {
    expect(await signIn({ email: "stranger@example.com", email_verified: true })).toBe(
      "/sign-in?error=SsoNotMember",
    );
    expect(await lastAuthEvent()).toMatchObject({
      action: "auth.sign_in_failed",
      actorId: null,
      after: { email: "stranger@example.com", method: "sso", reason: "not_a_member" },
    });
    const loner = await f.createUser({ email: "loner@example.com" });
    expect(await signIn({ email: "loner@example.com", email_verified: true })).toBe(
      "/sign-in?error=SsoNotMember",
    );
    expect(await lastAuthEvent()).toMatchObject({ actorId: loner.id, after: { reason: "not_a_member" } });
  });

  it("refuses an unverified or missing email even for a member", async () => {
    await member("unverified@example.com");
    expect(await signIn({ email: "unverified@example.com", email_verified: false })).toBe(
      "/sign-in?error=SsoEmailUnverified",
    );
    expect(await signIn({ email: "unverified@example.com" })).toBe("/sign-in?error=SsoEmailUnverified");
    expect(await signIn({ email_verified: true })).toBe("/sign-in?error=SsoNoEmail");
    expect(await signIn({ email: "not an email", email_verified: true })).toBe("/sign-in?error=SsoNoEmail");
  });

  it("leaves password sign-ins to the credentials check", async () => {
    const credentials: Account = { provider: "credentials", type: "credentials", providerAccountId: "x" };
    expect(await options.callbacks?.signIn?.({ user: idpUser, account: credentials })).toBe(true);
  });
});

describe("jwt callback", () => {
  it("puts Throughline's user id, not the provider's subject, in the session token", async () => {
    const user = await member("token.member@example.com");
    const token = await options.callbacks?.jwt?.({
      token: { sub: "idp-subject-1", email: "token.member@example.com" },
      user: idpUser,
      account,
      profile: { email: "Token.Member@example.com" },
    });
    expect(token).toMatchObject({ sub: user.id, email: "token.member@example.com", name: "Sso Member" });
  });

  it("keeps a password sign-in's subject as authorize made it, and gives the session the claims that end it", async () => {
    const user = await member("password.member@example.com");
    const token = { sub: user.id };
    const credentials: Account = { provider: "credentials", type: "credentials", providerAccountId: "x" };
    expect(await options.callbacks?.jwt?.({ token, user: idpUser, account: credentials })).toEqual({
      sub: user.id,
      sessionId: expect.any(String),
      sessionVersion: 0,
      authenticatedAt: expect.any(Number),
    });
  });
});

describe("checkSsoSignIn", () => {
  it("returns the member's account for a verified email", async () => {
    const user = await member("direct@example.com");
    const decision = await checkSsoSignIn({
      profile: { email: "direct@example.com", email_verified: true },
      subject: "direct-subject",
      provider: oidc,
    });
    expect(decision).toEqual({
      ok: true,
      user: { id: user.id, email: "direct@example.com", name: "Sso Member" },
    });
  });
});

// Each account below signs in with subjects of its own: the file shares one database.
const signInAs = (
  subject: string,
  profile: Profile & Record<string, unknown>,
  opts: { options?: typeof options } = {},
) =>
  (opts.options ?? options).callbacks?.signIn?.({
    user: { ...idpUser, id: subject },
    account: { ...account, providerAccountId: subject },
    profile,
  });

const verified = (email: string) => ({ email, email_verified: true });

async function identitiesOf(userId: string) {
  const prisma = await getPrisma();
  return prisma.ssoIdentity.findMany({
    where: { userId },
    select: { issuer: true, subject: true },
    orderBy: { createdAt: "asc" },
  });
}

describe("binding an account to the provider's identity", () => {
  it("links the account to the issuer and subject on its first SSO sign-in, and audits the link", async () => {
    const user = await member("first.use@example.com");
    expect(await identitiesOf(user.id)).toEqual([]);
    expect(await signInAs("subject-first", verified("first.use@example.com"))).toBe(true);
    expect(await identitiesOf(user.id)).toEqual([{ issuer: oidc.issuer, subject: "subject-first" }]);
    const prisma = await getPrisma();
    expect(
      await prisma.auditEvent.findFirst({ where: { action: "auth.sso_linked", actorId: user.id } }),
    ).toMatchObject({
      after: { email: "first.use@example.com", issuer: oidc.issuer, subject: "subject-first" },
    });
    expect(await signInAs("subject-first", verified("first.use@example.com"))).toBe(true);
    expect(await identitiesOf(user.id)).toHaveLength(1);
  });

  it("refuses another subject with the bound account's email, audited with the reason", async () => {
    const user = await member("bound@example.com");
    expect(await signInAs("subject-bound", verified("bound@example.com"))).toBe(true);
    expect(await signInAs("subject-impostor", verified("Bound@example.com"))).toBe(
      "/sign-in?error=SsoAccountLinkedElsewhere",
    );
    expect(await lastAuthEvent()).toMatchObject({
      action: "auth.sign_in_failed",
      actorId: user.id,
      after: { email: "bound@example.com", method: "sso", reason: "account_linked_elsewhere" },
    });
    expect(await identitiesOf(user.id)).toEqual([{ issuer: oidc.issuer, subject: "subject-bound" }]);
    expect(await signInAs("subject-bound", verified("bound@example.com"))).toBe(true);
  });

  it("refuses a bound subject that now presents another member's email", async () => {
    const first = await member("moved.from@example.com");
    const other = await member("moved.to@example.com");
    expect(await signInAs("subject-moved", verified("moved.from@example.com"))).toBe(true);
    expect(await signInAs("subject-moved", verified("moved.to@example.com"))).toBe(
      "/sign-in?error=SsoIdentityLinkedElsewhere",
    );
    expect(await lastAuthEvent()).toMatchObject({
      action: "auth.sign_in_failed",
      actorId: other.id,
      after: { email: "moved.to@example.com", method: "sso", reason: "identity_linked_elsewhere" },
    });
    expect(await identitiesOf(other.id)).toEqual([]);
    expect(await identitiesOf(first.id)).toHaveLength(1);
  });

  it("binds one identity per issuer: another issuer's subject gets a binding of its own", async () => {
    const user = await member("two.issuers@example.com");
    const second = buildAuthOptions({
      secret: "test-secret",
      oidc: { ...oidc, issuer: "https://other-idp.example.com" },
      proxyHops: 0,
    });
    const profile = verified("two.issuers@example.com");
    expect(await signInAs("subject-at-first", profile)).toBe(true);
    expect(await signInAs("subject-at-second", profile, { options: second })).toBe(true);
    expect(await identitiesOf(user.id)).toEqual([
      { issuer: oidc.issuer, subject: "subject-at-first" },
      { issuer: "https://other-idp.example.com", subject: "subject-at-second" },
    ]);
  });

  it("lets exactly one of two different subjects racing for an account's first sign-in bind it", async () => {
    const user = await member("race@example.com");
    const profile = verified("race@example.com");
    const results = await Promise.all([
      signInAs("subject-race-a", profile),
      signInAs("subject-race-b", profile),
    ]);
    expect(results.filter((r) => r === true)).toHaveLength(1);
    expect(results.filter((r) => r === "/sign-in?error=SsoAccountLinkedElsewhere")).toHaveLength(1);
    expect(await identitiesOf(user.id)).toHaveLength(1);
  });

  it("is never made for a refused sign-in", async () => {
    const user = await member("refused.bind@example.com");
    expect(
      await signInAs("subject-unverified", { email: "refused.bind@example.com", email_verified: false }),
    ).toBe("/sign-in?error=SsoEmailUnverified");
    const loner = await f.createUser({ email: "refused.loner@example.com" });
    expect(await signInAs("subject-loner", verified("refused.loner@example.com"))).toBe(
      "/sign-in?error=SsoNotMember",
    );
    expect(await identitiesOf(user.id)).toEqual([]);
    expect(await identitiesOf(loner.id)).toEqual([]);
  });

  it("is unique per (issuer, subject) and per (account, issuer) in the database itself", async () => {
    const prisma = await getPrisma();
    const a = await f.createUser({ email: "db.rule.a@example.com" });
    const b = await f.createUser({ email: "db.rule.b@example.com" });
    await prisma.ssoIdentity.create({ data: { userId: a.id, issuer: oidc.issuer, subject: "db-subject" } });
    await expect(
      prisma.ssoIdentity.create({ data: { userId: b.id, issuer: oidc.issuer, subject: "db-subject" } }),
    ).rejects.toThrow();
    await expect(
      prisma.ssoIdentity.create({ data: { userId: a.id, issuer: oidc.issuer, subject: "db-subject-2" } }),
    ).rejects.toThrow();
    await expect(
      prisma.ssoIdentity.create({ data: { userId: b.id, issuer: oidc.issuer, subject: "" } }),
    ).rejects.toThrow();
  });
});

describe("the allowed email domains", () => {
  const limited = buildAuthOptions({
    secret: "test-secret",
    oidc: { ...oidc, allowedDomains: ["example.com", "acme.test"] },
    proxyHops: 0,
  });

  it("refuse an email outside them, even a member's, audited with the reason", async () => {
    const user = await member("outsider@elsewhere.test");
    const profile = verified("outsider@elsewhere.test");
    expect(await signInAs("subject-outsider", profile, { options: limited })).toBe(
      "/sign-in?error=SsoDomainNotAllowed",
    );
    expect(await lastAuthEvent()).toMatchObject({
      action: "auth.sign_in_failed",
      after: { email: "outsider@elsewhere.test", method: "sso", reason: "domain_not_allowed" },
    });
    expect(await identitiesOf(user.id)).toEqual([]);
    expect(await signInAs("subject-outsider", profile)).toBe(true);
  });

  it("match the whole domain, in any case, and not its subdomains", async () => {
    await member("insider@acme.test");
    await member("sub@eu.acme.test");
    expect(await signInAs("subject-insider", verified("Insider@ACME.test"), { options: limited })).toBe(true);
    expect(await signInAs("subject-sub", verified("sub@eu.acme.test"), { options: limited })).toBe(
      "/sign-in?error=SsoDomainNotAllowed",
    );
  });
});
