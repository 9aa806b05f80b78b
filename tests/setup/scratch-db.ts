// Scratch databases for the tests, the browser tests' server and the benchmark: a database on the PostgreSQL
// server a URL names, or an embedded PGlite folder under .tmp. Made, dropped, and removed when a killed run
// left one behind, here only.
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** Where folders of embedded scratch databases live. */
const SCRATCH_DIR = path.resolve(".tmp");

function scratchDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates an empty database, or a copy of `template`, and returns its URL. */
export async function createScratchDatabase(opts: {
  serverUrl: string;
  name: string;
  template?: string;
}): Promise<string> {
  const template = opts.template ? ` TEMPLATE "${opts.template}"` : "";
  await adminQuery(opts.serverUrl, `CREATE DATABASE "${opts.name}"${template}`);
  return scratchDatabaseUrl(opts.serverUrl, opts.name);
}

/**
 * Drops a scratch database once its connections are gone. Forcing it while a client is still closing would
 * surface as an error in that client; force only if they linger.
 */
export async function dropScratchDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    for (let attempt = 0; attempt < 50; attempt++) {
      const { rows } = await client.query<{ count: string }>(
        "SELECT count(*) AS count FROM pg_stat_activity WHERE datname = $1",
        [database],
      );
      if (rows[0]?.count === "0") break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** The folder of an embedded scratch database named `name`, under SCRATCH_DIR. */
export function scratchFolder(name: string): string {
  return path.join(SCRATCH_DIR, name);
}

export async function removeScratchFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** This process's scratch database or folder: `${prefix}${pid}`, so a later run can tell when it is stale. */
export function scratchName(prefix: string): string {
  return `${prefix}${process.pid}`;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const isStale = (name: string, prefix: string) => {
  const pid = Number(name.slice(prefix.length));
  return name.startsWith(prefix) && Number.isInteger(pid) && pid > 0 && !isRunning(pid);
};

/**
 * A run killed before its clean-up leaves its scratch database behind: removes those named by scratchName(prefix)
 * whose process has gone (another run may be using its own at this moment). Databases on `serverUrl` when
 * given, else folders under SCRATCH_DIR.
 */
export async function removeStaleScratch(opts: { serverUrl?: string; prefix: string }): Promise<void> {
  const { serverUrl, prefix } = opts;
  if (serverUrl) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client
      .query<{ datname: string }>("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", [prefix])
      .finally(() => client.end());
    for (const { datname } of rows.filter((r) => isStale(r.datname, prefix)))
      await dropScratchDatabase(serverUrl, datname);
    return;
  }
  const entries = await readdir(SCRATCH_DIR).catch(() => [] as string[]);
  for (const entry of entries.filter((e) => isStale(e, prefix)))
    await removeScratchFolder(scratchFolder(entry));
}
