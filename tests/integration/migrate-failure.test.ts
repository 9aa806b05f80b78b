// A broken migration must leave no half schema behind and must stop every later run until someone resolves it.
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/db/client";
import { getMigrationsDir, MigrationError, migrate } from "../../lib/db/migrate";
import { registerTestDb } from "../setup/test-db";

const getDb = registerTestDb();

const BROKEN = "29991231000000_broken";
const AFTER_BROKEN = "29991231000001_after_broken";

type MigrationRow = {
  migration_name: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
};

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "throughline-migrations-"));
  await cp(getMigrationsDir(), dir, { recursive: true });
  await writeMigration(BROKEN, `CREATE TABLE "ShouldVanish" (id int);\nSELECT * FROM "no_such_table";\n`);
  await writeMigration(AFTER_BROKEN, `CREATE TABLE "NeverApplied" (id int);\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeMigration(name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, name));
  await writeFile(path.join(dir, name, "migration.sql"), sql);
}

function readMigrationRows(db: Db): Promise<MigrationRow[]> {
  return db.withSql((sql) =>
    sql.query<MigrationRow>(
      `SELECT migration_name, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY migration_name`,
    ),
  );
}

async function hasTable(db: Db, table: string): Promise<boolean> {
  const [row] = await db.withSql((sql) =>
    sql.query<{ found: string | null }>(`SELECT to_regclass($1)::text AS found`, [`"${table}"`]),
  );
  return row?.found != null;
}

describe("a failing migration", () => {
  it("is rolled back and recorded as failed, naming the migration and the database error", async () => {
    const error = await migrate(getDb(), { dir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain(BROKEN);
    expect((error as Error).message).toMatch(/no_such_table.*does not exist/);
    expect(await hasTable(getDb(), "ShouldVanish")).toBe(false);
    expect(await hasTable(getDb(), "NeverApplied")).toBe(false);

    const rows = await readMigrationRows(getDb());
    const broken = rows.find((r) => r.migration_name === BROKEN);
    expect(broken).toMatchObject({ finished_at: null, rolled_back_at: null });
    expect(broken?.logs).toMatch(/no_such_table/);
    expect(rows.some((r) => r.migration_name === AFTER_BROKEN)).toBe(false);
  });

  it("blocks every later run until it is resolved, applying nothing", async () => {
    // Idempotent: records the failure if this test runs alone, else fails the same way as before.
    await migrate(getDb(), { dir }).catch(() => undefined);
    const before = await readMigrationRows(getDb());

    const error = await migrate(getDb(), { dir }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(MigrationError);
    expect((error as Error).message).toContain(BROKEN);
    expect((error as Error).message).toMatch(/failed earlier and must be resolved/);
    expect(await readMigrationRows(getDb())).toEqual(before);
    expect(await hasTable(getDb(), "ShouldVanish")).toBe(false);
    expect(await hasTable(getDb(), "NeverApplied")).toBe(false);
  });
});
