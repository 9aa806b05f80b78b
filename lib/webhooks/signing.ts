// Standard Webhooks signatures (https://www.standardwebhooks.com): "whsec_" + base64 of 32 random bytes as the
// secret, and `v1,` + base64 HMAC-SHA256 over `${id}.${timestamp}.${body}` keyed with the decoded secret. Several
// space-separated signatures let a receiver that still has the previous secret verify during a rotation.
import { createHmac, randomBytes } from "node:crypto";

const PREFIX = "whsec_";
/** How long a rotated-out secret keeps signing beside the new one. */
export const PREVIOUS_SECRET_OVERLAP_MS = 24 * 3_600_000;

export function generateWebhookSecret(): string {
  return PREFIX + randomBytes(32).toString("base64");
}

export function signWebhook(opts: { secret: string; id: string; timestamp: number; body: string }): string {
  const key = Buffer.from(
    opts.secret.startsWith(PREFIX) ? opts.secret.slice(PREFIX.length) : opts.secret,
    "base64",
  );
  const mac = createHmac("sha256", key).update(`${opts.id}.${opts.timestamp}.${opts.body}`).digest("base64");
  return `v1,${mac}`;
}

/** The secrets that sign at `now`: the current one, and the previous one until its overlap ends. */
export function signingSecrets(
  endpoint: { secret: string; previousSecret: string | null; previousSecretExpiresAt: Date | null },
  now: Date,
): string[] {
  const hasPrevious =
    endpoint.previousSecret !== null &&
    endpoint.previousSecretExpiresAt !== null &&
    endpoint.previousSecretExpiresAt > now;
  return hasPrevious ? [endpoint.secret, endpoint.previousSecret as string] : [endpoint.secret];
}

/** The three Standard Webhooks headers and the content type of one attempt. */
export function webhookHeaders(opts: {
  id: string;
  timestamp: number;
  body: string;
  secrets: readonly string[];
}): Record<string, string> {
  const signature = opts.secrets.map((secret) => signWebhook({ ...opts, secret })).join(" ");
  return {
    "content-type": "application/json",
    "webhook-id": opts.id,
    "webhook-timestamp": String(opts.timestamp),
    "webhook-signature": signature,
  };
}
