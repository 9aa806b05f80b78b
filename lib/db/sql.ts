// A minimal raw-SQL handle over either database, for what Prisma's client cannot do: multi-statement
// migration scripts, advisory locks, creating scratch databases.
import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

export type SqlRunner = {
  /** Runs a script of one or more statements without parameters. */
  exec(sql: string): Promise<void>;
  query<T extends Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
};

export function createPgliteRunner(client: PGlite): SqlRunner {
  return {
    async exec(sql) {
      await client.exec(sql);
    },
    async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      const result = await client.query<T>(sql, params);
      return result.rows;
    },
  };
}

export function createPgRunner(client: pg.Pool | pg.PoolClient | pg.Client): SqlRunner {
  return {
    async exec(sql) {
      await client.query(sql);
    },
    async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []) {
      const result = await client.query<T>(sql, params);
      return result.rows;
    },
  };
}
