import { OutcomeBadge } from "@/components/outcomes/outcome-badge";
import Link from "@/components/ui/link";
import type { MatrixOutcome } from "@/lib/matrix/queries";
import { formatNumber } from "@/lib/outcomes/rules";

/** The words beside the badge: the worst miss (measure value / target), else how many targets it covers. */
export function describeOutcome(outcome: MatrixOutcome): string {
  const { counts, worst } = outcome;
  if (outcome.status === "OFF_TARGET" && worst) {
    const more = counts.offTarget > 1 ? ` +${counts.offTarget - 1} more` : "";
    return `${worst.measure} ${formatNumber(worst.value)} / ${formatNumber(worst.target)}${more}`;
  }
  if (outcome.status === "NO_DATA") return `no reading for ${counts.noData} of ${counts.targets}`;
  return counts.targets === 1 ? "1 target" : `${counts.targets} targets`;
}

/**
 * A row's outcome for the month, linked to the touchpoint's outcomes (where the trend is). A touchpoint with
 * no target says so in words, apart from "No data" (targets without readings).
 */
export function OutcomeCell(props: { outcome: MatrixOutcome | null; touchpointName: string; href: string }) {
  if (!props.outcome) return <span className="whitespace-nowrap text-slate-500">No targets</span>;
  return (
    <Link
      href={props.href}
      className="flex max-w-60 flex-wrap items-center gap-x-2 gap-y-0.5 rounded-sm text-slate-700 hover:underline"
    >
      <OutcomeBadge status={props.outcome.status} />
      <span className="whitespace-nowrap text-xs">{describeOutcome(props.outcome)}</span>
      <span className="sr-only">, outcomes of {props.touchpointName}</span>
    </Link>
  );
}
