import type { Coverage } from "@/lib/ownership";

export function formatCoverage(coverage: Coverage): string {
  return coverage.ratio === null ? "—" : `${Math.round(coverage.ratio * 100)}%`;
}

/** The percentage is always written out (and labelled for screen readers); the bar only echoes it. */
export function CoverageMeter({ coverage, label }: { coverage: Coverage; label: string }) {
  const percent = coverage.ratio === null ? 0 : Math.round(coverage.ratio * 100);
  return (
    <div className="flex items-center gap-3">
      <div aria-hidden="true" className="h-2 w-32 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-green-700" style={{ width: `${percent}%` }} />
      </div>
      <span className="text-sm tabular-nums text-slate-700">
        <span className="sr-only">{label}: </span>
        <strong className="font-semibold text-slate-900">{formatCoverage(coverage)}</strong> owned ·{" "}
        {coverage.owned}/{coverage.total}
      </span>
    </div>
  );
}
