import "server-only";
// Sending planned notifications (worker jobs, lib/outbox/jobs.ts). Due rows are leased in a short transaction
// (SKIP LOCKED, nextAttemptAt pushed past the lease), mailed outside any transaction, then marked DELIVERED or
// given a later attempt with exponential backoff, FAILED after MAX_ATTEMPTS. A crash after sending and before
// marking sends again once the lease ends: at least once, with the same Message-ID so duplicates are recognisable.
import type { Prisma } from "../db/generated/client";
import type { NotificationMode } from "../db/generated/enums";
import { type Tx, withTransaction } from "../db/transaction";
import { getAuthSecret, getEnv } from "../env";
import { composeMail, describeEvent, kindLabel } from "./compose";
import { isNotificationKind, type NotificationKind } from "./kinds";
import { getMailer, type Mailer, type OutgoingMail } from "./mailer";
import { createUnsubscribeToken } from "./unsubscribe-token";

const LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 8;
/** Digests go out once a day, from this UTC hour on, with everything planned before that UTC day began. */
export const DIGEST_HOUR_UTC = 7;

/** 1 min, 2 min, 4 min … capped at 6 h: eight attempts span about four hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

type Leased = {
  id: string;
  userId: string;
  workspaceId: string;
  kind: string;
  attempts: number;
  type: string;
  data: Prisma.JsonValue;
  email: string;
  slug: string;
  workspaceName: string;
  membershipId: string | null;
};

async function readLeased(tx: Tx, ids: readonly string[]): Promise<Leased[]> {
  if (ids.length === 0) return [];
  return tx.$queryRaw<Leased[]>`
    SELECT n."id", n."userId", n."workspaceId", n."kind", n."attempts", e."type", e."data", u."email",
      w."slug", w."name" AS "workspaceName", m."id" AS "membershipId"
    FROM "Notification" n
    JOIN "OutboxEvent" e ON e."id" = n."eventId"
    JOIN "User" u ON u."id" = n."userId"
    JOIN "Workspace" w ON w."id" = n."workspaceId"
    LEFT JOIN "Membership" m ON m."workspaceId" = n."workspaceId" AND m."userId" = n."userId"
    WHERE n."id" = ANY(${ids}::uuid[])
    ORDER BY e."createdAt", n."id"`;
}

/** Leases due rows; people who left the workspace since are dropped, never mailed. */
async function lease(lock: (tx: Tx, leaseUntil: Date) => Promise<{ id: string }[]>, now: Date) {
  return withTransaction(async (tx) => {
    const leased = await readLeased(
      tx,
      (await lock(tx, new Date(now.getTime() + LEASE_MS))).map((r) => r.id),
    );
    const gone = leased.filter((n) => n.membershipId === null).map((n) => n.id);
    if (gone.length > 0) await tx.notification.deleteMany({ where: { id: { in: gone } } });
    return leased.filter((n): n is Leased & { membershipId: string } => n.membershipId !== null);
  });
}

async function record(opts: { now: Date; sent: string[]; failed: { n: Leased; error: string }[] }) {
  const { now } = opts;
  await withTransaction(async (tx) => {
    if (opts.sent.length > 0)
      await tx.notification.updateMany({
        where: { id: { in: opts.sent } },
        data: { status: "DELIVERED", sentAt: now, lastError: null },
      });
    for (const { n, error } of opts.failed)
      await tx.notification.update({
        where: { id: n.id },
        data: {
          lastError: error.slice(0, 500),
          ...(n.attempts >= MAX_ATTEMPTS
            ? { status: "FAILED" }
            : { nextAttemptAt: new Date(now.getTime() + retryDelayMs(n.attempts)) }),
        },
      });
  });
}

function links(opts: { slug: string; membershipId: string; kinds: NotificationKind[] }) {
  const baseUrl = (getEnv().NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  const token = createUnsubscribeToken(opts, getAuthSecret());
  return {
    baseUrl,
    settingsUrl: `${baseUrl}/w/${opts.slug}/settings#notifications-heading`,
    unsubscribeUrl: `${baseUrl}/unsubscribe?token=${encodeURIComponent(token)}`,
    oneClickUrl: `${baseUrl}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`,
  };
}

function kindsOf(items: readonly Leased[]): NotificationKind[] {
  return [...new Set(items.map((n) => n.kind).filter(isNotificationKind))];
}

function buildMail(items: readonly (Leased & { membershipId: string })[], mode: NotificationMode) {
  const first = items[0]!;
  const kinds = kindsOf(items);
  const url = links({ slug: first.slug, membershipId: first.membershipId, kinds });
  const described = items.map((n) => describeEvent(n, { baseUrl: url.baseUrl, slug: first.slug }));
  const subject =
    mode === "DIGEST"
      ? `Daily digest for ${first.workspaceName}: ${items.length} update${items.length === 1 ? "" : "s"}`
      : described[0]!.headline;
  const mail = composeMail({
    subject,
    intro:
      mode === "DIGEST"
        ? `What happened in ${first.workspaceName} that you asked to hear about once a day:`
        : `In ${first.workspaceName}:`,
    items: described,
    workspaceName: first.workspaceName,
    footer: {
      kindLabels: kinds.map(kindLabel),
      mode: mode === "DIGEST" ? "DIGEST" : "IMMEDIATE",
      settingsUrl: url.settingsUrl,
      unsubscribeUrl: url.unsubscribeUrl,
    },
  });
  return {
    ...mail,
    to: first.email,
    // The first notification's id names the mail: a digest sent again carries the same one.
    messageId: `<${first.id}@throughline>`,
    unsubscribeUrl: url.oneClickUrl,
  } satisfies OutgoingMail;
}

async function trySend(mailer: Mailer, mail: OutgoingMail): Promise<string | null> {
  try {
    await mailer.send(mail);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Mails every due IMMEDIATE notification (up to `limit`); returns how many were handled. */
export async function sendImmediateNotifications(opts: { now: Date; limit?: number }): Promise<number> {
  const mailer = getMailer();
  if (!mailer) return 0;
  const { now } = opts;
  const leased = await lease(
    (tx, leaseUntil) => tx.$queryRaw<{ id: string }[]>`
      WITH due AS (
        SELECT "id" FROM "Notification"
        WHERE "status" = 'PENDING' AND "mode" = 'IMMEDIATE' AND "nextAttemptAt" <= ${now}
        ORDER BY "nextAttemptAt", "id" LIMIT ${opts.limit ?? 50}::int
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "Notification" n SET "nextAttemptAt" = ${leaseUntil}, "attempts" = n."attempts" + 1
      FROM due WHERE n."id" = due."id" RETURNING n."id"`,
    now,
  );
  const sent: string[] = [];
  const failed: { n: Leased; error: string }[] = [];
  for (const n of leased) {
    const error = await trySend(mailer, buildMail([n], "IMMEDIATE"));
    if (error === null) sent.push(n.id);
    else failed.push({ n, error });
  }
  await record({ now, sent, failed });
  return leased.length;
}

/** The start of `now`'s UTC day. */
export function utcDayStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/**
 * From DIGEST_HOUR_UTC on, one mail per member and workspace with every DIGEST notification planned before
 * today (UTC) began; up to `limit` members per run. Returns how many notifications were handled.
 */
export async function sendDigests(opts: { now: Date; limit?: number }): Promise<number> {
  const mailer = getMailer();
  const { now } = opts;
  if (!mailer || now.getUTCHours() < DIGEST_HOUR_UTC) return 0;
  const before = utcDayStart(now);
  const leased = await lease(
    (tx, leaseUntil) => tx.$queryRaw<{ id: string }[]>`
      WITH member AS (
        SELECT DISTINCT "userId", "workspaceId" FROM "Notification"
        WHERE "status" = 'PENDING' AND "mode" = 'DIGEST' AND "createdAt" < ${before} AND "nextAttemptAt" <= ${now}
        ORDER BY "userId", "workspaceId" LIMIT ${opts.limit ?? 20}::int
      ),
      due AS (
        SELECT n."id" FROM "Notification" n JOIN member USING ("userId", "workspaceId")
        WHERE n."status" = 'PENDING' AND n."mode" = 'DIGEST' AND n."createdAt" < ${before}
          AND n."nextAttemptAt" <= ${now}
        FOR UPDATE OF n SKIP LOCKED
      )
      UPDATE "Notification" n SET "nextAttemptAt" = ${leaseUntil}, "attempts" = n."attempts" + 1
      FROM due WHERE n."id" = due."id" RETURNING n."id"`,
    now,
  );
  const groups = new Map<string, (typeof leased)[number][]>();
  for (const n of leased) {
    const key = `${n.userId}:${n.workspaceId}`;
    groups.set(key, [...(groups.get(key) ?? []), n]);
  }
  const sent: string[] = [];
  const failed: { n: Leased; error: string }[] = [];
  for (const items of groups.values()) {
    const error = await trySend(mailer, buildMail(items, "DIGEST"));
    if (error === null) sent.push(...items.map((n) => n.id));
    else failed.push(...items.map((n) => ({ n, error })));
  }
  await record({ now, sent, failed });
  return leased.length;
}
