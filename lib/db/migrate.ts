// Applies prisma/migrations the way `prisma migrate deploy` does, so either tool sees the same history:
// same _prisma_migrations table, sha256 checksum of migration.sql, same advisory lock key, and a failed
// migration stays recorded and blocks further ones until someone resolves it.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "./client";
import type { SqlRunner } from "./sql";

// Prisma Migrate's own lock key, so the app and the CLI never migrate at the same time either.
const ADVISORY_LOCK_KEY = 72707369;

const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export type MigrationFile = { name: string; sql: string; checksum: string };
export type MigrateResult = { applied: string[] };

export class MigrationError extends Error {}

export function getMigrationsDir(): string {
  return path.join(process.cwd(), "prisma", "migrations");
}

export async function readMigrations(dir = getMigrationsDir()): Promise<MigrationFile[]> {
  const entries = await readdir(/* turbopackIgnore: true */ dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(/* turbopackIgnore: true */ path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

type AppliedRow = {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  checksum: string;
};

// PGlite is one session, where the advisory lock is re-entrant, so calls on one Db must also queue here.
const runningByDb = new WeakMap<object, Promise<unknown>>();

export function migrate(db: Pick<Db, "withSql">, options: { dir?: string } = {}): Promise<MigrateResult> {
  const previous = runningByDb.get(db) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => migrateLocked(db, options));
  runningByDb.set(db, run);
  return run;
}

async function migrateLocked(db: Pick<Db, "withSql">, options: { dir?: string }): Promise<MigrateResult> {
  const migrations = await readMigrations(options.dir);
  return db.withSql(async (sql) => {
    await sql.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK_KEY]);
    try {
      return await applyPending(sql, migrations);
    } finally {
      await sql.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY]);
    }
  });
}

async function applyPending(sql: SqlRunner, migrations: MigrationFile[]): Promise<MigrateResult> {
  await sql.exec(CREATE_MIGRATIONS_TABLE);
  const rows = await sql.query<AppliedRow>(
    `SELECT migration_name, finished_at, rolled_back_at, checksum FROM "_prisma_migrations"`,
  );
  const failed = rows.find((r) => r.finished_at === null && r.rolled_back_at === null);
  if (failed) {
    throw new MigrationError(
      `Migration ${failed.migration_name} failed earlier and must be resolved before any other runs: ` +
        "fix the database, then mark it rolled back (prisma migrate resolve --rolled-back " +
        `${failed.migration_name}) or delete its row from _prisma_migrations.`,
    );
  }
  const done = new Set(rows.filter((r) => r.finished_at !== null).map((r) => r.migration_name));
  const applied: string[] = [];
  for (const migration of migrations) {
    if (done.has(migration.name)) continue;
    await applyOne(sql, migration);
    applied.push(migration.name);
  }
  return { applied };
}

async function applyOne(sql: SqlRunner, migration: MigrationFile): Promise<void> {
  const id = randomUUID();
  await sql.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
     VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    // One transaction per migration: PostgreSQL's DDL is transactional, so a failure leaves no half schema.
    await sql.exec(`BEGIN;\n${migration.sql}\n;COMMIT;`);
  } catch (error) {
    await sql.exec("ROLLBACK").catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    await sql.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
    throw new MigrationError(`Migration ${migration.name} failed: ${message}`);
  }
  await sql.query(
    `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
    [id],
  );
}
