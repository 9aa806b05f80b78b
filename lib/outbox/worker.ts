// The worker started with the app (instrumentation.ts): it runs its jobs in turn, again at once while any found
// work, else after a pause. Every job takes its rows with SKIP LOCKED or leases them, so several instances share
// the work without doing any of it twice at the same time; a crash leaves what was not finished for the next run.

export type WorkerJob = {
  name: string;
  /** Does one batch of due work; returns how many items it handled. */
  run: (now: Date) => Promise<number>;
};

/** One pass over every job; a failing job is reported and does not stop the others. */
export async function runJobsOnce(
  jobs: readonly WorkerJob[],
  now = new Date(),
  onError: (job: string, error: unknown) => void = report,
): Promise<number> {
  let handled = 0;
  for (const job of jobs) {
    try {
      handled += await job.run(now);
    } catch (error) {
      onError(job.name, error);
    }
  }
  return handled;
}

function report(job: string, error: unknown): void {
  console.error(`[worker] ${job} failed:`, error instanceof Error ? error.message : error);
}

export type Worker = { stop(): Promise<void> };

export function startWorker(opts: { jobs: readonly WorkerJob[]; idleMs?: number }): Worker {
  const idleMs = opts.idleMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = (async () => {
      const handled = await runJobsOnce(opts.jobs);
      if (stopped) return;
      timer = setTimeout(tick, handled > 0 ? 0 : idleMs);
      // The worker never keeps the process alive on its own.
      timer.unref();
    })();
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
