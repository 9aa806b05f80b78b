import type { Metadata } from "next";
import { Suspense } from "react";
import { CardSkeleton } from "@/components/dashboard/card";
import { CoverageHistory } from "@/components/dashboard/coverage-history";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { DepartmentLoad } from "@/components/dashboard/department-load";
import { HandoffHotspots } from "@/components/dashboard/handoff-hotspots";
import { HeadlessDepartments } from "@/components/dashboard/headless-departments";
import { Headline } from "@/components/dashboard/headline";
import { JourneyLine } from "@/components/dashboard/journey-line";
import { CustomerOutcomes } from "@/components/dashboard/outcomes";
import { WhereItBreaks } from "@/components/dashboard/where-it-breaks";
import Link from "@/components/ui/link";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { getHeadlessDepartments } from "@/lib/coverage/headless-queries";
import { getCoverageHistory, getCoverageReport } from "@/lib/coverage/queries";
import {
  getDashboardLimits,
  getHeadlessLimit,
  parseDashboardFilters,
  parseScorecardSort,
  parseShownList,
  type TSearchParams,
} from "@/lib/coverage/schemas";
import { listJourneyOwners } from "@/lib/outcomes/journey-owner-queries";
import { getOutcomeReport } from "@/lib/outcomes/report-queries";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<TSearchParams>;
}) {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const workspace = await requireWorkspacePage(slug);
  const filters = parseDashboardFilters(searchParams);
  // The long lists show their first rows unless the URL asks for one whole (the page stays small).
  const shown = parseShownList(searchParams);
  // One report for every card (the same code as GET /api/v1/coverage); each card streams in as it resolves.
  const report = getCoverageReport({ workspaceId: workspace.id, filters, limits: getDashboardLimits(shown) });
  // The same query as the JSON's headlessDepartments, listing the first at-risk touchpoints.
  const headless = getHeadlessDepartments({
    workspaceId: workspace.id,
    filters,
    limit: getHeadlessLimit(shown),
  });
  const history = getCoverageHistory({ workspaceId: workspace.id });
  const owners = listJourneyOwners(workspace.id);
  // The same report as GET /api/v1/outcomes, for the current month and the same filters.
  const outcomes = getOutcomeReport({ workspaceId: workspace.id, filters });

  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Coverage dashboard</h1>
        <p className="text-sm text-slate-600">
          Who owns each moment of the customer&apos;s journey, and where it breaks.
        </p>
        <Link href={`/w/${workspace.slug}/review`} className="no-print text-sm text-blue-800 underline">
          Monthly CX review
        </Link>
      </div>
      <Suspense fallback={<div className="h-14 animate-pulse rounded bg-slate-200" aria-hidden="true" />}>
        <DashboardFilters report={report} slug={workspace.slug} />
      </Suspense>
      <Suspense fallback={<CardSkeleton title="Headline numbers" height="h-24" />}>
        <Headline report={report} slug={workspace.slug} />
      </Suspense>
      <Suspense fallback={<CardSkeleton title="The journey line" />}>
        <JourneyLine report={report} owners={owners} slug={workspace.slug} />
      </Suspense>
      <Suspense fallback={<CardSkeleton title="Customer outcomes" height="h-64" />}>
        <CustomerOutcomes
          report={outcomes}
          slug={workspace.slug}
          filters={filters}
          shown={shown}
          sort={parseScorecardSort(searchParams)}
        />
      </Suspense>
      <div className="grid gap-6 2xl:grid-cols-[3fr_2fr]">
        <Suspense fallback={<CardSkeleton title="Where it breaks" height="h-64" />}>
          <WhereItBreaks report={report} slug={workspace.slug} shown={shown} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Handoff hotspots" />}>
          <HandoffHotspots report={report} slug={workspace.slug} />
        </Suspense>
      </div>
      <Suspense fallback={<CardSkeleton title="Departments without a head" />}>
        <HeadlessDepartments headless={headless} report={report} slug={workspace.slug} />
      </Suspense>
      <div className="grid gap-6 2xl:grid-cols-2">
        <Suspense fallback={<CardSkeleton title="Department load" height="h-60" />}>
          <DepartmentLoad report={report} />
        </Suspense>
        <Suspense fallback={<CardSkeleton title="Over time" height="h-64" />}>
          <CoverageHistory history={history} />
        </Suspense>
      </div>
    </div>
  );
}
