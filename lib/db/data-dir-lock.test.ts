// The data folder lock on its own (tests/integration/data-dir-lock.test.ts runs it across real processes):
// who is refused, which locks count as left by a dead process, and that racing starters never both win.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_FILE, lockDataDir, removeIfUnchanged } from "./data-dir-lock";
import { describeThisProcess, readStartTicks, type TLockOwner } from "./process-owner";

let dir: string;
const hasProc = readStartTicks(process.pid) !== null;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "throughline-lock-"));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const lockFile = () => path.join(dir, LOCK_FILE);

async function writeLock(owner: Partial<TLockOwner>): Promise<void> {
  const lock = { ...describeThisProcess("planted"), command: "planted", ...owner };
  await writeFile(lockFile(), JSON.stringify(lock));
}

async function lockOwnerPid(): Promise<number> {
  return (JSON.parse(await readFile(lockFile(), "utf8")) as TLockOwner).pid;
}

/** A pid whose process has ended (started once: spawning is slow on a busy machine). */
let ended: number | undefined;
function deadPid(): number {
  ended ??= spawnSync(process.execPath, ["-e", ""]).pid;
  if (!ended) throw new Error("could not start a process");
  return ended;
}

async function refusal(): Promise<DataDirLockedError> {
  const error = await lockDataDir(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DataDirLockedError);
  return error as DataDirLockedError;
}

describe("lockDataDir", () => {
  it("refuses a second holder, naming the folder and the holder, until the first releases", async () => {
    const lock = await lockDataDir(dir);
    const { message } = await refusal();
    expect(message).toContain(dir);
    expect(message).toContain(`process ${process.pid}, this process`);
    expect(message).toMatch(/stop that process/);

    await lock.release();
    expect(existsSync(lockFile())).toBe(false);
    await (await lockDataDir(dir)).release();
  });

  it("takes over a lock whose process has ended", async () => {
    await writeLock({ pid: deadPid() });
    const lock = await lockDataDir(dir);
    expect(await lockOwnerPid()).toBe(process.pid);
    await lock.release();
  });

  it("takes over an unreadable lock", async () => {
    await writeFile(lockFile(), "");
    await (await lockDataDir(dir)).release();
  });

  it.runIf(hasProc)("tells a running holder from a reused pid by its start time", async () => {
    await writeLock({ pid: process.ppid, startTicks: readStartTicks(process.ppid) });
    expect((await refusal()).message).toContain(`process ${process.ppid} (`);

    await writeLock({ pid: process.ppid, startTicks: "1" });
    await (await lockDataDir(dir)).release();

    // A restarted container's app often gets the same pid as the one that died.
    await writeLock({ pid: process.pid, startTicks: "1" });
    await (await lockDataDir(dir)).release();
  });

  it("refuses a lock from another host, which it cannot check, and says how to clear it", async () => {
    await writeLock({ pid: deadPid(), hostname: `not-${hostname()}` });
    const { message } = await refusal();
    expect(message).toContain(`on host not-${hostname()}`);
    expect(message).toContain(`delete ${lockFile()}`);
  });

  it("lets exactly one of several racing starters take over a dead lock", async () => {
    for (let round = 0; round < 5; round++) {
      await writeLock({ pid: deadPid() });
      const results = await Promise.allSettled([lockDataDir(dir), lockDataDir(dir), lockDataDir(dir)]);
      const won = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
      const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
      expect(won).toHaveLength(1);
      for (const reason of lost) expect(reason).toBeInstanceOf(DataDirLockedError);
      await won[0]?.release();
    }
  });

  it("does not remove a lock taken by another starter after the dead one was read", async () => {
    await writeLock({ pid: deadPid() });
    const judged = await readFile(lockFile(), "utf8");
    await writeLock({ nonce: "taken in between" });
    const live = await readFile(lockFile(), "utf8");

    await removeIfUnchanged(lockFile(), judged);

    expect(await readFile(lockFile(), "utf8")).toBe(live);
    expect((await readdir(dir)).sort()).toEqual([LOCK_FILE]);
  });

  it("leaves a lock alone on release once it belongs to someone else", async () => {
    const lock = await lockDataDir(dir);
    await writeLock({ nonce: "another owner" });
    await lock.release();
    expect(existsSync(lockFile())).toBe(true);
  });
});
