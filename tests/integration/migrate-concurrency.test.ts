// Several app instances may boot at once against one database; each migration must still apply exactly once.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { type Db, openDb } from "../../lib/db/client";
import { type MigrateResult, migrate, readMigrations } from "../../lib/db/migrate";
import type { SqlRunner } from "../../lib/db/sql";
import { createScratchDatabase, dropScratchDatabase } from "../setup/scratch-db";

/** Two migrate() calls started together: separate handles on PostgreSQL, one shared PGlite handle embedded. */
async function migrateTwiceAtOnce(): Promise<{
  results: MigrateResult[];
  rows: { migration_name: string }[];
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `throughline_t_${randomUUID().replaceAll("-", "")}`;
    const url = await createScratchDatabase({ serverUrl, name });
    const handles: Db[] = [];
    try {
      handles.push(await openDb({ url }), await openDb({ url }));
      const [a, b] = handles as [Db, Db];
      const results = await Promise.all([migrate(a), migrate(b)]);
      return { results, rows: await readMigrationRows(a) };
    } finally {
      await Promise.all(handles.map((h) => h.close()));
      await dropScratchDatabase(serverUrl, name);
    }
  }
  const dir = await mkdtemp(path.join(tmpdir(), "throughline-migrate-"));
  try {
    const db = await openDb({ dataDir: dir });
    try {
      const shared = withInterleaving(db);
      const results = await Promise.all([migrate(shared), migrate(shared)]);
      return { results, rows: await readMigrationRows(db) };
    } finally {
      await db.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The same PGlite session, pausing briefly before each statement. PGlite answers without yielding to the
 * event loop, which usually hides the race; callers in the app can still interleave, and here they do.
 */
function withInterleaving(db: Db): Pick<Db, "withSql"> {
  const interleaved = (sql: SqlRunner): SqlRunner => ({
    exec: async (script) => {
      await sleep(5);
      return sql.exec(script);
    },
    query: async (text, params) => {
      await sleep(5);
      return sql.query(text, params);
    },
  });
  return { withSql: (fn) => db.withSql((sql) => fn(interleaved(sql))) };
}

function readMigrationRows(db: Db): Promise<{ migration_name: string }[]> {
  return db.withSql((sql) =>
    sql.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`,
    ),
  );
}

describe("migrate under concurrency", () => {
  it("two instances starting at once do not apply a migration twice", { timeout: 120_000 }, async () => {
    const names = (await readMigrations()).map((m) => m.name);
    expect(names.length).toBeGreaterThan(0);

    const { results, rows } = await migrateTwiceAtOnce();

    const applied = results.map((r) => r.applied).sort((x, y) => y.length - x.length);
    expect(applied).toEqual([names, []]);
    expect(rows.map((r) => r.migration_name)).toEqual(names);
  });
});
