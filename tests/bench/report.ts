// The benchmark's output: one table for people, the same rows as JSON for tools and later comparison.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type CallProfile, describeProfile, type Stats } from "./measure";

export type Verdict = "PASS" | "OVER" | "—";

export type ReportRow = {
  metric: string;
  medianMs: number | null;
  p95Ms: number | null;
  /** The DESIGN.md budget, on the statistic `budgetOn` names; null when DESIGN sets none (report only). */
  budgetMs: number | null;
  budgetOn: "median" | "p95" | null;
  queries: string;
  verdict: Verdict;
  note?: string;
  /** The 1-minute load average when the measurement ended: other work on the machine skews timings. */
  load?: number;
  /** Where a call's time went, query by query (in-process rows only). */
  profile?: CallProfile;
};

export function judge(stats: Stats, budget: { ms: number; on: "median" | "p95" } | null): Verdict {
  if (!budget) return "—";
  const value = budget.on === "median" ? stats.medianMs : stats.p95Ms;
  return value <= budget.ms ? "PASS" : "OVER";
}

export function timedRow(opts: {
  metric: string;
  stats: Stats;
  budget: { ms: number; on: "median" | "p95" } | null;
  queries: string;
  note?: string;
  profile?: CallProfile;
}): ReportRow {
  const verdict = judge(opts.stats, opts.budget);
  // Over budget: say where the time goes, the first place to look.
  const slowest = verdict === "OVER" && opts.profile ? describeProfile(opts.profile) : "";
  return {
    metric: opts.metric,
    medianMs: opts.stats.medianMs,
    p95Ms: opts.stats.p95Ms,
    budgetMs: opts.budget?.ms ?? null,
    budgetOn: opts.budget?.on ?? null,
    queries: opts.queries,
    verdict,
    note: [opts.note, slowest].filter(Boolean).join("; ") || undefined,
    load: Number(os.loadavg()[0]!.toFixed(1)),
    profile: opts.profile,
  };
}

const ms = (value: number | null) => (value === null ? "—" : value.toFixed(1));

function formatBudget(row: ReportRow): string {
  if (row.budgetMs === null) return row.verdict === "—" ? "—" : "equal";
  return `${row.budgetOn === "median" ? "med" : "p95"} < ${row.budgetMs}`;
}

export function formatTable(rows: readonly ReportRow[]): string {
  const header = ["metric", "median ms", "p95 ms", "budget ms", "queries", "result", "load"];
  const cells = rows.map((r) => [
    r.metric,
    ms(r.medianMs),
    ms(r.p95Ms),
    formatBudget(r),
    r.queries,
    r.verdict,
    r.load === undefined ? "" : r.load.toFixed(1),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: readonly string[]) =>
    values.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join("  ");
  const notes = rows.filter((r) => r.note).map((r) => `  · ${r.metric}: ${r.note}`);
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line), "", ...notes].join(
    "\n",
  );
}

export async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Map and bigint do not serialise by default; the report uses neither, but be safe for details.
  const replacer = (_key: string, v: unknown) =>
    typeof v === "bigint" ? v.toString() : v instanceof Map ? Object.fromEntries(v) : v;
  await writeFile(file, `${JSON.stringify(value, replacer, 2)}\n`);
}
