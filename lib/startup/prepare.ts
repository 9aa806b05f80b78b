// Runs once when a server starts (instrumentation.ts) and from `npm run db:migrate`: apply pending
// migrations, then seed the demo workspace into an empty database unless THROUGHLINE_SEED=none.

import { getDb } from "../db/client";
import { migrate } from "../db/migrate";
import { isDatabaseEmpty, seedDemoWorkspace } from "../demo/seed";
import { getAuthSecret, getEnv } from "../env";

export type PrepareResult = { applied: string[]; seeded: boolean };

export async function prepareDatabase(options: { seed: boolean }): Promise<PrepareResult> {
  const db = await getDb();
  const { applied } = await migrate(db);
  if (!options.seed || getEnv().THROUGHLINE_SEED === "none") return { applied, seeded: false };
  if (!(await isDatabaseEmpty(db.prisma))) return { applied, seeded: false };
  const { created } = await seedDemoWorkspace(db.prisma);
  return { applied, seeded: created };
}

export function describeDatabase(): string {
  const env = getEnv();
  return env.DATABASE_URL
    ? "PostgreSQL (DATABASE_URL)"
    : `embedded PostgreSQL in ${env.THROUGHLINE_DATA_DIR}`;
}

/**
 * Server start: check the configuration a server needs (a session secret in production), prepare the
 * database, or stop the process with a message an operator can act on.
 */
export async function startServerDatabase(): Promise<void> {
  try {
    getAuthSecret();
    const { applied, seeded } = await prepareDatabase({ seed: true });
    const parts = [
      `database: ${describeDatabase()}`,
      applied.length > 0 ? `applied migrations: ${applied.join(", ")}` : "schema up to date",
      ...(seeded ? ["seeded the demo workspace"] : []),
    ];
    console.info(`Throughline ${parts.join("; ")}`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Throughline cannot start: ${message}`);
    process.exit(1);
  }
}
