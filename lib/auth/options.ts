import "server-only";
// next-auth's configuration: email and password sign-in, and optional single sign-on (OpenID Connect, env
// only); sessions as signed JWTs in http-only cookies (Secure when NEXTAUTH_URL is https). Built on first
// use, so `next build` needs no secret.
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { getAuthSecret, getEnv, getOidcConfig, type OidcConfig } from "../env";
import { getSafeCallbackUrl } from "./callback-url";
import { getClientIp } from "./client-address";
import { readSessionClaims, revokeSession, startSessionClaims } from "./sessions";
import { authenticate } from "./sign-in";
import { checkSsoSignIn, findSsoUser, OIDC_PROVIDER_ID, SSO_ERROR_CODES } from "./sso";

// A session is renewed while in use and lapses after a week without; SESSION_LIFETIME_SECONDS caps it in all.
const SESSION_MAX_AGE_SECONDS = 7 * 24 * 60 * 60;

type OidcProfile = { sub: string; email?: string; email_verified?: boolean | string; name?: string };

function oidcProvider(config: OidcConfig): OAuthConfig<OidcProfile> {
  return {
    id: OIDC_PROVIDER_ID,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? null }),
  };
}

export type AuthSettings = { secret: string; oidc: OidcConfig | null; proxyHops: number };

export function buildAuthOptions(settings: AuthSettings): AuthOptions {
  return {
    secret: settings.secret,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: {
          email: { label: "Email", type: "email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (credentials, request) =>
          authenticate({
            email: credentials?.email,
            password: credentials?.password,
            ip: getClientIp(request.headers, { proxyHops: settings.proxyHops }),
          }),
      }),
      ...(settings.oidc ? [oidcProvider(settings.oidc)] : []),
    ],
    callbacks: {
      // Password sign-ins were checked in authorize; SSO ones are let in only for existing members, bound to
      // the provider's subject (lib/auth/sso.ts).
      signIn: async ({ account, profile }) => {
        if (account?.provider !== OIDC_PROVIDER_ID) return true;
        if (!settings.oidc) return false;
        const decision = await checkSsoSignIn({
          profile: profile ?? {},
          subject: account.providerAccountId,
          provider: settings.oidc,
        });
        return decision.ok ? true : `/sign-in?error=${SSO_ERROR_CODES[decision.reason]}`;
      },
      // The token's subject is Throughline's user id: authorize returns it for passwords; for SSO the
      // provider's subject is replaced by the account its verified email belongs to.
      jwt: async ({ token, account, profile, user: signedIn }) => {
        if (account?.provider === OIDC_PROVIDER_ID) {
          const user = await findSsoUser(profile?.email);
          if (!user) throw new Error("SSO sign-in without a matching account");
          token = { ...token, sub: user.id, name: user.name, email: user.email };
        }
        // At sign-in (either way) the session gets the claims that let it end (lib/auth/sessions.ts).
        if (signedIn && token.sub) return { ...token, ...(await startSessionClaims(token.sub)) };
        return token;
      },
      // After single sign-on, next-auth sends the browser to the callback URL: a path on this site only.
      redirect: ({ url, baseUrl }) => {
        const local = url.startsWith(`${baseUrl}/`) ? url.slice(baseUrl.length) : url;
        return `${baseUrl}${getSafeCallbackUrl(local)}`;
      },
      session: ({ session, token }) => ({
        ...session,
        user: { ...session.user, id: token.sub },
        claims: readSessionClaims(token),
      }),
    },
    events: {
      // Signing out ends this session on the server too: a copy of its cookie stops working.
      signOut: async ({ token }) => {
        const claims = readSessionClaims(token);
        if (claims) await revokeSession(claims);
      },
    },
  };
}

let options: AuthOptions | undefined;

export function getAuthOptions(): AuthOptions {
  options ??= buildAuthOptions({
    secret: getAuthSecret(),
    oidc: getOidcConfig(),
    proxyHops: Number(getEnv().THROUGHLINE_TRUST_PROXY),
  });
  return options;
}
