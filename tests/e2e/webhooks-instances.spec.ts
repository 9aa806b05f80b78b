// Issue 15, "nothing lost": the real app (`next start` of this build) with its worker, against a scratch database
// of its own, delivering to a receiver in this test that verifies every request with standardwebhooks.
// - Crash: the app is SIGKILLed while its first attempts are in flight and events committed meanwhile wait; after
//   a restart every event arrives. Each in-flight delivery arrives exactly twice, both times with the same
//   webhook-id (the lease ran out; a receiver drops the second); each event committed while no app ran, once.
// - Two instances on one PostgreSQL (only with TEST_DATABASE_URL: the embedded database is one process's):
//   200 events committed while both workers run, each delivered exactly once.
import { randomUUID } from "node:crypto";
import { test as base, expect } from "@playwright/test";
import type { Db } from "../../lib/db/client";
import { openDb } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { emitEvent } from "../../lib/outbox/emit";
import { LEASE_MS } from "../../lib/webhooks/deliver";
import { generateWebhookSecret } from "../../lib/webhooks/signing";
import { findBuild, type Server, startServer } from "../bench/server";
import {
  createScratchDatabase,
  dropScratchDatabase,
  removeScratchFolder,
  scratchFolder,
} from "../setup/scratch-db";
import { type Receiver, startReceiver, verifyWith } from "../webhooks/receiver";

const test = base;
const serverUrl = process.env.TEST_DATABASE_URL;
let counter = 0;

type Scratch = { appEnv: Record<string, string>; open: () => Promise<Db>; drop: () => Promise<void> };

async function scratchDb(): Promise<Scratch> {
  const name = `throughline_wh_${process.pid}_${++counter}`;
  if (serverUrl) {
    const url = await createScratchDatabase({ serverUrl, name });
    return {
      appEnv: { DATABASE_URL: url },
      open: () => openDb({ url }),
      drop: () => dropScratchDatabase(serverUrl, name),
    };
  }
  const dataDir = scratchFolder(name);
  return {
    appEnv: { DATABASE_URL: "", THROUGHLINE_DATA_DIR: dataDir },
    open: () => openDb({ dataDir }),
    drop: () => removeScratchFolder(dataDir),
  };
}

/** A workspace with one endpoint at the receiver; returns its id and the endpoint's secret. */
async function prepare(db: Db, url: string) {
  await migrate(db);
  const workspace = await db.prisma.workspace.create({
    data: { name: "Webhooks", slug: `wh-${randomUUID().slice(0, 8)}` },
  });
  const secret = generateWebhookSecret();
  await db.prisma.webhookEndpoint.create({
    data: { workspaceId: workspace.id, url, events: ["verification.due"], secret },
  });
  return { workspaceId: workspace.id, secret };
}

/** A change and its event, committed together: the workspace's cadence, and the event that says so. */
async function commitChanges(db: Db, workspaceId: string, count: number, first = 0): Promise<void> {
  for (let i = first; i < first + count; i++)
    await db.prisma.$transaction(async (tx) => {
      await tx.workspace.update({
        where: { id: workspaceId },
        data: { verificationCadenceDays: 30 + (i % 300) },
      });
      await emitEvent(tx, {
        workspaceId,
        type: "verification.due",
        data: { department: { id: randomUUID(), name: `Dept ${i}` }, touchpoints: [], cadenceDays: i },
      });
    });
}

function appEnv(scratch: Scratch): Record<string, string> {
  return { ...scratch.appEnv, THROUGHLINE_WORKER: "on", THROUGHLINE_WEBHOOK_ALLOW_PRIVATE: "1" };
}

const idsOf = (receiver: Receiver, from = 0) =>
  receiver.requests.slice(from).map((r) => r.headers["webhook-id"]!);

test.beforeAll(() => {
  // A missing build is a failure, never a skip: these tests are about the built app.
  if (!findBuild()) throw new Error("No production build (.next/BUILD_ID): run `next build` first.");
});

test("a crash mid-delivery and events committed while no app runs: all arrive after a restart, ids kept", async () => {
  test.setTimeout(LEASE_MS + 180_000);
  const receiver = await startReceiver(() => ({ status: 200, hang: true }));
  const scratch = await scratchDb();
  const servers: Server[] = [];
  try {
    let db = await scratch.open();
    const { workspaceId, secret } = await prepare(db, receiver.url);
    await commitChanges(db, workspaceId, 3);
    await db.close();

    // First start: the worker sends all three; the receiver holds every answer; then the app is killed.
    servers.push(await startServer({ appEnv: appEnv(scratch), firstPort: 3400 }));
    await expect.poll(() => receiver.requests.length, { timeout: 60_000 }).toBe(3);
    const inFlight = idsOf(receiver);
    await servers[0]!.kill();

    // Committed while no app runs (the killed one's lock on an embedded folder is stale now).
    db = await scratch.open();
    await commitChanges(db, workspaceId, 2, 3);
    await db.close();

    receiver.respond = () => ({ status: 200 });
    const before = receiver.requests.length;
    servers.push(await startServer({ appEnv: appEnv(scratch), firstPort: 3400 }));
    // The two new ones go out at once; the three in flight when killed once their lease has run out.
    await expect.poll(() => new Set(idsOf(receiver, before)).size, { timeout: LEASE_MS + 90_000 }).toBe(5);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await servers[1]!.stop();

    const after = idsOf(receiver, before);
    expect(after).toHaveLength(5);
    for (const id of inFlight) expect(idsOf(receiver).filter((x) => x === id)).toHaveLength(2);
    const fresh = after.filter((id) => !inFlight.includes(id));
    expect(fresh).toHaveLength(2);
    for (const id of fresh) expect(idsOf(receiver).filter((x) => x === id)).toHaveLength(1);
    const cadences = receiver.requests.map((r) => verifyWith(secret, r).data.cadenceDays);
    expect(new Set(cadences)).toEqual(new Set([0, 1, 2, 3, 4]));

    db = await scratch.open();
    const deliveries = await db.prisma.webhookDelivery.findMany({ select: { id: true, status: true } });
    await db.close();
    expect(deliveries.map((d) => d.status)).toEqual(Array(5).fill("DELIVERED"));
    expect(new Set(deliveries.map((d) => d.id))).toEqual(new Set(after));
  } finally {
    for (const server of servers) await server.stop();
    await receiver.close();
    await scratch.drop();
  }
});

if (serverUrl)
  test("two instances on one PostgreSQL deliver each of 200 events exactly once", {
    tag: "@smoke",
  }, async () => {
    test.setTimeout(240_000);
    const receiver = await startReceiver();
    const scratch = await scratchDb();
    const servers: Server[] = [];
    const db = await scratch.open();
    try {
      const { workspaceId, secret } = await prepare(db, receiver.url);
      servers.push(await startServer({ appEnv: appEnv(scratch), firstPort: 3420 }));
      servers.push(await startServer({ appEnv: appEnv(scratch), firstPort: 3440 }));
      // Committed while both run, so both workers compete for them.
      await commitChanges(db, workspaceId, 200);
      await expect.poll(() => new Set(idsOf(receiver)).size, { timeout: 120_000 }).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      expect(receiver.requests).toHaveLength(200);
      for (const request of receiver.requests)
        expect(verifyWith(secret, request).type).toBe("verification.due");
      const attempts = await db.prisma.webhookAttempt.count();
      expect(attempts).toBe(200);
    } finally {
      for (const server of servers) await server.stop();
      await db.close();
      await receiver.close();
      await scratch.drop();
    }
  });
