// Each test file that touches the database starts from a clean, migrated database: on PostgreSQL its own copy of
// the run's template; embedded, its worker's database emptied of every row.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { type Db, openDb, setDbForTesting } from "../../lib/db/client";
import { createScratchDatabase, dropScratchDatabase } from "./scratch-db";

type Scratch = { db: Db; release: () => Promise<void> };

/**
 * The embedded database of this worker process. Files that share their worker's modules (vitest.config.ts) share
 * it too: loading the 40 MB template into a new PGlite costs about half a second of CPU per file, emptying the
 * tables a few milliseconds. A file run in a process of its own loads it once, as before.
 */
let workerDb: Promise<Db> | undefined;

/** Empties every table but the migrations' record, as the template has them (migrations insert no rows). */
async function emptyTables(db: Db): Promise<void> {
  await db.withSql(async (sql) => {
    const tables = await sql.query<{ name: string }>(
      `SELECT quote_ident(tablename) AS name FROM pg_tables
       WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
    );
    if (tables.length > 0)
      await sql.exec(`TRUNCATE ${tables.map((t) => t.name).join(", ")} RESTART IDENTITY CASCADE`);
  });
}

async function openScratchDb(): Promise<Scratch> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = inject("templateDatabase");
  if (serverUrl && template) {
    const name = `throughline_t_${randomUUID().replaceAll("-", "")}`;
    const db = await openDb({ url: await createScratchDatabase({ serverUrl, name, template }) });
    return {
      db,
      release: async () => {
        await db.close();
        await dropScratchDatabase(serverUrl, name);
      },
    };
  }
  const isNew = workerDb === undefined;
  workerDb ??= readFile(inject("pgliteTemplatePath")).then((dump) =>
    openDb({ dataDir: "memory://", template: new Blob([dump]) }),
  );
  const db = await workerDb;
  // Emptied as a file starts rather than as one ends, so a file that stopped half-way leaves nothing behind.
  if (!isNew) await emptyTables(db);
  return { db, release: async () => undefined };
}

/**
 * Registers hooks that give this test file a clean database, also returned by getDb(), and remove it after.
 * Returns an accessor, valid inside tests and later hooks.
 */
export function registerTestDb(): () => Db {
  let scratch: Scratch | undefined;
  beforeAll(async () => {
    scratch = await openScratchDb();
    setDbForTesting(scratch.db);
  });
  afterAll(async () => {
    setDbForTesting(undefined);
    await scratch?.release();
  });
  return () => {
    if (!scratch) throw new Error("registerTestDb(): the database is only available inside tests and hooks");
    return scratch.db;
  };
}
