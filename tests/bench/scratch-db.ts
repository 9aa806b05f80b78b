// A database of the benchmark's own, removed at the end: a scratch database on the PostgreSQL server named
// by BENCH_DATABASE_URL (or TEST_DATABASE_URL), else an embedded PGlite folder under .tmp.
import path from "node:path";
import { type Db, openDb } from "../../lib/db/client";
import {
  createScratchDatabase,
  dropScratchDatabase,
  removeScratchFolder,
  removeStaleScratch,
  scratchFolder,
  scratchName,
} from "../setup/scratch-db";

export type ScratchDb = {
  kind: "embedded" | "postgres";
  /** Where it lives, for the report (never a password). */
  label: string;
  open(): Promise<Db>;
  /** The variables that point the app (`next start`) at it. */
  appEnv: Record<string, string>;
  drop(): Promise<void>;
};

export async function createScratchDb(): Promise<ScratchDb> {
  const serverUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
  const prefix = serverUrl ? "throughline_bench_" : "bench-data-";
  await removeStaleScratch({ serverUrl, prefix });
  const name = scratchName(prefix);
  if (serverUrl) {
    const url = await createScratchDatabase({ serverUrl, name });
    const { host } = new URL(url);
    return {
      kind: "postgres",
      label: `PostgreSQL ${host}/${name}`,
      open: () => openDb({ url }),
      appEnv: { DATABASE_URL: url },
      drop: () => dropScratchDatabase(serverUrl, name),
    };
  }
  const dataDir = scratchFolder(name);
  await removeScratchFolder(dataDir);
  return {
    kind: "embedded",
    label: `embedded PGlite ${path.relative(process.cwd(), dataDir)}`,
    open: () => openDb({ dataDir }),
    // An empty DATABASE_URL counts as unset (lib/env.ts), so the app opens the folder instead.
    appEnv: { DATABASE_URL: "", THROUGHLINE_DATA_DIR: dataDir },
    drop: () => removeScratchFolder(dataDir),
  };
}
