// The one place that reads process.env: validated once, on first use (never at import, so `next build`
// needs no configuration).
import { z } from "zod";

// A DNS name with at least two labels, lower-cased: what follows the @ of an address the provider may vouch for.
const ZDomain = z
  .string()
  .regex(/^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/, {
    error: (issue) => `"${String(issue.input)}" is not a domain name like acme.com`,
  });

const ZDomainList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((domain) => domain.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(ZDomain).min(1, { error: "list at least one domain, e.g. acme.com,acme.co.uk" }));

const ZEnv = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // A PostgreSQL server; without it the app runs on embedded PGlite in THROUGHLINE_DATA_DIR.
    DATABASE_URL: z.url().optional(),
    THROUGHLINE_DATA_DIR: z.string().min(1).default("./.data"),
    // `demo` seeds the demo workspace into an empty database at start; `none` leaves it empty. Unset: see getSeedMode.
    THROUGHLINE_SEED: z.enum(["demo", "none"]).optional(),
    // First run's setup token, for scripted installs; unset, the server makes one and prints it at start.
    THROUGHLINE_SETUP_TOKEN: z.string().min(20).max(200).optional(),
    // Signs the session cookie. Required in production (getAuthSecret); development and tests use a fixed default.
    NEXTAUTH_SECRET: z.string().min(1).optional(),
    // The public address (https://…): next-auth builds its links from it and marks cookies Secure when it is https.
    NEXTAUTH_URL: z.url().optional(),
    // Single sign-on through any OpenID Connect provider: the issuer, client id and secret all set, or none.
    OIDC_ISSUER: z.url().optional(),
    OIDC_CLIENT_ID: z.string().min(1).optional(),
    OIDC_CLIENT_SECRET: z.string().min(1).optional(),
    // The sign-in button's label: "Sign in with <OIDC_NAME>".
    OIDC_NAME: z.string().trim().min(1).max(60).default("single sign-on"),
    // Comma-separated: only emails in exactly these domains may sign in through single sign-on.
    OIDC_ALLOWED_DOMAINS: ZDomainList.optional(),
    // How many proxies in front of the app append to X-Forwarded-For (0: none, so no client address is known).
    THROUGHLINE_TRUST_PROXY: z.enum(["0", "1", "2", "3", "4", "5"]).default("0"),
    // `off` keeps this instance from running the notification worker (lib/outbox): another instance delivers.
    THROUGHLINE_WORKER: z.enum(["on", "off"]).default("on"),
    // The mail server notifications go through (smtp://user:pass@host:587, smtps://…:465); unset, nothing is sent.
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: "SMTP_URL must look like smtp://user:password@host:587" })
      .optional(),
    // The sender of every notification mail.
    MAIL_FROM: z.string().trim().min(3).default("Throughline <throughline@localhost>"),
    // `1` lets webhooks reach loopback, private and link-local addresses (local receivers, tests); never in production.
    THROUGHLINE_WEBHOOK_ALLOW_PRIVATE: z.enum(["0", "1"]).default("0"),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean))
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message:
          "single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together (or none of them)",
      });
    // A limit on a sign-in method that is off would look like protection while doing nothing.
    if (env.OIDC_ALLOWED_DOMAINS && !env.OIDC_ISSUER)
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ALLOWED_DOMAINS"],
        message:
          "OIDC_ALLOWED_DOMAINS applies to single sign-on only: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET too",
      });
  });

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

export function getEnv(): TEnv {
  if (cached) return cached;
  const parsed = ZEnv.safeParse({
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || undefined,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || undefined,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || undefined,
    OIDC_ISSUER: process.env.OIDC_ISSUER || undefined,
    OIDC_CLIENT_ID: process.env.OIDC_CLIENT_ID || undefined,
    OIDC_CLIENT_SECRET: process.env.OIDC_CLIENT_SECRET || undefined,
    OIDC_NAME: process.env.OIDC_NAME || undefined,
    OIDC_ALLOWED_DOMAINS: process.env.OIDC_ALLOWED_DOMAINS || undefined,
    THROUGHLINE_TRUST_PROXY: process.env.THROUGHLINE_TRUST_PROXY || undefined,
    THROUGHLINE_SEED: process.env.THROUGHLINE_SEED || undefined,
    THROUGHLINE_SETUP_TOKEN: process.env.THROUGHLINE_SETUP_TOKEN || undefined,
    THROUGHLINE_WORKER: process.env.THROUGHLINE_WORKER || undefined,
    SMTP_URL: process.env.SMTP_URL || undefined,
    MAIL_FROM: process.env.MAIL_FROM || undefined,
    THROUGHLINE_WEBHOOK_ALLOW_PRIVATE: process.env.THROUGHLINE_WEBHOOK_ALLOW_PRIVATE || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  cached = parsed.data;
  return cached;
}

/** Tests switch databases between files; this forgets the cached values. */
export function resetEnvForTesting(): void {
  cached = undefined;
}

/** Public on purpose: it signs development and test sessions only, and getAuthSecret refuses it in production. */
export const DEV_AUTH_SECRET = "throughline-development-secret-never-used-in-production";

/**
 * The secret that signs session cookies. Production without NEXTAUTH_SECRET throws (the server refuses to
 * start, see instrumentation.ts), so a deployment never signs sessions with the public development default.
 */
export function getAuthSecret(env: Pick<TEnv, "NODE_ENV" | "NEXTAUTH_SECRET"> = getEnv()): string {
  if (env.NEXTAUTH_SECRET) {
    if (env.NODE_ENV === "production" && env.NEXTAUTH_SECRET === DEV_AUTH_SECRET)
      throw new Error("NEXTAUTH_SECRET is the public development default. Set a secret of your own.");
    return env.NEXTAUTH_SECRET;
  }
  if (env.NODE_ENV === "production")
    throw new Error(
      "NEXTAUTH_SECRET is not set. Set it to a long random value (for example `openssl rand -base64 32`).",
    );
  return DEV_AUTH_SECRET;
}

/**
 * Whether an empty database gets the demo workspace, whose accounts have a published password. Asked for
 * explicitly, that wins; unset, yes for the embedded quick start and development, but never into a PostgreSQL
 * server in production (`reason` says why, for the start-up log).
 */
export function getSeedMode(env: Pick<TEnv, "NODE_ENV" | "DATABASE_URL" | "THROUGHLINE_SEED"> = getEnv()): {
  mode: "demo" | "none";
  reason: string | null;
} {
  if (env.THROUGHLINE_SEED) return { mode: env.THROUGHLINE_SEED, reason: null };
  if (env.NODE_ENV === "production" && env.DATABASE_URL)
    return {
      mode: "none",
      reason:
        "not seeding the demo workspace (its accounts have a published password) into a PostgreSQL server in production; set THROUGHLINE_SEED=demo to do it anyway",
    };
  return { mode: "demo", reason: null };
}

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  name: string;
  /** Lower-case domains an SSO email must be in; null lets in any domain (members only, as always). */
  allowedDomains: readonly string[] | null;
};

/** Single sign-on's settings, or null when it is not configured (the env check makes it all or nothing). */
export function getOidcConfig(
  env: Pick<
    TEnv,
    "OIDC_ISSUER" | "OIDC_CLIENT_ID" | "OIDC_CLIENT_SECRET" | "OIDC_NAME" | "OIDC_ALLOWED_DOMAINS"
  > = getEnv(),
): OidcConfig | null {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return null;
  return {
    issuer: env.OIDC_ISSUER.replace(/\/+$/, ""),
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    name: env.OIDC_NAME,
    allowedDomains: env.OIDC_ALLOWED_DOMAINS ?? null,
  };
}
