// Once per test run: build a migrated template database, so each test file starts from a clean copy
// instead of migrating its own. PostgreSQL when TEST_DATABASE_URL is set, embedded PGlite otherwise.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDb } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { createPgliteRunner } from "../../lib/db/sql";
import { createScratchDatabase, dropScratchDatabase } from "./scratch-db";

declare module "vitest" {
  export interface ProvidedContext {
    templateDatabase: string;
    pgliteTemplatePath: string;
  }
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `throughline_tmpl_${process.pid}_${Date.now()}`;
    const db = await openDb({ url: await createScratchDatabase({ serverUrl, name }) });
    await migrate(db);
    await db.close();
    project.provide("templateDatabase", name);
    project.provide("pgliteTemplatePath", "");
    return async () => {
      await dropScratchDatabase(serverUrl, name);
    };
  }
  const file = path.resolve(".tmp", `pglite-template-${process.pid}.tar`);
  await mkdir(path.dirname(file), { recursive: true });
  const client = await PGlite.create();
  const runner = createPgliteRunner(client);
  await migrate({ withSql: (fn) => fn(runner) });
  const dump = await client.dumpDataDir("none");
  await client.close();
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("templateDatabase", "");
  project.provide("pgliteTemplatePath", file);
  return async () => {
    await rm(file, { force: true });
  };
}
