// The one Prisma client, shared through globalThis so Next's module reloading and several route bundles
// reuse one connection pool (or the one embedded PGlite, which only a single handle may open).
// Nothing here runs at import time: the database opens on the first call to getDb().
import { PrismaPg } from "@prisma/adapter-pg";
import { getEnv } from "../env";
import { PrismaClient } from "./generated/client";
import { createPgliteRunner, createPgRunner, type SqlRunner } from "./sql";

export type DatabaseKind = "embedded" | "postgres";

export type Db = {
  prisma: PrismaClient;
  kind: DatabaseKind;
  /** Raw SQL on a connection of its own (migrations, locks). */
  withSql<T>(fn: (sql: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
};

export type DbOptions =
  | { url: string }
  /** `memory://` keeps nothing on disk; `template` is a PGlite data-directory dump to start from (tests). */
  | { dataDir: string; template?: Blob };

const globalForDb = globalThis as typeof globalThis & { __throughlineDb?: Promise<Db> };

export async function openDb(options: DbOptions): Promise<Db> {
  if ("url" in options) return openPostgres(options.url);
  return openEmbedded(options.dataDir, options.template);
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection dropped by the server (restart, failover) must not crash the process; the pool reconnects.
  pool.on("error", (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    prisma,
    kind: "postgres",
    async withSql(fn) {
      const client = await pool.connect();
      try {
        return await fn(createPgRunner(client));
      } finally {
        client.release();
      }
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => undefined);
    },
  };
}

async function openEmbedded(dataDir: string, template?: Blob): Promise<Db> {
  const [{ PGlite }, { PrismaPGlite }, { lockDataDir }] = await Promise.all([
    import("@electric-sql/pglite"),
    import("pglite-prisma-adapter"),
    import("./data-dir-lock"),
  ]);
  const isMemory = dataDir.startsWith("memory://");
  // A second process on the same folder would destroy it (issue #13): refuse before PGlite touches it.
  const lock = isMemory ? undefined : await lockDataDir(dataDir);
  const client = await PGlite.create({
    dataDir: isMemory ? undefined : dataDir,
    loadDataDir: template,
  }).catch(async (error: unknown) => {
    await lock?.release();
    throw error;
  });
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(client) });
  const runner = createPgliteRunner(client);
  return {
    prisma,
    kind: "embedded",
    // PGlite is a single connection that queues statements itself.
    withSql: (fn) => fn(runner),
    async close() {
      try {
        await prisma.$disconnect();
        await client.close();
      } finally {
        await lock?.release();
      }
    },
  };
}

/** The database named by the environment: DATABASE_URL's server, else embedded PGlite. */
export function getDb(): Promise<Db> {
  if (!globalForDb.__throughlineDb) {
    const env = getEnv();
    const pending = openDb(
      env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.THROUGHLINE_DATA_DIR },
    );
    // A failed open is not cached, so the next request retries instead of failing forever.
    pending.catch(() => {
      if (globalForDb.__throughlineDb === pending) globalForDb.__throughlineDb = undefined;
    });
    globalForDb.__throughlineDb = pending;
  }
  return globalForDb.__throughlineDb;
}

export async function getPrisma(): Promise<PrismaClient> {
  return (await getDb()).prisma;
}

/** Tests give each file its own clean database. */
export function setDbForTesting(db: Db | undefined): void {
  globalForDb.__throughlineDb = db ? Promise.resolve(db) : undefined;
}
