import "server-only";
import { getEnv } from "../env";
import { type DatabaseKind, getDb } from "./client";

/** A round trip to the database; never throws, so the health route can always answer. */
export async function checkDatabase(): Promise<{ ok: boolean; kind: DatabaseKind }> {
  const kind: DatabaseKind = getEnv().DATABASE_URL ? "postgres" : "embedded";
  try {
    const db = await getDb();
    await db.prisma.$queryRaw`SELECT 1`;
    return { ok: true, kind: db.kind };
  } catch {
    return { ok: false, kind };
  }
}
