// Sending webhook deliveries (DESIGN.md, Notifications; issue 15): the worker leases due PENDING deliveries with
// SKIP LOCKED and pushes them LEASE_MS ahead in a short transaction, sends them with no transaction open, then
// records every attempt. A crash mid-send leaves the delivery PENDING and due again once the lease runs out, with
// the same id (the `webhook-id`), so receivers drop what they already had. Deliveries of an inactive endpoint are
// left PENDING and go out, with their ids, once it is active again.

import { getPrisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { withTransaction } from "../db/transaction";
import { getEnv } from "../env";
import { isSuccess, SEND_TIMEOUT_MS, type SendResult, sendWebhook } from "./send";
import { signingSecrets, webhookHeaders } from "./signing";

/** Waits after each failed attempt: retries span over a day (27 h 42 min), then the delivery has FAILED. */
export const RETRY_DELAYS_MS: readonly number[] = [
  30_000, 120_000, 600_000, 1_800_000, 3_600_000, 7_200_000, 14_400_000, 28_800_000, 43_200_000,
];
const BATCH = 20;
/** Sends in flight at once from one instance. */
const PARALLEL = 10;
/**
 * How long a leased batch is this instance's: three times the longest a batch can take (its sends in waves of
 * PARALLEL, each cut off at SEND_TIMEOUT_MS), so a live instance always records before the lease runs out, and a
 * dead one's deliveries go out again a minute later.
 */
export const LEASE_MS = 3 * Math.ceil(BATCH / PARALLEL) * SEND_TIMEOUT_MS;

type Leased = {
  id: string;
  attempts: number;
  endpointId: string;
  endpoint: {
    url: string;
    secret: string;
    previousSecret: string | null;
    previousSecretExpiresAt: Date | null;
  };
  event: { type: string; data: Prisma.JsonValue; createdAt: Date };
};

/** The body every attempt of a delivery carries: the event's type, when it happened and its data. */
export function webhookBody(event: Leased["event"]): string {
  return JSON.stringify({ type: event.type, timestamp: event.createdAt.toISOString(), data: event.data });
}

/** When to try again after `attempts` failed tries, or null when the retries are used up. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  const delay = RETRY_DELAYS_MS[attempts - 1];
  return delay === undefined ? null : new Date(now.getTime() + delay);
}

async function lease(now: Date, limit: number): Promise<string[]> {
  return withTransaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT d."id" FROM "WebhookDelivery" d
      JOIN "WebhookEndpoint" ep ON ep."id" = d."endpointId" AND ep."active"
      WHERE d."status" = 'PENDING' AND d."nextAttemptAt" <= ${now}
      ORDER BY d."nextAttemptAt", d."id" LIMIT ${limit}::int
      FOR UPDATE OF d SKIP LOCKED`;
    const ids = rows.map((r) => r.id);
    if (ids.length > 0)
      await tx.webhookDelivery.updateMany({
        where: { id: { in: ids } },
        data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
      });
    return ids;
  });
}

async function record(
  now: Date,
  results: readonly { delivery: Leased; result: SendResult }[],
): Promise<void> {
  const rows = results.map(({ delivery, result }) => {
    const attempts = delivery.attempts + 1;
    const ok = isSuccess(result);
    const next = ok ? null : nextAttemptAfter(attempts, now);
    const status = ok ? "DELIVERED" : next ? "PENDING" : "FAILED";
    const error = result.error ?? (ok ? null : `HTTP ${result.statusCode}`);
    return { delivery, result, attempts, status, error, next };
  });
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  await withTransaction(async (tx) => {
    // One statement for the batch. Only rows still PENDING at the count they were leased with: a lease that ran
    // out and was taken over by another instance is recorded by that instance, and a delivery deleted meanwhile
    // (with its endpoint) is not recorded at all.
    const updated = await tx.$queryRaw<{ id: string; endpointId: string; status: string }[]>`
      UPDATE "WebhookDelivery" d SET
        "attempts" = v.attempts,
        "lastStatusCode" = v.code,
        "lastError" = v.error,
        "status" = v.status::"DeliveryStatus",
        "nextAttemptAt" = COALESCE(v.next AT TIME ZONE 'UTC', d."nextAttemptAt"),
        "deliveredAt" = CASE WHEN v.status = 'DELIVERED'
          THEN ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC' ELSE d."deliveredAt" END
      FROM unnest(
        ${column((r) => r.delivery.id)}::uuid[],
        ${column((r) => r.delivery.attempts)}::int[],
        ${column((r) => r.attempts)}::int[],
        ${column((r) => r.result.statusCode)}::int[],
        ${column((r) => r.error)}::text[],
        ${column((r) => r.status)}::text[],
        ${column((r) => r.next?.toISOString() ?? null)}::timestamptz[]
      ) AS v(id, leased, attempts, code, error, status, next)
      WHERE d."id" = v.id AND d."status" = 'PENDING' AND d."attempts" = v.leased
      RETURNING d."id", d."endpointId", v.status`;
    const recorded = new Set(updated.map((row) => row.id));
    await tx.webhookAttempt.createMany({
      data: rows
        .filter(({ delivery }) => recorded.has(delivery.id))
        .map(({ delivery, result, attempts }) => ({
          deliveryId: delivery.id,
          attempt: attempts,
          at: now,
          statusCode: result.statusCode,
          error: result.error,
          durationMs: result.durationMs,
        })),
    });
    const endpoints = (status: string) => [
      ...new Set(updated.filter((row) => row.status === status).map((row) => row.endpointId)),
    ];
    const [recovered, failing] = [endpoints("DELIVERED"), endpoints("FAILED")];
    if (recovered.length > 0)
      await tx.webhookEndpoint.updateMany({
        where: { id: { in: recovered }, failingSince: { not: null } },
        data: { failingSince: null },
      });
    if (failing.length > 0)
      await tx.webhookEndpoint.updateMany({
        where: { id: { in: failing }, failingSince: null },
        data: { failingSince: now },
      });
  });
}

/**
 * One batch: leases up to `limit` due deliveries, sends them and records the attempts; returns how many.
 * `now` schedules the retries (tests move it); `webhook-timestamp` is always the real clock at send time.
 */
export async function deliverWebhooks(opts: {
  now: Date;
  limit?: number;
  allowPrivate?: boolean;
  timeoutMs?: number;
}): Promise<number> {
  const ids = await lease(opts.now, opts.limit ?? BATCH);
  if (ids.length === 0) return 0;
  const prisma = await getPrisma();
  const deliveries: Leased[] = await prisma.webhookDelivery.findMany({
    where: { id: { in: ids } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      attempts: true,
      endpointId: true,
      endpoint: { select: { url: true, secret: true, previousSecret: true, previousSecretExpiresAt: true } },
      event: { select: { type: true, data: true, createdAt: true } },
    },
  });
  const allowPrivate = opts.allowPrivate ?? getEnv().THROUGHLINE_WEBHOOK_ALLOW_PRIVATE === "1";
  const results: { delivery: Leased; result: SendResult }[] = [];
  for (let i = 0; i < deliveries.length; i += PARALLEL) {
    const chunk = deliveries.slice(i, i + PARALLEL);
    results.push(
      ...(await Promise.all(
        chunk.map(async (delivery) => {
          const body = webhookBody(delivery.event);
          const sentAt = new Date();
          const headers = webhookHeaders({
            id: delivery.id,
            timestamp: Math.floor(sentAt.getTime() / 1000),
            body,
            secrets: signingSecrets(delivery.endpoint, sentAt),
          });
          const result = await sendWebhook({
            url: delivery.endpoint.url,
            headers,
            body,
            allowPrivate,
            timeoutMs: opts.timeoutMs,
          });
          return { delivery, result };
        }),
      )),
    );
  }
  await record(opts.now, results);
  return results.length;
}
