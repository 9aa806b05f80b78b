// Sign-in attempt limits, per account and per client address, in fixed windows stored in the database so the
// limit holds across app instances. An attempt takes a slot before the password is checked (so concurrent
// guesses cannot overshoot) and a successful one gives its slot back: only failures count.
import { getPrisma } from "../db/client";
import { UNKNOWN_CLIENT } from "./client-address";

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

/**
 * The buckets an attempt counts in: its account always; its client address only when a trusted proxy told us
 * which client it is. There is no bucket every client shares: one client could fill it and lock everyone out,
 * including accounts it never tried.
 */
const keysOf = (keys: SignInKeys) =>
  [
    [`sign-in:email:${keys.email}`, SIGN_IN_LIMITS.email],
    ...(keys.ip === UNKNOWN_CLIENT ? [] : [[`sign-in:ip:${keys.ip}`, SIGN_IN_LIMITS.ip] as const]),
  ] as const;

export type SignInDecision =
  | { allowed: true }
  | { allowed: false; retryAfterMinutes: number; isFirstRefusal: boolean };

/**
 * Takes a slot in each bucket; refused when any is over its limit, with the longest wait. `isFirstRefusal` marks
 * the attempt that went over: refusals are counted in the buckets, and only that first one is worth an event.
 */
export async function takeSignInAttempt(keys: SignInKeys, now = new Date()): Promise<SignInDecision> {
  const refusals: { retryAfterMinutes: number; isFirst: boolean }[] = [];
  for (const [key, limit] of keysOf(keys)) {
    const bucket = await takeSlot(key, limit, now);
    if (bucket.count === 1) await pruneRateLimitBuckets(now);
    const decision = decide({ bucket, limit, now });
    if (!decision.allowed) refusals.push({ ...decision, isFirst: bucket.count === limit.max + 1 });
  }
  if (refusals.length === 0) return { allowed: true };
  return {
    allowed: false,
    retryAfterMinutes: Math.max(...refusals.map((r) => r.retryAfterMinutes)),
    isFirstRefusal: refusals.some((r) => r.isFirst),
  };
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

/** Longer than any window: a bucket older than this can only restart, so it is dropped. */
const BUCKET_TTL_MS = 24 * 60 * 60 * 1000;

/** Forgets buckets whose window ended long ago, so the table stays as small as the recent attempts. */
export async function pruneRateLimitBuckets(now = new Date()): Promise<number> {
  const prisma = await getPrisma();
  return prisma.$executeRaw`
    DELETE FROM "RateLimitBucket" WHERE "windowStart" < ${new Date(now.getTime() - BUCKET_TTL_MS)}`;
}
