// Starts the built app (`next start`) on a database of its own for the browser tests, and removes that
// database when Playwright stops the server.
import { spawn } from "node:child_process";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { openDb } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { seedDemoWorkspace } from "../../lib/demo/seed";
import { adminQuery, scratchDatabaseUrl } from "../setup/postgres-admin";
import { seedClaimQueue, seedOtherWorkspace, seedSandbox, seedSecondHead } from "./sandbox";

const port = process.argv[2] ?? "3100";
const serverUrl = process.env.TEST_DATABASE_URL;
const scratch = `throughline_e2e_${process.pid}`;
const dataDir = path.resolve(".tmp", `e2e-data-${process.pid}`);

// Playwright may kill the server before cleanUp runs: remove what earlier runs left behind, but only those
// whose process has gone (another run may be using its own at this moment).
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const ownerPid = (name: string) => Number(name.split("_").pop()?.split("-").pop());

async function removeStale(): Promise<void> {
  if (serverUrl) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'throughline_e2e_%'",
    );
    await client.end();
    for (const { datname } of rows.filter((r) => !isRunning(ownerPid(r.datname)))) {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    return;
  }
  const entries = await readdir(path.dirname(dataDir)).catch(() => []);
  for (const entry of entries.filter((e) => e.startsWith("e2e-data-") && !isRunning(ownerPid(e)))) {
    await rm(path.join(path.dirname(dataDir), entry), { recursive: true, force: true });
  }
}

await removeStale();
const env: NodeJS.ProcessEnv = {
  ...process.env,
  THROUGHLINE_SEED: "demo",
  NODE_ENV: "production",
  // A production server refuses to start without a secret; this one signs only the browser tests' sessions.
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || `e2e-only-${process.pid}-${Date.now()}`,
};
if (serverUrl) {
  await adminQuery(serverUrl, `CREATE DATABASE "${scratch}"`);
  env.DATABASE_URL = scratchDatabaseUrl(serverUrl, scratch);
} else {
  env.DATABASE_URL = "";
  env.THROUGHLINE_DATA_DIR = dataDir;
}

// Prepared here rather than by the server so the sandbox journeys exist before the first test.
const db = await openDb(serverUrl ? { url: env.DATABASE_URL ?? "" } : { dataDir });
await migrate(db);
const { created } = await seedDemoWorkspace(db.prisma);
if (created) {
  await seedSandbox(db.prisma, "demo");
  await seedClaimQueue(db.prisma, "demo");
  await seedOtherWorkspace(db.prisma);
  await seedSecondHead(db.prisma, "demo");
}
await db.close();

const next = spawn("npx", ["--no-install", "next", "start", "-H", "127.0.0.1", "-p", port], {
  stdio: "inherit",
  env,
});

async function cleanUp(): Promise<void> {
  if (serverUrl)
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`).catch(() => undefined);
  else await rm(dataDir, { recursive: true, force: true });
}

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    stopping = true;
    next.kill(signal);
  });
}
next.on("exit", async (code) => {
  await cleanUp();
  process.exit(stopping ? 0 : (code ?? 1));
});
