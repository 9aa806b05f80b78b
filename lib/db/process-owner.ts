// Who holds a data folder's lock, and whether that process still runs. A pid alone is not proof: after a
// crash it may belong to another program (or, in a container, to the restarted app itself), so on Linux the
// process's start time and the machine's boot id identify the very process that wrote the lock.
import { readFileSync } from "node:fs";
import { hostname } from "node:os";
import { z } from "zod";

export const ZLockOwner = z.object({
  pid: z.number().int().positive(),
  hostname: z.string(),
  bootId: z.string().nullable(),
  startTicks: z.string().nullable(),
  since: z.string(),
  command: z.string(),
  // Unique per lock taken, so "the lock I read is still there" compares the whole file.
  nonce: z.string(),
});

export type TLockOwner = z.infer<typeof ZLockOwner>;

/** `elsewhere`: written on another host, whose processes this one cannot see. */
export type Liveness = "alive" | "dead" | "elsewhere";

function readProc(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

export function readBootId(): string | null {
  return readProc("/proc/sys/kernel/random/boot_id")?.trim() ?? null;
}

/** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot (Linux only). */
export function readStartTicks(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return null;
  // Field 2 (the command name) may hold spaces and parentheses; the fields after its last ")" are fixed.
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
}

export function describeThisProcess(nonce: string): TLockOwner {
  return {
    pid: process.pid,
    hostname: hostname(),
    bootId: readBootId(),
    startTicks: readStartTicks(process.pid),
    since: new Date().toISOString(),
    command: process.argv.slice(1).join(" ").slice(0, 200),
    nonce,
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Whether the lock's owner still runs. `isHeldHere` says whether this process took the lock itself, which
 * decides for our own pid where start times are unavailable (not Linux).
 */
export function judgeOwner(owner: TLockOwner, isHeldHere: boolean): Liveness {
  if (owner.hostname !== hostname()) return "elsewhere";
  const bootId = readBootId();
  if (owner.bootId && bootId && owner.bootId !== bootId) return "dead";
  if (owner.pid === process.pid) {
    const ours = readStartTicks(process.pid);
    if (owner.startTicks && ours) return owner.startTicks === ours ? "alive" : "dead";
    return isHeldHere ? "alive" : "dead";
  }
  if (!isRunning(owner.pid)) return "dead";
  const startTicks = readStartTicks(owner.pid);
  if (owner.startTicks && startTicks && owner.startTicks !== startTicks) return "dead";
  return "alive";
}
