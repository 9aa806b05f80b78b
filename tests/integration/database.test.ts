// The database layer itself: data is durable, concurrent requests are safe, and nothing opens at import.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { type Db, openDb, setDbForTesting } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { resetEnvForTesting } from "../../lib/env";
import { createScratchDatabase, dropScratchDatabase } from "../setup/scratch-db";
import { registerTestDb } from "../setup/test-db";

const getTestDb = registerTestDb();

/** A fresh, empty database of this run's kind; `open` returns a new handle to it on every call. */
async function withEmptyDatabase(fn: (open: () => Promise<Db>) => Promise<void>): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `throughline_t_${randomUUID().replaceAll("-", "")}`;
    const url = await createScratchDatabase({ serverUrl, name });
    try {
      await fn(() => openDb({ url }));
    } finally {
      await dropScratchDatabase(serverUrl, name);
    }
    return;
  }
  const dir = await mkdtemp(path.join(tmpdir(), "throughline-db-"));
  try {
    await fn(() => openDb({ dataDir: dir }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function using<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

describe("database", () => {
  it("data survives a restart", { timeout: 120_000 }, async () => {
    const slug = `restart-${randomUUID()}`;
    await withEmptyDatabase(async (open) => {
      await using(await open(), async (db) => {
        await migrate(db);
        await db.prisma.workspace.create({ data: { name: "Survivor", slug } });
      });
      const found = await using(await open(), (db) => db.prisma.workspace.findUnique({ where: { slug } }));
      expect(found).toMatchObject({ name: "Survivor", slug });
    });
  });

  it("concurrent requests work", async () => {
    const { prisma } = getTestDb();
    const { id: workspaceId } = await prisma.workspace.create({
      data: { name: "Busy", slug: `busy-${randomUUID()}` },
    });
    const total = 25;

    // PGlite runs one transaction at a time, so the others must be allowed to queue.
    const writes = Array.from({ length: total }, (_, i) =>
      prisma.$transaction(
        async (tx) => {
          const department = await tx.department.create({
            data: { workspaceId, name: `Department ${i}`, color: "#3366aa", position: i },
          });
          await tx.auditEvent.create({
            data: {
              workspaceId,
              action: "department.created",
              entityType: "Department",
              entityId: department.id,
            },
          });
          return department.id;
        },
        { maxWait: 30_000, timeout: 30_000 },
      ),
    );
    // One statement, one snapshot: a reader sees each department together with its audit event, or neither.
    const reads = Array.from(
      { length: total },
      () =>
        prisma.$queryRaw<{ departments: number; events: number }[]>`
        SELECT (SELECT count(*)::int FROM "Department" WHERE "workspaceId" = ${workspaceId}::uuid) AS departments,
               (SELECT count(*)::int FROM "AuditEvent" WHERE "workspaceId" = ${workspaceId}::uuid) AS events`,
    );
    const [ids, snapshots] = await Promise.all([Promise.all(writes), Promise.all(reads)]);

    expect(new Set(ids).size).toBe(total);
    for (const [snapshot] of snapshots) {
      expect(snapshot?.departments).toBe(snapshot?.events);
      expect(snapshot?.departments).toBeLessThanOrEqual(total);
    }
    expect(await prisma.department.count({ where: { workspaceId } })).toBe(total);
    expect(await prisma.auditEvent.count({ where: { workspaceId, entityType: "Department" } })).toBe(total);
  });

  it("opening the database never happens at import", { timeout: 120_000 }, async () => {
    // Opening embedded PGlite creates its data folder, so a folder that does not exist yet shows any attempt.
    const dir = await mkdtemp(path.join(tmpdir(), "throughline-lazy-"));
    const dataDir = path.join(dir, "data");
    const slot = globalThis as { __throughlineDb?: unknown };
    try {
      vi.stubEnv("DATABASE_URL", "");
      vi.stubEnv("THROUGHLINE_DATA_DIR", dataDir);
      resetEnvForTesting();
      setDbForTesting(undefined);
      vi.resetModules();

      const client = await import("../../lib/db/client");

      expect(slot.__throughlineDb).toBeUndefined();
      expect(existsSync(dataDir)).toBe(false);
      // The same environment does open a database, on the first getDb().
      const db = await client.getDb();
      try {
        expect(db.kind).toBe("embedded");
        expect(existsSync(dataDir)).toBe(true);
      } finally {
        await db.close();
      }
    } finally {
      vi.unstubAllEnvs();
      resetEnvForTesting();
      setDbForTesting(getTestDb());
      await rm(dir, { recursive: true, force: true });
    }
  });
});
