// Creating and dropping scratch databases on the PostgreSQL server named by TEST_DATABASE_URL.
import pg from "pg";

export function scratchDatabaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
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
