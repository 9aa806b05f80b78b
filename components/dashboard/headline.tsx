import { formatCoverage } from "@/components/ui/coverage";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "@/components/ui/link";
import type { CoverageReport } from "@/lib/coverage/report-types";

type Stat = { href: string; value: string; label: string; note?: string };

/** The six numbers an executive reads first; each is a link to the list behind it. */
export async function Headline(props: { report: Promise<CoverageReport>; slug: string }) {
  const report = await props.report;
  const { coverage, flaggedStages, handoffs, unbridgedHandoffs, stale } = report.totals;
  if (report.options.journeys.length === 0 || coverage.total === 0) {
    const isFiltered = Boolean(report.filters.journeyId || report.filters.departmentId);
    return (
      <EmptyState title={isFiltered ? "Nothing matches these filters" : "Nothing mapped yet"}>
        {isFiltered ? (
          "No touchpoints match the chosen journey and department. Clear the filters to see the whole workspace."
        ) : (
          <>
            Add journeys, stages and touchpoints under{" "}
            <Link href={`/w/${props.slug}/structure`} className="text-blue-700 underline">
              Structure
            </Link>
            , then give departments their roles in each journey&apos;s matrix.
          </>
        )}
      </EmptyState>
    );
  }
  const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
  const stats: Stat[] = [
    {
      href: "#journeys",
      value: formatCoverage(coverage),
      label: "coverage",
      note: `${coverage.owned} of ${coverage.total} touchpoints owned`,
    },
    {
      href: "#unowned",
      value: String(coverage.unowned),
      label: plural(coverage.unowned, "unowned touchpoint", "unowned touchpoints"),
    },
    {
      href: "#contested",
      value: String(coverage.contested),
      label: plural(coverage.contested, "contested touchpoint", "contested touchpoints"),
    },
    {
      href: "#flagged-stages",
      value: String(flaggedStages),
      label: plural(flaggedStages, "stage flagged", "stages flagged"),
      note: "unowned or contested",
    },
    {
      href: "#handoffs",
      value: String(handoffs),
      label: plural(handoffs, "handoff", "handoffs"),
      note: `${unbridgedHandoffs} unbridged`,
    },
    {
      href: "#stale",
      value: String(stale),
      label: plural(stale, "stale ownership", "stale ownerships"),
      note: `not confirmed in ${report.verificationCadenceDays} days`,
    },
  ];
  return (
    <ul aria-label="Headline numbers" className="grid grid-cols-2 gap-3 md:grid-cols-3 xl:grid-cols-6">
      {stats.map((stat) => (
        <li
          key={stat.href}
          className="dashboard-card flex flex-col rounded-lg border border-slate-200 bg-white shadow-sm"
        >
          {/* The link fills what the note leaves, so a note never spills out of a card in a taller row. */}
          <Link href={stat.href} className="block flex-1 rounded-lg p-4 hover:bg-slate-50">
            <span className="block text-3xl font-semibold tabular-nums text-slate-900">{stat.value}</span>{" "}
            <span className="block text-sm font-medium text-slate-700">{stat.label}</span>
          </Link>
          {stat.note ? <p className="px-4 pb-3 text-xs text-slate-600">{stat.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}
