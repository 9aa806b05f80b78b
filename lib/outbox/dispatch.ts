// Fanning events out (DESIGN.md, Notifications): each event not yet dispatched becomes one webhook delivery per
// active endpoint subscribed to its type, and the notifications its fan-outs plan, in one transaction that also
// marks it dispatched. Rows are taken with SKIP LOCKED, so several instances never fan out the same event; a
// crash before the commit leaves it undispatched for the next run.
import type { Prisma } from "../db/generated/client";
import { type Tx, withTransaction } from "../db/transaction";
import type { EventType } from "./events";

export type DispatchedEvent = {
  id: string;
  workspaceId: string;
  type: EventType;
  data: Prisma.JsonValue;
  createdAt: Date;
};

/** One consumer of events: writes, in the dispatching transaction, whatever it will deliver later. */
export type FanOut = (tx: Tx, events: readonly DispatchedEvent[]) => Promise<void>;

/** A delivery per active endpoint of the event's workspace that subscribes to its type. */
export const planWebhookDeliveries: FanOut = async (tx, events) => {
  await tx.$executeRaw`
    INSERT INTO "WebhookDelivery" ("id", "workspaceId", "endpointId", "eventId", "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid(), e."workspaceId", ep."id", e."id", now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM "OutboxEvent" e
    JOIN "WebhookEndpoint" ep ON ep."workspaceId" = e."workspaceId" AND ep."active" AND e."type" = ANY(ep."events")
    WHERE e."id" = ANY(${events.map((e) => e.id)}::uuid[])
    ON CONFLICT ("endpointId", "eventId") DO NOTHING`;
};

/** Fans out up to `limit` events, oldest first; returns how many. */
export async function dispatchEvents(opts: { fanOuts: readonly FanOut[]; limit?: number }): Promise<number> {
  return withTransaction(async (tx) => {
    const events = await tx.$queryRaw<DispatchedEvent[]>`
      SELECT "id", "workspaceId", "type", "data", "createdAt" FROM "OutboxEvent"
      WHERE "dispatchedAt" IS NULL ORDER BY "createdAt", "id" LIMIT ${opts.limit ?? 200}::int
      FOR UPDATE SKIP LOCKED`;
    if (events.length === 0) return 0;
    for (const fanOut of opts.fanOuts) await fanOut(tx, events);
    await tx.$executeRaw`
      UPDATE "OutboxEvent" SET "dispatchedAt" = now() AT TIME ZONE 'UTC'
      WHERE "id" = ANY(${events.map((e) => e.id)}::uuid[])`;
    return events.length;
  });
}
