import { Badge } from "@/components/ui/status-badge";
import type { OutcomeStatus } from "@/lib/outcomes/rules";

// Text and a symbol carry the meaning; colour only reinforces it.
const STYLES: Record<OutcomeStatus, { label: string; symbol: string; className: string }> = {
  ON_TARGET: { label: "On target", symbol: "✓", className: "bg-green-50 text-green-800 ring-green-600/30" },
  OFF_TARGET: { label: "Off target", symbol: "✗", className: "bg-red-50 text-red-800 ring-red-600/30" },
  NO_DATA: { label: "No data", symbol: "–", className: "bg-slate-100 text-slate-700 ring-slate-400/40" },
};

export function getOutcomeLabel(status: OutcomeStatus): string {
  return STYLES[status].label;
}

export function OutcomeBadge({ status }: { status: OutcomeStatus }) {
  return <Badge {...STYLES[status]} />;
}
