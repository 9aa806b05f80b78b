import { getPrisma } from "./client";
import type { Prisma } from "./generated/client";

export type Tx = Prisma.TransactionClient;

// The embedded database runs one transaction at a time, so a writer may queue behind others for a while.
const OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;

export async function withTransaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const prisma = await getPrisma();
  return prisma.$transaction(fn, OPTIONS);
}
