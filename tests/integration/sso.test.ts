// Single sign-on decisions, without a real identity provider: the next-auth callbacks get the account and
// profile a provider would send, and must let in only existing members with a verified email.
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
    expect(await checkSsoSignIn({ email: "direct@example.com", email_verified: true })).toEqual({
      ok: true,
      user: { id: user.id, email: "direct@example.com", name: "Sso Member" },
    });
  });
});
