// A database of the benchmark's own, removed at the end: a scratch database on the PostgreSQL server named
// by BENCH_DATABASE_URL (or TEST_DATABASE_URL), else an embedded PGlite folder under .tmp.
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { type Db, openDb } from "../../lib/db/client";
import { adminQuery, scratchDatabaseUrl } from "../setup/postgres-admin";

export type ScratchDb = {
  kind: "embedded" | "postgres";
  /** Where it lives, for the report (never a password). */
  label: string;
  open(): Promise<Db>;
  /** The variables that point the app (`next start`) at it. */
  appEnv: Record<string, string>;
  drop(): Promise<void>;
};

const PREFIX = "throughline_bench_";
const DIR_PREFIX = "bench-data-";

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// A run killed before its clean-up leaves its database behind; remove those whose process has gone.
async function removeStale(serverUrl: string | undefined): Promise<void> {
  if (serverUrl) {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    const { rows } = await client
      .query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [`${PREFIX}%`])
      .finally(() => client.end());
    for (const { datname } of rows) {
      const pid = Number(datname.slice(PREFIX.length));
      if (Number.isInteger(pid) && !isRunning(pid))
        await adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    return;
  }
  const entries = await readdir(".tmp").catch(() => [] as string[]);
  for (const entry of entries.filter((e) => e.startsWith(DIR_PREFIX))) {
    const pid = Number(entry.slice(DIR_PREFIX.length));
    if (Number.isInteger(pid) && !isRunning(pid))
      await rm(path.join(".tmp", entry), { recursive: true, force: true });
  }
}

export async function createScratchDb(): Promise<ScratchDb> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
  await removeStale(serverUrl);
  if (serverUrl) {
    const name = `${PREFIX}${process.pid}`;
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = scratchDatabaseUrl(serverUrl, name);
    const { host } = new URL(url);
    return {
      kind: "postgres",
      label: `PostgreSQL ${host}/${name}`,
      open: () => openDb({ url }),
      appEnv: { DATABASE_URL: url },
      drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dataDir = path.resolve(".tmp", `${DIR_PREFIX}${process.pid}`);
  await rm(dataDir, { recursive: true, force: true });
  return {
    kind: "embedded",
    label: `embedded PGlite ${path.relative(process.cwd(), dataDir)}`,
    open: () => openDb({ dataDir }),
    // An empty DATABASE_URL counts as unset (lib/env.ts), so the app opens the folder instead.
    appEnv: { DATABASE_URL: "", THROUGHLINE_DATA_DIR: dataDir },
    drop: () => rm(dataDir, { recursive: true, force: true }),
  };
}
