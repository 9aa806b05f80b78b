// A process of its own for data-dir-lock.test.ts (run with `node --import tsx`). `hold DIR` opens the
// embedded database in DIR, writes a row, prints "ready" and keeps it open until stopped; `open DIR` opens,
// prints "opened" and closes. A refused open prints its message on stderr and exits 1.
import { openDb } from "../../lib/db/client";

const [mode, dataDir] = process.argv.slice(2);

async function main(): Promise<void> {
  if (!dataDir || (mode !== "hold" && mode !== "open"))
    throw new Error("usage: data-dir-holder hold|open DIR");
  const db = await openDb({ dataDir });
  if (mode === "open") {
    await db.close();
    console.info("opened");
    return;
  }
  await db.withSql(async (sql) => {
    await sql.exec(`CREATE TABLE IF NOT EXISTS "held" (note text NOT NULL)`);
    await sql.query(`INSERT INTO "held" (note) VALUES ($1)`, [`written by ${process.pid}`]);
  });
  console.info("ready");
  // Holds the database until the test stops this process.
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
