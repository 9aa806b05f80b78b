// Timing for the tests that prove the sheet reader and planner take time linear in their input (a quadratic
// one took sixteen times as long for four times the input). Tests only.

/**
 * The CPU time `fn` takes, not its wall time: another process busy on the machine makes this one wait for a
 * core, which the clock on the wall counts and the CPU clock does not.
 */
export const cpuMs = (fn: () => unknown) => {
  const started = process.cpuUsage();
  fn();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};
/** The fastest of a few runs of each, taken in turn, so both sizes are timed under the same conditions. */
export function fastest(tries: number, ...fns: (() => unknown)[]): number[] {
  const best = fns.map(() => Number.POSITIVE_INFINITY);
  for (let i = 0; i < tries; i++) {
    for (const [k, fn] of fns.entries()) best[k] = Math.min(best[k] ?? Number.POSITIVE_INFINITY, cpuMs(fn));
  }
  return best;
}
