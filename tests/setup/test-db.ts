// Each test file that touches the database starts from a clean, migrated database: on PostgreSQL its own copy of
// the run's template; embedded, its worker's database emptied of every row.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { type Db, openDb, setDbForTesting } from "../../lib/db/client";
import { createScratchDatabase, dropScratchDatabase } from "./scratch-db";

type Scratch = { db: Db; release: () => Promise<void> };

/**
 * The embedded database of this worker process, with the fingerprint of its schema as loaded. Files that share
 * their worker's modules (vitest.config.ts) share it too: loading the 40 MB template into a new PGlite costs about
 * half a second of CPU per file, emptying the tables a few milliseconds. A file run in a process of its own loads
 * it once, as before.
 */
let workerDb: Promise<{ db: Db; fingerprint: string }> | undefined;

/**
 * What emptying the tables cannot put back: the schema's relations, columns, functions, triggers and enum values,
 * and the migrations' record (migration tests add to it). A file that changed any of them leaves the next file a
 * fresh database.
 */
async function schemaFingerprint(db: Db): Promise<string> {
  const [row] = await db.withSql((sql) =>
    sql.query<{ fingerprint: string }>(
      `SELECT md5(concat_ws('|',
        (SELECT string_agg(concat_ws(':', c.relname, c.relkind::text, a.attname, a.atttypid),
            ',' ORDER BY c.relname, a.attnum)
          FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
          WHERE n.nspname = 'public'),
        (SELECT string_agg(p.proname, ',' ORDER BY p.proname)
          FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public'),
        (SELECT string_agg(concat_ws(':', c.relname, t.tgname), ',' ORDER BY c.relname, t.tgname)
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal),
        (SELECT string_agg(concat_ws(':', ty.typname, e.enumlabel), ',' ORDER BY ty.typname, e.enumsortorder)
          FROM pg_enum e JOIN pg_type ty ON ty.oid = e.enumtypid
          JOIN pg_namespace n ON n.oid = ty.typnamespace WHERE n.nspname = 'public'),
        (SELECT string_agg(concat_ws(':', migration_name, checksum, finished_at IS NULL, rolled_back_at IS NULL),
            ',' ORDER BY migration_name)
          FROM "_prisma_migrations")
      )) AS fingerprint`,
    ),
  );
  if (!row) throw new Error("schemaFingerprint: no row");
  return row.fingerprint;
}

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

async function openTemplateCopy(): Promise<{ db: Db; fingerprint: string }> {
  const dump = await readFile(inject("pgliteTemplatePath"));
  const db = await openDb({ dataDir: "memory://", template: new Blob([dump]) });
  return { db, fingerprint: await schemaFingerprint(db) };
}

/** The worker's database, emptied; a fresh copy when it is new or the file before changed its schema. */
async function openWorkerDb(): Promise<Db> {
  if (workerDb) {
    const { db, fingerprint } = await workerDb;
    // Emptied as a file starts rather than as one ends, so a file that stopped half-way leaves nothing behind.
    if ((await schemaFingerprint(db)) === fingerprint) {
      await emptyTables(db);
      return db;
    }
    await db.close();
  }
  workerDb = openTemplateCopy();
  return (await workerDb).db;
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
  return { db: await openWorkerDb(), release: async () => undefined };
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
