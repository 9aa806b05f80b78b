// A second app server for a spec that needs settings the shared one (tests/e2e/start-server.ts) must not have:
// the same build, the demo workspace on a fresh embedded database of its own, removed when it stops.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import path from "node:path";

const hasExited = (server: ChildProcess) => server.exitCode !== null || server.signalCode !== null;

export type AppServer = { origin: string; stop: () => Promise<void> };

async function waitForHealth(opts: {
  origin: string;
  server: ChildProcess;
  deadline: number;
  output: () => string;
}) {
  while (Date.now() < opts.deadline) {
    if (hasExited(opts.server)) break;
    const ok = await fetch(`${opts.origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app server at ${opts.origin} did not start:\n${opts.output()}`);
}

export async function startAppServer(opts: {
  port: number;
  env: Record<string, string>;
}): Promise<AppServer> {
  const origin = `http://127.0.0.1:${opts.port}`;
  await mkdir(path.resolve(".tmp"), { recursive: true });
  const dataDir = await mkdtemp(path.resolve(".tmp", `e2e-app-${opts.port}-`));
  const server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", `${opts.port}`],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        THROUGHLINE_SEED: "demo",
        DATABASE_URL: "",
        THROUGHLINE_DATA_DIR: dataDir,
        NEXTAUTH_URL: origin,
        NEXTAUTH_SECRET: `e2e-app-${process.pid}-${Date.now()}`,
        ...opts.env,
      },
    },
  );
  // Kept only to explain a server that did not start or failed during a test.
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const stop = async () => {
    if (!hasExited(server)) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth({ origin, server, deadline: Date.now() + 120_000, output: () => output });
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, stop };
}
