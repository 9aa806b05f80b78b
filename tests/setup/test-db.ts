// Each test file that touches the database gets its own clean, migrated copy of the run's template.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, inject } from "vitest";
import { type Db, openDb, setDbForTesting } from "../../lib/db/client";
import { createScratchDatabase, dropScratchDatabase } from "./scratch-db";

async function openScratchDb(): Promise<{ db: Db; drop: () => Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const template = inject("templateDatabase");
  if (serverUrl && template) {
    const name = `throughline_t_${randomUUID().replaceAll("-", "")}`;
    const db = await openDb({ url: await createScratchDatabase({ serverUrl, name, template }) });
    return { db, drop: () => dropScratchDatabase(serverUrl, name) };
  }
  const dump = await readFile(inject("pgliteTemplatePath"));
  const db = await openDb({ dataDir: "memory://", template: new Blob([dump]) });
  return { db, drop: async () => undefined };
}

/**
 * Registers hooks that give this test file a clean database, also returned by getDb(), and remove it after.
 * Returns an accessor, valid inside tests and later hooks.
 */
export function registerTestDb(): () => Db {
  let scratch: { db: Db; drop: () => Promise<void> } | undefined;
  beforeAll(async () => {
    scratch = await openScratchDb();
    setDbForTesting(scratch.db);
  });
  afterAll(async () => {
    setDbForTesting(undefined);
    await scratch?.db.close();
    await scratch?.drop();
  });
  return () => {
    if (!scratch) throw new Error("registerTestDb(): the database is only available inside tests and hooks");
    return scratch.db;
  };
}
