// Starts the built app (`next start`) on a database of its own for the browser tests, and removes that
// database when Playwright stops the server.
import { spawn } from "node:child_process";
import { openDb } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { seedDemoWorkspace } from "../../lib/demo/seed";
import {
  createScratchDatabase,
  dropScratchDatabase,
  removeScratchFolder,
  removeStaleScratch,
  scratchFolder,
  scratchName,
} from "../setup/scratch-db";
import {
  seedAccountUser,
  seedClaimQueue,
  seedOtherWorkspace,
  seedOutcomesSandbox,
  seedSandbox,
  seedSecondHead,
  seedWebhooksSandbox,
} from "./sandbox";

const port = process.argv[2] ?? "3100";
const serverUrl = process.env.TEST_DATABASE_URL;
const prefix = serverUrl ? "throughline_e2e_" : "e2e-data-";
const scratch = scratchName(prefix);
const dataDir = scratchFolder(scratch);

// Playwright may kill the server before cleanUp runs: remove what earlier runs left behind.
await removeStaleScratch({ serverUrl, prefix });
const env: NodeJS.ProcessEnv = {
  ...process.env,
  THROUGHLINE_SEED: "demo",
  NODE_ENV: "production",
  // A production server refuses to start without a secret; this one signs only the browser tests' sessions.
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET || `e2e-only-${process.pid}-${Date.now()}`,
  // The webhook test's receiver listens on 127.0.0.1 inside the test.
  THROUGHLINE_WEBHOOK_ALLOW_PRIVATE: "1",
};
if (serverUrl) {
  env.DATABASE_URL = await createScratchDatabase({ serverUrl, name: scratch });
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
  await seedAccountUser(db.prisma, "demo");
  await seedOutcomesSandbox(db.prisma, "demo");
  await seedWebhooksSandbox(db.prisma, "demo");
}
await db.close();

const next = spawn("npx", ["--no-install", "next", "start", "-H", "127.0.0.1", "-p", port], {
  stdio: "inherit",
  env,
});

async function cleanUp(): Promise<void> {
  if (serverUrl) await dropScratchDatabase(serverUrl, scratch).catch(() => undefined);
  else await removeScratchFolder(dataDir);
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
