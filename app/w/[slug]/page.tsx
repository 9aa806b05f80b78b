import type { Metadata } from "next";
import { JourneyList } from "@/components/journeys/journey-list";
import { CoverageMeter } from "@/components/ui/coverage";
import { EmptyState } from "@/components/ui/empty-state";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { getWorkspaceOverview } from "@/lib/coverage/queries";
import { listJourneyOwners } from "@/lib/outcomes/journey-owner-queries";
import { getOwnersByJourney } from "@/lib/outcomes/journey-owner-schemas";

export const metadata: Metadata = { title: "Journeys" };

export default async function WorkspaceHomePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const workspace = await requireWorkspacePage(slug);
  const [overview, owners] = await Promise.all([
    getWorkspaceOverview(workspace.id),
    listJourneyOwners(workspace.id),
  ]);

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Journeys</h1>
          <p className="text-sm text-slate-600">
            {overview.journeys.length} {overview.journeys.length === 1 ? "journey" : "journeys"} ·{" "}
            {overview.departmentCount} departments · {overview.coverage.unowned} unowned ·{" "}
            {overview.coverage.contested} contested touchpoints
          </p>
        </div>
        <CoverageMeter coverage={overview.coverage} label="Workspace coverage" />
      </div>
      {overview.journeys.length === 0 ? (
        <EmptyState title="No journeys mapped yet">
          A journey is a customer goal told from the customer&apos;s side, such as “Buy online” or “Get help”.
        </EmptyState>
      ) : (
        <JourneyList
          journeys={overview.journeys}
          owners={getOwnersByJourney(owners)}
          workspaceSlug={workspace.slug}
        />
      )}
    </div>
  );
}
