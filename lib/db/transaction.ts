import { getPrisma } from "./client";
import type { Prisma } from "./generated/client";

export type Tx = Prisma.TransactionClient;

// The embedded database runs one transaction at a time, so a writer may queue behind others for a while.
const OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;
const MAX_PREPARES = 3;

/**
 * Thrown inside a transaction by a step that needs something done in a transaction of its own before this
 * one (e.g. closing yesterday's coverage before today's first change): withTransaction rolls back, runs
 * `prepare`, then runs the whole transaction again.
 */
export class RetryAfterPreparing extends Error {
  constructor(readonly prepare: () => Promise<void>) {
    super("The transaction must run again after a preparing step");
  }
}

/** `timeoutMs`: how long the transaction may run, for the few bulk writes that need longer than the default. */
export async function withTransaction<T>(
  fn: (tx: Tx) => Promise<T>,
  opts: { timeoutMs?: number } = {},
): Promise<T> {
  const prisma = await getPrisma();
  const options = { ...OPTIONS, timeout: opts.timeoutMs ?? OPTIONS.timeout };
  for (let attempt = 1; ; attempt++) {
    try {
      return await prisma.$transaction(fn, options);
    } catch (error) {
      if (!(error instanceof RetryAfterPreparing) || attempt > MAX_PREPARES) throw error;
      await error.prepare();
    }
  }
}
