// Timing and query counting for in-process calls. Queries are counted (and profiled) during the warm-up calls
// through a counting client; the timed runs use the plain one. countQueries is also the integration tests' one
// query counter (their "a fixed number of queries whatever the size" checks).
import { type Db, setDbForTesting } from "../../lib/db/client";
import type { PrismaClient } from "../../lib/db/generated/client";

export type Stats = { runs: number; medianMs: number; p95Ms: number; minMs: number; maxMs: number };
export type QueryRange = { min: number; max: number };
export type Timing = { stats: Stats; queries: QueryRange; profile: CallProfile };

/**
 * A fixed piece of pure JS (sorting 200,000 seeded numbers), timed: on a machine shared with other work it
 * shows how much CPU the benchmark got, so runs can be compared. Lower is better; the median of five.
 */
export function checkCpu(): number {
  const samples: number[] = [];
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    let state = 1;
    const numbers = Array.from({ length: 200_000 }, () => {
      state = (state * 48_271) % 2_147_483_647;
      return state;
    });
    numbers.sort((a, b) => a - b);
    samples.push(performance.now() - started);
  }
  return summarize(samples).medianMs;
}

/** Nearest-rank percentiles: with 30 runs, p95 is the 29th fastest. */
export function summarize(samples: readonly number[]): Stats {
  if (samples.length === 0) throw new Error("summarize() needs at least one sample");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!;
  return {
    runs: sorted.length,
    medianMs: rank(0.5),
    p95Ms: rank(0.95),
    minMs: sorted[0]!,
    maxMs: sorted.at(-1)!,
  };
}

export function formatQueries(range: QueryRange): string {
  return range.min === range.max ? String(range.min) : `${range.min}–${range.max}`;
}

/** One kind of query (model.operation) in the profiled calls: how many per call, and how long each took. */
export type QueryProfile = { operation: string; calls: number; medianMs: number };

/** Where a profiled call's time went: its queries, run one at a time, and everything else (app JS). */
export type CallProfile = { callMs: number; queryMs: number; queries: QueryProfile[] };

/**
 * A copy of `db` whose client counts every operation (reads, writes, raw SQL, those inside transactions)
 * and times each one. Operations run one at a time, each once the event loop is free, so each time is that
 * query's own (round trip and Prisma's result mapping), not time spent waiting behind parallel queries or
 * the caller's JS. Only for calls made one after another.
 */
export function createCountingDb(db: Db): {
  db: Db;
  take(): { count: number; queryMs: number };
  ops(): Map<string, number[]>;
} {
  let count = 0;
  let queryMs = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const durations = new Map<string, number[]>();
  const counted = db.prisma.$extends({
    query: {
      $allOperations({ model, operation, args, query }) {
        count++;
        const run = async () => {
          // Let the caller's pending JS (say, work after a Promise.all) run first, so it is not timed here.
          await new Promise<void>((resolve) => setImmediate(resolve));
          const started = performance.now();
          try {
            return await query(args);
          } finally {
            const ms = performance.now() - started;
            queryMs += ms;
            const key = `${model ?? "$raw"}.${operation}`;
            durations.set(key, [...(durations.get(key) ?? []), ms]);
          }
        };
        const result = queue.then(run, run);
        queue = result.catch(() => undefined);
        return result;
      },
    },
  });
  return {
    // The extended client has the same surface for everything the app calls.
    db: { ...db, prisma: counted as unknown as PrismaClient },
    take() {
      const taken = { count, queryMs };
      count = 0;
      queryMs = 0;
      return taken;
    },
    ops: () => durations,
  };
}

/** The number of queries one call makes, on the database getDb() returns afterwards unchanged. */
export async function countQueries(db: Db, call: () => Promise<unknown>): Promise<number> {
  return (await profileQueries(db, [call])).counts[0]!;
}

/** Runs the calls one after another through a counting client: queries per call, and where the time went. */
export async function profileQueries(
  db: Db,
  calls: readonly (() => Promise<unknown>)[],
): Promise<{ counts: number[]; profile: CallProfile }> {
  const counting = createCountingDb(db);
  setDbForTesting(counting.db);
  try {
    const counts: number[] = [];
    const callMs: number[] = [];
    const queryMs: number[] = [];
    for (const call of calls) {
      const started = performance.now();
      await call();
      callMs.push(performance.now() - started);
      const taken = counting.take();
      counts.push(taken.count);
      queryMs.push(taken.queryMs);
    }
    const queries = [...counting.ops()]
      .map(([operation, ms]) => ({
        operation,
        calls: Math.round((ms.length / Math.max(calls.length, 1)) * 10) / 10,
        medianMs: summarize(ms).medianMs,
      }))
      .sort((a, b) => b.medianMs * b.calls - a.medianMs * a.calls);
    const profile = { callMs: summarize(callMs).medianMs, queryMs: summarize(queryMs).medianMs, queries };
    return { counts, profile };
  } finally {
    setDbForTesting(db);
  }
}

export function describeProfile(profile: CallProfile, top = 3): string {
  const slowest = profile.queries
    .slice(0, top)
    .map((p) => `${p.operation} ${p.medianMs.toFixed(1)}${p.calls > 1 ? ` ×${p.calls}` : ""}`)
    .join(", ");
  const rest = Math.max(0, profile.callMs - profile.queryMs);
  return (
    `run one query at a time, a call took ${profile.callMs.toFixed(0)} ms: queries ` +
    `${profile.queryMs.toFixed(0)} ms (${slowest}), other JS ${rest.toFixed(0)} ms`
  );
}

export async function timeCalls(opts: {
  db: Db;
  warmups: number;
  runs: number;
  /** `i` numbers the call, warm-ups included, so a workload can vary its input. */
  call: (i: number) => Promise<unknown>;
}): Promise<Timing> {
  // The warm-ups are the counted and profiled calls; they also fill caches before the timed runs.
  const warmups = Array.from({ length: opts.warmups }, (_, i) => () => opts.call(i));
  const { counts, profile } = await profileQueries(opts.db, warmups);
  const samples: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const started = performance.now();
    await opts.call(opts.warmups + i);
    samples.push(performance.now() - started);
  }
  return {
    stats: summarize(samples),
    queries: { min: Math.min(...counts), max: Math.max(...counts) },
    profile,
  };
}
