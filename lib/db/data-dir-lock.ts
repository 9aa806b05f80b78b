// Two processes on one embedded data folder destroy it (issue #13: each PGlite replays and rewrites the same
// WAL), so openEmbedded takes this exclusive lock first. It is a file naming its owner, created atomically,
// removed when the owner closes the database or exits, and taken over once the owner has died (kill -9, a
// crash, a reboot). Node has no flock; proper-lockfile judges staleness by mtime, which a long synchronous
// PGlite query could outlast, and cannot name the holder, so the owner's liveness is checked instead.
import { randomUUID } from "node:crypto";
import { readFileSync, unlinkSync } from "node:fs";
import { link, mkdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { constants } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describeThisProcess, judgeOwner, type Liveness, type TLockOwner, ZLockOwner } from "./process-owner";

export const LOCK_FILE = "throughline.lock";

export class DataDirLockedError extends Error {}

export type DataDirLock = { file: string; release(): Promise<void> };

type Hooks = { exit: () => void; signal: (signal: NodeJS.Signals) => void };
type LockState = { held: Map<string, string>; hooks?: Hooks };

// On globalThis like the Db itself: Next may load this module more than once in one process.
const globalForLocks = globalThis as typeof globalThis & { __throughlineDataDirLocks?: LockState };
function getState(): LockState {
  globalForLocks.__throughlineDataDirLocks ??= { held: new Map() };
  return globalForLocks.__throughlineDataDirLocks;
}

/** Locks the folder for this process, or throws DataDirLockedError naming the folder and its holder. */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const dir = await realpath(dataDir);
  const file = path.join(dir, LOCK_FILE);
  const content = `${JSON.stringify(describeThisProcess(randomUUID()))}\n`;
  for (let attempt = 0; attempt < 20; attempt++) {
    if (await createExclusive(file, content)) {
      hold(file, content);
      return { file, release: () => release(file, content) };
    }
    const found = await readLock(file);
    if (found === null) continue;
    const owner = parseOwner(found);
    // An unreadable lock may still be being written (the no-hard-link fallback); give it a moment.
    if (!owner && attempt < 5) {
      await sleep(20);
      continue;
    }
    const liveness: Liveness = owner ? judgeOwner(owner, getState().held.has(file)) : "dead";
    if (owner && liveness !== "dead")
      throw new DataDirLockedError(describeRefusal(dir, file, owner, liveness));
    await removeIfUnchanged(file, found);
  }
  throw new Error(`Could not lock the data folder ${dir}: its lock file ${file} keeps changing. Try again.`);
}

function describeRefusal(dir: string, file: string, owner: TLockOwner, liveness: Liveness): string {
  const self = owner.pid === process.pid ? ", this process" : "";
  const holder = `process ${owner.pid}${self} ("${owner.command}", since ${owner.since})`;
  const rule = "Only one process may open an embedded data folder at a time";
  if (liveness === "elsewhere")
    return (
      `The data folder ${dir} is in use by ${holder} on host ${owner.hostname}. ${rule}: stop that process. ` +
      `If it no longer runs, delete ${file} and try again.`
    );
  return (
    `The data folder ${dir} is in use by ${holder}. ${rule}: stop that process and try again, or set ` +
    "another THROUGHLINE_DATA_DIR. A lock left by a process that has ended is taken over automatically."
  );
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

async function readLock(file: string): Promise<string | null> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if (errorCode(error) === "ENOENT") return null;
    throw error;
  }
}

function parseOwner(content: string): TLockOwner | null {
  try {
    return ZLockOwner.parse(JSON.parse(content));
  } catch {
    return null;
  }
}

const NO_HARD_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS"]);

/** Creates the lock only if none exists, complete at once: a fully written file hard-linked into place. */
async function createExclusive(file: string, content: string): Promise<boolean> {
  const temp = `${file}.${process.pid}-${randomUUID()}.tmp`;
  await writeFile(temp, content, { flag: "wx" });
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    if (errorCode(error) === "EEXIST") return false;
    if (!NO_HARD_LINKS.has(errorCode(error) ?? "")) throw error;
    // Without hard links, O_EXCL alone: the file is empty for a moment, which readers wait out.
    return writeFile(file, content, { flag: "wx" }).then(
      () => true,
      (e: unknown) => (errorCode(e) === "EEXIST" ? false : Promise.reject(e)),
    );
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * Removes a dead owner's lock unless another starter replaced it since it was read: moving it aside is
 * atomic (one starter gets it), and a lock that is no longer the one judged dead is put back.
 * Exported for its test.
 */
export async function removeIfUnchanged(file: string, judged: string): Promise<void> {
  const aside = `${file}.${process.pid}-${randomUUID()}.stale`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (errorCode(error) === "ENOENT") return;
    throw error;
  }
  try {
    if ((await readLock(aside)) !== judged)
      await link(aside, file).catch((e: unknown) =>
        errorCode(e) === "EEXIST" ? undefined : rename(aside, file),
      );
  } finally {
    await rm(aside, { force: true });
  }
}

function hold(file: string, content: string): void {
  const state = getState();
  state.held.set(file, content);
  if (state.hooks) return;
  const hooks: Hooks = {
    // Synchronous: "exit" runs no more callbacks. Next's shutdown and the CLI end with process.exit.
    exit: () => {
      for (const [held, ours] of state.held) removeSync(held, ours);
      state.held.clear();
    },
    // With no other listener a signal would end the process without "exit"; Next and tsx stop it themselves.
    signal: (signal) => {
      if (process.listenerCount(signal) === 1) process.exit(128 + (constants.signals[signal] ?? 0));
    },
  };
  process.on("exit", hooks.exit);
  process.on("SIGINT", hooks.signal);
  process.on("SIGTERM", hooks.signal);
  state.hooks = hooks;
}

function removeSync(file: string, content: string): void {
  try {
    if (readFileSync(file, "utf8") === content) unlinkSync(file);
  } catch {
    // Already gone.
  }
}

async function release(file: string, content: string): Promise<void> {
  const state = getState();
  if (state.held.get(file) === content) state.held.delete(file);
  if (state.held.size === 0 && state.hooks) {
    process.off("exit", state.hooks.exit);
    process.off("SIGINT", state.hooks.signal);
    process.off("SIGTERM", state.hooks.signal);
    state.hooks = undefined;
  }
  // Only our own: a lock taken over after this process was judged dead belongs to its new owner.
  if ((await readLock(file)) === content) await rm(file, { force: true });
}
