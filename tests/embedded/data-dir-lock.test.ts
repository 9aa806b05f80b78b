// Two processes on one embedded data folder destroy it (issue #13): while one holds the folder, every other
// process — a second app, the CLI — must be refused at once, and after the holder is killed the next opens it.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, realpath, rm } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { openDb } from "../../lib/db/client";
import { LOCK_FILE } from "../../lib/db/data-dir-lock";

const HOLDER = path.resolve("tests/embedded/data-dir-holder.ts");
const CLI = path.resolve("lib/startup/cli.ts");

type Run = { code: number | null; stdout: string; stderr: string };

const children: ChildProcess[] = [];
// One folder for both tests, made from the run's migrated template when there is one: creating a PGlite
// database is the slow part.
let dir: string;

beforeAll(async () => {
  await mkdir(".tmp", { recursive: true });
  dir = await realpath(await mkdtemp(path.resolve(".tmp", "lock-test-")));
  const templatePath = inject("pgliteTemplatePath");
  if (!templatePath) return;
  const db = await openDb({ dataDir: dir, template: new Blob([await readFile(templatePath)]) });
  await db.close();
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function start(args: string[], dataDir: string): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", ...args], {
    env: { ...process.env, DATABASE_URL: "", THROUGHLINE_DATA_DIR: dataDir, THROUGHLINE_SEED: "none" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return child;
}

function finish(child: ChildProcess): Promise<Run> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}

function untilReady(child: ChildProcess): Promise<void> {
  let output = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", (code) =>
      reject(new Error(`the holder exited (${code}) before it was ready: ${output}`)),
    );
  });
}

describe("one process per embedded data folder", () => {
  it("refuses a second process and the CLI while the folder is open, and recovers after kill -9", {
    timeout: 120_000,
  }, async () => {
    const holder = start([HOLDER, "hold", dir], dir);
    await untilReady(holder);

    const [second, migrateCli] = await Promise.all([
      finish(start([HOLDER, "open", dir], dir)),
      finish(start([CLI, "migrate"], dir)),
    ]);
    for (const refused of [second, migrateCli]) {
      expect(refused.code).toBe(1);
      expect(refused.stdout).not.toContain("opened");
      expect(refused.stderr).toContain(dir);
      expect(refused.stderr).toContain(`process ${holder.pid}`);
    }

    const killed = new Promise((resolve) => holder.once("exit", resolve));
    holder.kill("SIGKILL");
    await killed;
    // Left behind by the killed holder: the next open must see it is stale and take it over.
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(true);

    const db = await openDb({ dataDir: dir });
    try {
      const rows = await db.withSql((sql) => sql.query<{ note: string }>(`SELECT note FROM "held"`));
      expect(rows).toEqual([{ note: `written by ${holder.pid}` }]);
    } finally {
      await db.close();
    }
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it("releases the folder when its holder stops on SIGTERM", { timeout: 60_000 }, async () => {
    const holder = start([HOLDER, "hold", dir], dir);
    await untilReady(holder);
    const stopped = finish(holder);
    holder.kill("SIGTERM");
    await stopped;

    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect(await finish(start([HOLDER, "open", dir], dir))).toMatchObject({ code: 0, stdout: "opened\n" });
  });
});
