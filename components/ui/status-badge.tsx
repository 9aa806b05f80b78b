import type { StageStatus } from "@/lib/ownership";

// Text and a symbol carry the meaning; colour only reinforces it.
const STYLES: Record<StageStatus, { label: string; symbol: string; className: string }> = {
  OWNED: { label: "Owned", symbol: "✓", className: "bg-green-50 text-green-800 ring-green-600/30" },
  UNOWNED: { label: "Unowned", symbol: "○", className: "bg-amber-50 text-amber-900 ring-amber-600/40" },
  CONTESTED: { label: "Contested", symbol: "⚠", className: "bg-red-50 text-red-800 ring-red-600/30" },
  EMPTY: { label: "Empty", symbol: "–", className: "bg-slate-100 text-slate-700 ring-slate-400/40" },
};

export function getStatusLabel(status: StageStatus): string {
  return STYLES[status].label;
}

export function StatusBadge({ status }: { status: StageStatus }) {
  return <Badge {...STYLES[status]} />;
}

/** A status as a pill: its symbol and label carry the meaning, the colour only reinforces it. */
export function Badge({ label, symbol, className }: { label: string; symbol: string; className: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      <span aria-hidden="true">{symbol}</span>
      {label}
    </span>
  );
}
