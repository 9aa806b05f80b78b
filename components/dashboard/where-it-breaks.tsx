import { formatCoverage } from "@/components/ui/coverage";
import Link from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { CoverageReport } from "@/lib/coverage/report-types";
import {
  getDashboardHref,
  LIST_LIMIT,
  SORT_LABELS,
  type TDashboardList,
  TOUCHPOINT_SORTS,
} from "@/lib/coverage/schemas";
import { Card, EmptyNote, ShowAllLink } from "./card";
import { StaleTable } from "./stale-table";
import { TouchpointTable } from "./touchpoint-table";

function SortLinks(props: { report: CoverageReport; slug: string; shown: TDashboardList | null }) {
  const { report, slug } = props;
  return (
    <nav aria-label="Sort the touchpoint lists" className="no-print flex flex-wrap gap-3 text-sm">
      <span className="text-slate-600">Sort by:</span>
      {TOUCHPOINT_SORTS.map((sort) => (
        <Link
          key={sort}
          href={getDashboardHref(slug, { ...report.filters, sort, all: props.shown ?? undefined }, "unowned")}
          aria-current={report.filters.sort === sort ? "true" : undefined}
          className="text-blue-800 underline aria-[current=true]:font-semibold aria-[current=true]:no-underline"
        >
          {SORT_LABELS[sort]}
        </Link>
      ))}
    </nav>
  );
}

/** Flagged stages, then the unowned and contested touchpoints behind the headline numbers. */
export async function WhereItBreaks(props: {
  report: Promise<CoverageReport>;
  slug: string;
  shown: TDashboardList | null;
}) {
  const report = await props.report;
  const { slug } = props;
  // The report reads the first rows of each list (getDashboardLimits); the totals count them all.
  const showAll = (list: "unowned" | "contested") => (
    <ShowAllLink
      shown={report[list].length}
      total={report.totals.coverage[list]}
      href={getDashboardHref(slug, { ...report.filters, all: list }, list)}
      what={`${list} touchpoints`}
    />
  );
  // Flagged stages come whole with the report (they are counted, not listed, in SQL); the page shows the first.
  const stages = props.shown === "stages" ? report.flaggedStages : report.flaggedStages.slice(0, LIST_LIMIT);
  return (
    <Card
      title="Where it breaks"
      description="Stages and touchpoints with no owner or more than one, and ownership nobody has confirmed lately."
    >
      <div className="grid gap-6">
        <section id="flagged-stages" aria-labelledby="flagged-stages-heading" className="scroll-mt-6">
          <h3 id="flagged-stages-heading" className="font-semibold">
            Stages flagged ({report.flaggedStages.length})
          </h3>
          {report.flaggedStages.length === 0 ? (
            <EmptyNote>No stage is unowned or contested.</EmptyNote>
          ) : (
            <ul className="mt-2 grid gap-1 text-sm">
              {stages.map(({ journey, stage, status, coverage }) => (
                <li key={stage.id} className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={status} />
                  <Link
                    href={`/w/${slug}/journeys/${journey.id}#stage-${stage.id}`}
                    className="text-blue-800 hover:underline"
                  >
                    {journey.name}: {stage.name}
                  </Link>
                  <span className="text-slate-600">{formatCoverage(coverage)} owned</span>
                </li>
              ))}
            </ul>
          )}
          <ShowAllLink
            shown={stages.length}
            total={report.flaggedStages.length}
            href={getDashboardHref(slug, { ...report.filters, all: "stages" }, "flagged-stages")}
            what="flagged stages"
          />
        </section>
        <SortLinks report={report} slug={slug} shown={props.shown} />
        <section id="unowned" aria-labelledby="unowned-heading" className="scroll-mt-6 grid gap-2">
          <h3 id="unowned-heading" className="font-semibold">
            Unowned touchpoints ({report.totals.coverage.unowned})
          </h3>
          <TouchpointTable
            caption="Unowned touchpoints"
            touchpoints={report.unowned}
            slug={slug}
            emptyText="Every touchpoint has a department accountable."
            showSides={false}
          />
          {showAll("unowned")}
        </section>
        <section id="contested" aria-labelledby="contested-heading" className="scroll-mt-6 grid gap-2">
          <h3 id="contested-heading" className="font-semibold">
            Contested touchpoints ({report.totals.coverage.contested})
          </h3>
          <TouchpointTable
            caption="Contested touchpoints"
            touchpoints={report.contested}
            slug={slug}
            emptyText="No touchpoint is contested."
            showSides
          />
          {showAll("contested")}
        </section>
        <section id="stale" aria-labelledby="stale-heading" className="scroll-mt-6 grid gap-2">
          <h3 id="stale-heading" className="font-semibold">
            Stale ownership ({report.totals.stale})
          </h3>
          <p className="text-sm text-slate-600">
            Owned, but not confirmed by its department in the last {report.verificationCadenceDays} days;
            longest unconfirmed first.
          </p>
          <StaleTable touchpoints={report.stale} slug={slug} cadenceDays={report.verificationCadenceDays} />
          <ShowAllLink
            shown={report.stale.length}
            total={report.totals.stale}
            href={getDashboardHref(slug, { ...report.filters, all: "stale" }, "stale")}
            what="stale ownerships"
          />
        </section>
      </div>
    </Card>
  );
}
