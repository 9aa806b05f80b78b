// Runs once when a server starts (instrumentation.ts) and from `npm run db:migrate`: apply pending
// migrations, then seed the demo workspace into an empty database when getSeedMode says so; a server that
// starts on a database without accounts prints first run's setup link.

import { getDb } from "../db/client";
import { migrate } from "../db/migrate";
import { isDatabaseEmpty, seedDemoWorkspace } from "../demo/seed";
import { getAuthSecret, getEnv, getSeedMode } from "../env";
import { isSetupOpen } from "../setup/first-run";
import { issueSetupToken } from "../setup/tokens";

export type PrepareResult = {
  applied: string[];
  seeded: boolean;
  /** Why an empty database was not seeded although seeding was asked for, for the log. */
  notSeeded: string | null;
  /** First run's token, when the database has no account and `setupToken` was asked for. */
  setupToken: string | null;
};

export async function prepareDatabase(options: {
  seed: boolean;
  setupToken?: boolean;
}): Promise<PrepareResult> {
  const db = await getDb();
  const { applied } = await migrate(db);
  const result: PrepareResult = { applied, seeded: false, notSeeded: null, setupToken: null };
  if (options.seed && (await isDatabaseEmpty(db.prisma))) {
    const { mode, reason } = getSeedMode();
    if (mode === "demo") result.seeded = (await seedDemoWorkspace(db.prisma)).created;
    else result.notSeeded = reason;
  }
  if (options.setupToken && (await isSetupOpen(db.prisma)))
    result.setupToken = await issueSetupToken(db.prisma, { fixed: getEnv().THROUGHLINE_SETUP_TOKEN });
  return result;
}

/**
 * Production without an https NEXTAUTH_URL: session cookies are not marked Secure and no HSTS header is sent, so
 * anyone on the network path could read a session. Said loudly at every start rather than refused, since a TLS
 * proxy in front may be on its way.
 */
export function describeInsecureAddress(env = getEnv()): string | null {
  if (env.NODE_ENV !== "production" || env.NEXTAUTH_URL?.startsWith("https://")) return null;
  const now = env.NEXTAUTH_URL ? `is ${env.NEXTAUTH_URL}` : "is not set";
  return [
    `!!! Throughline is running in production without HTTPS: NEXTAUTH_URL ${now}.`,
    "!!! Session cookies are not marked Secure and browsers get no HSTS header. Put a TLS proxy in front and set",
    "!!! NEXTAUTH_URL=https://<your host>.",
  ].join("\n");
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
    const { applied, seeded, notSeeded, setupToken } = await prepareDatabase({
      seed: true,
      setupToken: true,
    });
    const parts = [
      `database: ${describeDatabase()}`,
      applied.length > 0 ? `applied migrations: ${applied.join(", ")}` : "schema up to date",
      ...(seeded ? ["seeded the demo workspace"] : []),
      ...(notSeeded ? [notSeeded] : []),
    ];
    console.info(`Throughline ${parts.join("; ")}`);
    const warning = describeInsecureAddress();
    if (warning) console.warn(warning);
    if (setupToken) {
      const origin = getEnv().NEXTAUTH_URL?.replace(/\/+$/, "") ?? "";
      console.info(
        `Throughline first run: no account exists yet. Open ${origin}/setup?token=${setupToken} to create the first workspace and its CX lead (the token works for 24 hours; a restart prints a new one), or run \`npm run setup\`.`,
      );
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`Throughline cannot start: ${message}`);
    process.exit(1);
  }
}

/**
 * The worker that fans events out and delivers them (lib/outbox), unless THROUGHLINE_WORKER=off. Several instances
 * may each run one: they share the work through row locks.
 */
export async function startServerWorker(): Promise<void> {
  if (getEnv().THROUGHLINE_WORKER === "off") {
    console.info(
      "Throughline worker: off (THROUGHLINE_WORKER=off); another instance delivers notifications.",
    );
    return;
  }
  const [{ startWorker }, { WORKER_JOBS }] = await Promise.all([
    import("../outbox/worker"),
    import("../outbox/jobs"),
  ]);
  startWorker({ jobs: WORKER_JOBS });
}
