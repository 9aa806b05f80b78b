import type { ReactNode } from "react";
import Link from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  getDashboardHref,
  LIST_LIMIT,
  type TCoverageFilters,
  type TDashboardList,
} from "@/lib/coverage/schemas";
import { formatMonth, formatValue } from "@/lib/outcomes/measure-text";
import type { OutcomeReport, PainMiss, UnownedPainItem } from "@/lib/outcomes/report";
import { formatNumber, type OutcomeCounts } from "@/lib/outcomes/rules";
import { sortScorecards, type TScorecardSort } from "@/lib/outcomes/scorecard-sort";
import { Card, EmptyNote, ShowAllLink } from "./card";

const TH = "px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600";
const TD = "px-3 py-1.5 text-right tabular-nums";

/** Where the section's links go: its filters, and the list shown whole (kept when the scorecards re-sort). */
type Links = { slug: string; filters: TCoverageFilters & { all?: TDashboardList } };

/**
 * The customer's verdict beside the owners (DESIGN.md, Customer outcomes): the month's counts, unowned pain
 * first, then the departments' and journey owners' scorecards. The same report as GET /api/v1/outcomes.
 */
export async function CustomerOutcomes(props: {
  report: Promise<OutcomeReport>;
  slug: string;
  filters: TCoverageFilters;
  shown: TDashboardList | null;
  sort: TScorecardSort;
}) {
  const report = await props.report;
  const links: Links = {
    slug: props.slug,
    filters: props.shown === "scorecards" ? { ...props.filters, all: "scorecards" } : props.filters,
  };
  const month = formatMonth(report.month);
  return (
    <Card
      id="outcomes"
      title="Customer outcomes"
      description={`Targets for ${month}: each reads the month's reading, else the month before's.`}
    >
      {report.measureCount === 0 ? (
        <EmptyNote>
          No measures yet. A CX lead defines them (CSAT, NPS, complaints…) under{" "}
          <Link href={`/w/${props.slug}/settings/measures`} className="text-blue-800 underline">
            Settings → Measures
          </Link>
          .
        </EmptyNote>
      ) : report.totals.targets === 0 && !isFiltered(report) ? (
        <EmptyNote>
          No targets yet. A CX lead sets them on a touchpoint&apos;s or a journey&apos;s page.
        </EmptyNote>
      ) : (
        <div className="grid gap-6">
          <OutcomeCountList totals={report.totals} links={links} />
          {report.filters.departmentId ? (
            <p className="text-sm text-slate-600">
              A department filter shows the targets of the touchpoints it holds a role on; journeys&apos; own
              targets belong to no department and are left out.
            </p>
          ) : null}
          <UnownedPain report={report} links={links} shown={props.shown} />
          <DepartmentScorecards report={report} links={links} sort={props.sort} shown={props.shown} />
          <JourneyScorecards report={report} links={links} sort={props.sort} />
        </div>
      )}
    </Card>
  );
}

function isFiltered(report: OutcomeReport): boolean {
  return Boolean(report.filters.journeyId || report.filters.departmentId);
}

function OutcomeCountList({ totals, links }: { totals: OutcomeCounts; links: Links }) {
  const stats: { label: string; value: number; sort: TScorecardSort }[] = [
    { label: totals.targets === 1 ? "target" : "targets", value: totals.targets, sort: "targets" },
    { label: "on target", value: totals.onTarget, sort: "onTarget" },
    { label: "off target", value: totals.offTarget, sort: "offTarget" },
    { label: "no data", value: totals.noData, sort: "noData" },
  ];
  return (
    <ul aria-label="Outcome counts" className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {stats.map((stat) => (
        <li key={stat.sort} className="rounded-lg border border-slate-200">
          {/* Each number opens the scorecards sorted by it: the list behind the number. */}
          <Link
            href={getDashboardHref(
              links.slug,
              { ...links.filters, scorecards: stat.sort },
              "outcome-departments",
            )}
            className="block rounded-lg p-3 hover:bg-slate-50"
          >
            <span className="block text-2xl font-semibold tabular-nums text-slate-900">{stat.value}</span>{" "}
            <span className="block text-sm font-medium text-slate-700">{stat.label}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

function missText(miss: PainMiss): string {
  const { measure } = miss;
  return `${measure.name} ${formatValue(miss.value, measure.unit)} against ${formatValue(miss.target, measure.unit)}`;
}

function UnownedPain(props: { report: OutcomeReport; links: Links; shown: TDashboardList | null }) {
  const { report, links } = props;
  const all = report.unownedPain;
  const rows = props.shown === "pain" ? all : all.slice(0, LIST_LIMIT);
  return (
    <Section id="unowned-pain" title={`Unowned pain (${all.length})`}>
      <p className="text-sm text-slate-600">
        Touchpoints nobody is accountable for, or several are, that miss a target: worst miss first.
      </p>
      {all.length === 0 ? (
        <EmptyNote>No unowned or contested touchpoint misses a target.</EmptyNote>
      ) : (
        <OutcomeTable
          caption="Unowned pain, worst miss first"
          head={
            <>
              <th className={`${TH} text-left`}>Touchpoint</th>
              <th className={`${TH} text-left`}>Ownership</th>
              <th className={`${TH} text-left`}>Worst miss</th>
              <th className={`${TH} text-right`}>Targets missed</th>
            </>
          }
        >
          {rows.map((pain) => (
            <PainRow key={pain.touchpoint.id} pain={pain} slug={links.slug} />
          ))}
        </OutcomeTable>
      )}
      <ShowAllLink
        shown={rows.length}
        total={all.length}
        href={getDashboardHref(links.slug, { ...links.filters, all: "pain" }, "unowned-pain")}
        what="touchpoints in pain"
      />
    </Section>
  );
}

function PainRow({ pain, slug }: { pain: UnownedPainItem; slug: string }) {
  return (
    <tr>
      <th scope="row" className="px-3 py-1.5 text-left font-normal">
        <Link
          href={`/w/${slug}/touchpoints/${pain.touchpoint.id}`}
          className="font-medium text-blue-800 hover:underline"
        >
          {pain.touchpoint.name}
        </Link>
        <span className="block text-xs text-slate-500">
          {pain.journey.name} · {pain.stage.name}
        </span>
      </th>
      <td className="px-3 py-1.5">
        <StatusBadge status={pain.status} />
      </td>
      <td className="px-3 py-1.5">
        {missText(pain)}
        <span className="block text-xs text-slate-500">
          short by {formatNumber(pain.shortfall)} · read {formatMonth(pain.readingMonth)}
        </span>
      </td>
      <td className={TD}>{pain.misses.length}</td>
    </tr>
  );
}

const COLUMNS: { sort: TScorecardSort; label: string }[] = [
  { sort: "targets", label: "Targets" },
  { sort: "onTarget", label: "On target" },
  { sort: "offTarget", label: "Off target" },
  { sort: "noData", label: "No data" },
];

/** A column header that sorts the scorecards by it: a link, so it works without script and from the keyboard. */
function SortHeader(props: {
  label: string;
  sort: TScorecardSort;
  current: TScorecardSort;
  links: Links;
  hash: string;
  align: "left" | "right";
}) {
  const isCurrent = props.sort === props.current;
  const order = props.sort === "name" ? "A to Z" : "largest first";
  return (
    <th
      scope="col"
      aria-sort={isCurrent ? (props.sort === "name" ? "ascending" : "descending") : undefined}
      className={`${TH} ${props.align === "left" ? "text-left" : "text-right"}`}
    >
      <Link
        href={getDashboardHref(
          props.links.slug,
          { ...props.links.filters, scorecards: props.sort },
          props.hash,
        )}
        className="underline decoration-slate-300 underline-offset-2 hover:text-slate-900"
        aria-label={`${props.label}: sort ${order}`}
      >
        {props.label}
        {isCurrent ? <span aria-hidden="true"> ▾</span> : null}
      </Link>
    </th>
  );
}

/** The four count columns of a scorecard, each sorting by itself. */
function CountHeaders(props: { current: TScorecardSort; links: Links; hash: string }) {
  return COLUMNS.map((c) => <SortHeader key={c.sort} {...c} {...props} align="right" />);
}

function CountCells({ counts }: { counts: OutcomeCounts }) {
  return (
    <>
      <td className={TD}>{counts.targets}</td>
      <td className={TD}>{counts.onTarget}</td>
      <td className={`${TD} ${counts.offTarget > 0 ? "font-semibold text-red-800" : ""}`}>
        {counts.offTarget}
      </td>
      <td className={TD}>{counts.noData}</td>
    </>
  );
}

function DepartmentScorecards(props: {
  report: OutcomeReport;
  links: Links;
  sort: TScorecardSort;
  shown: TDashboardList | null;
}) {
  const all = sortScorecards(props.report.departments, props.sort);
  const rows = props.shown === "scorecards" ? all : all.slice(0, LIST_LIMIT);
  const hash = "outcome-departments";
  return (
    <Section id={hash} title="Department scorecards">
      <p className="text-sm text-slate-600">
        Targets of the touchpoints each department is the single Accountable department for.
      </p>
      {all.length === 0 ? (
        <EmptyNote>No departments yet.</EmptyNote>
      ) : (
        <OutcomeTable
          caption="Department scorecards"
          head={
            <>
              <SortHeader
                label="Department"
                sort="name"
                current={props.sort}
                links={props.links}
                hash={hash}
                align="left"
              />
              <CountHeaders current={props.sort} links={props.links} hash={hash} />
            </>
          }
        >
          {rows.map((d) => (
            <tr key={d.id}>
              <th scope="row" className="px-3 py-1.5 text-left font-medium">
                {d.name}
              </th>
              <CountCells counts={d} />
            </tr>
          ))}
        </OutcomeTable>
      )}
      <ShowAllLink
        shown={rows.length}
        total={all.length}
        href={getDashboardHref(
          props.links.slug,
          { ...props.links.filters, all: "scorecards", scorecards: props.sort },
          hash,
        )}
        what="department scorecards"
      />
    </Section>
  );
}

function JourneyScorecards(props: { report: OutcomeReport; links: Links; sort: TScorecardSort }) {
  const rows = sortScorecards(props.report.journeys, props.sort);
  const hash = "outcome-journeys";
  return (
    <Section id={hash} title="Journey owners' scorecards">
      <p className="text-sm text-slate-600">
        Each journey&apos;s own targets, which its owner answers for; and how its touchpoints&apos; targets
        fare.
      </p>
      {rows.length === 0 ? (
        <EmptyNote>No journeys yet.</EmptyNote>
      ) : (
        <OutcomeTable
          caption="Journey owners' scorecards"
          head={
            <>
              <SortHeader
                label="Journey"
                sort="name"
                current={props.sort}
                links={props.links}
                hash={hash}
                align="left"
              />
              <th scope="col" className={`${TH} text-left`}>
                Owner
              </th>
              <CountHeaders current={props.sort} links={props.links} hash={hash} />
              <th scope="col" className={`${TH} text-right`}>
                Touchpoints off target
              </th>
            </>
          }
        >
          {rows.map((j) => (
            <tr key={j.id}>
              <th scope="row" className="px-3 py-1.5 text-left font-medium">
                <Link
                  href={`/w/${props.links.slug}/journeys/${j.id}`}
                  className="text-blue-800 hover:underline"
                >
                  {j.name}
                </Link>
              </th>
              <td className="px-3 py-1.5">
                {j.owner ? (
                  j.owner.name
                ) : (
                  <span className="font-medium text-amber-900">
                    <span aria-hidden="true">○ </span>No owner
                  </span>
                )}
              </td>
              <CountCells counts={j} />
              <td className={TD}>
                {j.touchpoints.offTarget} of {j.touchpoints.targets}
              </td>
            </tr>
          ))}
        </OutcomeTable>
      )}
    </Section>
  );
}

/** An outcome table: scrolls inside its own box on a narrow screen, so the page does not. */
function OutcomeTable(props: { caption: string; head: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="border-b border-slate-200">
          <tr>{props.head}</tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{props.children}</tbody>
      </table>
    </div>
  );
}

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-heading`} className="grid scroll-mt-6 gap-2">
      <h3 id={`${props.id}-heading`} className="font-semibold">
        {props.title}
      </h3>
      {props.children}
    </section>
  );
}
