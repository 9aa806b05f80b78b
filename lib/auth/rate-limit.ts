// Sign-in attempt limits, per account and per client address, in fixed windows stored in the database so the
// limit holds across app instances. An attempt takes a slot before the password is checked (so concurrent
// guesses cannot overshoot) and a successful one gives its slot back: only failures count.
import { getPrisma } from "../db/client";

export type Limit = { max: number; windowMs: number };

const WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LIMITS = {
  email: { max: 5, windowMs: WINDOW_MS },
  ip: { max: 20, windowMs: WINDOW_MS },
} as const satisfies Record<string, Limit>;

export type Bucket = { count: number; windowStart: Date };
export type Decision = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/** Pure: the attempt that brought a bucket to `bucket.count` is allowed while the count stays within `max`. */
export function decide(opts: { bucket: Bucket; limit: Limit; now: Date }): Decision {
  const { bucket, limit, now } = opts;
  if (bucket.count <= limit.max) return { allowed: true };
  const remainingMs = bucket.windowStart.getTime() + limit.windowMs - now.getTime();
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(remainingMs / 60_000)) };
}

/** Pure mirror of the SQL in takeSlot: a window that has run out starts again at `now`. */
export function nextBucket(opts: { bucket: Bucket | null; limit: Limit; now: Date }): Bucket {
  const { bucket, limit, now } = opts;
  if (!bucket || bucket.windowStart.getTime() + limit.windowMs <= now.getTime())
    return { count: 1, windowStart: now };
  return { count: bucket.count + 1, windowStart: bucket.windowStart };
}

/** One atomic statement: concurrent attempts on any instance each get their own count. */
export async function takeSlot(key: string, limit: Limit, now: Date): Promise<Bucket> {
  const prisma = await getPrisma();
  const expiredBefore = new Date(now.getTime() - limit.windowMs);
  const rows = await prisma.$queryRaw<{ count: number; windowStart: Date }[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expiredBefore} THEN 1
                     ELSE "RateLimitBucket"."count" + 1 END,
      "windowStart" = CASE WHEN "RateLimitBucket"."windowStart" <= ${expiredBefore} THEN ${now}
                           ELSE "RateLimitBucket"."windowStart" END
    RETURNING "count", "windowStart"`;
  const row = rows[0];
  if (!row) throw new Error("Rate limit upsert returned no row");
  return { count: Number(row.count), windowStart: new Date(row.windowStart) };
}

export type SignInKeys = { email: string; ip: string };

const keysOf = (keys: SignInKeys) =>
  [
    [`sign-in:email:${keys.email}`, SIGN_IN_LIMITS.email],
    [`sign-in:ip:${keys.ip}`, forAddress(keys.ip, SIGN_IN_LIMITS.ip)],
  ] as const;

/** The address every client shares without a trusted proxy (lib/auth/sign-in.ts getClientIp). */
export const SHARED_CLIENT_ADDRESS = "shared";
const SHARED_FACTOR = 5;

/** One bucket for every client is a global brake, not a per-client one: it allows a few times more. */
export function forAddress(ip: string, limit: Limit): Limit {
  return ip === SHARED_CLIENT_ADDRESS ? { ...limit, max: limit.max * SHARED_FACTOR } : limit;
}

/** Takes a slot in both buckets; refused when either is over its limit, with the longer wait. */
export async function takeSignInAttempt(keys: SignInKeys, now = new Date()): Promise<Decision> {
  let refused: Decision = { allowed: true };
  for (const [key, limit] of keysOf(keys)) {
    const decision = decide({ bucket: await takeSlot(key, limit, now), limit, now });
    if (!decision.allowed && (refused.allowed || decision.retryAfterMinutes > refused.retryAfterMinutes))
      refused = decision;
  }
  return refused;
}

/** A successful sign-in gives back the slots it took, so only failures count towards the limits. */
export async function refundSignInAttempt(keys: SignInKeys): Promise<void> {
  const prisma = await getPrisma();
  const names = keysOf(keys).map(([key]) => key);
  await prisma.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ANY(${names})`;
}

/** One attempt at something limited per key (e.g. accepting invitations per address); every attempt counts. */
export async function takeRateLimitSlot(key: string, limit: Limit, now = new Date()): Promise<Decision> {
  return decide({ bucket: await takeSlot(key, limit, now), limit, now });
}
