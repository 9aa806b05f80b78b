import { describe, expect, it } from "vitest";
import { migrate, readMigrations } from "../../lib/db/migrate";
import { registerTestDb } from "../setup/test-db";

const getDb = registerTestDb();

type MigrationRow = {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  applied_steps_count: number;
};

describe("migrations", () => {
  it("records every migration as prisma migrate deploy does, with the file's sha256", async () => {
    const files = await readMigrations();
    const rows = await getDb().withSql((sql) =>
      sql.query<MigrationRow>(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      ),
    );
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows.map((r) => r.checksum)).toEqual(files.map((f) => f.checksum));
    for (const row of rows) {
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing the second time", async () => {
    expect(await migrate(getDb())).toEqual({ applied: [] });
  });
});
