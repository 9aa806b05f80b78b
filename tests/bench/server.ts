// The production build (`next start`) on 127.0.0.1 and a free port, pointed at the scratch database, in a
// process group of its own so stopping it stops exactly what it started.
import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export type Server = {
  baseUrl: string;
  stop(): Promise<void>;
  /** Kills the server's whole process group with SIGKILL, as a crash would: nothing gets to clean up. */
  kill(): Promise<void>;
  output(): string;
};

/** The build `next start` would serve, or null when there is none. */
export function findBuild(): { distDir: string } | null {
  const distDir = process.env.NEXT_DIST_DIR || ".next";
  return existsSync(path.join(distDir, "BUILD_ID")) ? { distDir } : null;
}

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

async function findFreePort(first: number): Promise<number> {
  for (let port = first; port < first + 50; port++) if (await isPortFree(port)) return port;
  throw new Error(`No free port between ${first} and ${first + 49}.`);
}

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The server did not become healthy within ${timeoutMs / 1000}s.`);
}

export async function startServer(opts: {
  appEnv: Record<string, string>;
  firstPort: number;
}): Promise<Server> {
  const port = await findFreePort(opts.firstPort);
  const nextBin = path.resolve("node_modules", "next", "dist", "bin", "next");
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...opts.appEnv,
    NODE_ENV: "production",
    THROUGHLINE_SEED: "none",
    // A production server refuses to start without a secret; this one signs only this run's sessions.
    NEXTAUTH_SECRET: `bench-only-${process.pid}-${randomUUID()}`,
    NEXTAUTH_URL: baseUrl,
  };
  // Its own process group, so stopping it stops the workers it starts and nothing else.
  const child = spawn(process.execPath, [nextBin, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  // Exited, or killed by a signal (then exitCode stays null): its process group is gone.
  const isGone = () => child.exitCode !== null || child.signalCode !== null || child.pid === undefined;
  const stop = async () => {
    if (isGone() || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    await waitForHealth(baseUrl, child, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : error}\n--- server output ---\n${output}`);
  }
  const kill = async () => {
    if (isGone() || child.pid === undefined) return;
    process.kill(-child.pid, "SIGKILL");
    await exited;
  };
  return { baseUrl, stop, kill, output: () => output };
}
