import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { MatrixEditor } from "@/components/matrix/matrix-editor";
import { MatrixFilters } from "@/components/matrix/matrix-filters";
import { JourneyOwnerPanel } from "@/components/outcomes/journey-owner-panel";
import { ScopeOutcomes } from "@/components/outcomes/scope-outcomes";
import { ExportLinks } from "@/components/sheets/export-links";
import { Announcer } from "@/components/ui/announcer";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "@/components/ui/link";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { getChannelLabel, getChannelSlug } from "@/lib/map/channels";
import { getJourneyMatrix, getMatrixOutcomes } from "@/lib/matrix/queries";
import { parseMatrixFilters } from "@/lib/matrix/schemas";
import { getJourneyOwner, listJourneyOwnerCandidates } from "@/lib/outcomes/journey-owner-queries";
import { type Month, monthOf } from "@/lib/outcomes/rules";
import { getScopeOutcomes } from "@/lib/outcomes/scope-queries";

type Params = Promise<{ slug: string; journeyId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ZJourneyId = z.uuid();

/** The matrix (stale as of `asOf`) and, when a month is given, its outcome column, read side by side. */
async function loadMatrix(params: Params, opts: { outcomeMonth?: Month; asOf?: Date } = {}) {
  const { slug, journeyId } = await params;
  const workspace = await requireWorkspacePage(slug);
  const id = ZJourneyId.safeParse(journeyId);
  if (!id.success) return null;
  const scope = { workspaceId: workspace.id, journeyId: id.data };
  const [matrix, outcomes] = await Promise.all([
    getJourneyMatrix({ ...scope, asOf: opts.asOf }),
    opts.outcomeMonth ? getMatrixOutcomes({ ...scope, month: opts.outcomeMonth }) : null,
  ]);
  return matrix ? { workspace, matrix, outcomes } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await loadMatrix(params);
  return { title: loaded?.matrix.journey.name ?? "Journey" };
}

export default async function JourneyPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  // One moment for the whole page: the outcome month and every row's stale flag.
  const now = new Date();
  const month = monthOf(now);
  const loaded = await loadMatrix(params, { outcomeMonth: month, asOf: now });
  if (!loaded) notFound();
  const { workspace, matrix, outcomes: rowOutcomes } = loaded;
  const filters = parseMatrixFilters(await searchParams);
  const path = `/w/${workspace.slug}/journeys/${matrix.journey.id}`;
  const canEdit = can(workspace.role, "map.edit");
  const canNameOwner = can(workspace.role, "outcomes.define");
  const [owner, candidates, outcomes] = await Promise.all([
    getJourneyOwner({ workspaceId: workspace.id, journeyId: matrix.journey.id }),
    canNameOwner ? listJourneyOwnerCandidates(workspace.id) : null,
    getScopeOutcomes({ workspaceId: workspace.id, scopeId: matrix.journey.id, month }),
  ]);

  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{matrix.journey.name}</h1>
          {matrix.journey.description ? (
            <p className="text-sm text-slate-600">{matrix.journey.description}</p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-2">
          <ExportLinks slug={workspace.slug} journeyId={matrix.journey.id} />
          <Link
            href={`/w/${workspace.slug}/structure/journeys/${matrix.journey.id}`}
            className="no-print rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
          >
            {canEdit ? "Edit structure" : "Structure"}
          </Link>
        </div>
      </div>
      <JourneyOwnerPanel
        journeyId={matrix.journey.id}
        journeyName={matrix.journey.name}
        owner={owner}
        candidates={candidates}
      />
      <MatrixFilters action={path} filters={filters} departments={matrix.departments} />
      {matrix.stages.length === 0 ? (
        <EmptyState title="No stages yet">
          Stages are the chronological phases of this journey. Add them under “Edit structure”.
        </EmptyState>
      ) : matrix.departments.length === 0 ? (
        <EmptyState title="No departments yet">Add departments under Structure to assign roles.</EmptyState>
      ) : (
        <MatrixEditor
          journeyName={matrix.journey.name}
          departments={matrix.departments}
          stages={matrix.stages.map((s) => ({ id: s.id, name: s.name }))}
          touchpoints={matrix.stages.flatMap((s) =>
            s.touchpoints.map((t) => ({
              id: t.id,
              stageId: s.id,
              name: t.name,
              description: t.description,
              channel: getChannelSlug(t.channel),
              channelLabel: getChannelLabel(t.channel),
              version: t.version,
              roles: t.roles,
              claimantIds: t.claimantIds,
              outcome: rowOutcomes?.[t.id] ?? null,
              confirmedAt: t.confirmedAt?.toISOString() ?? null,
            })),
          )}
          filters={filters}
          verification={{
            cadenceDays: matrix.verification.cadenceDays,
            asOf: matrix.verification.asOf.toISOString(),
          }}
          canEdit={canEdit}
          outcomeMonth={month}
          touchpointPath={`/w/${workspace.slug}/touchpoints`}
        />
      )}
      <Announcer>
        <ScopeOutcomes
          slug={workspace.slug}
          scope={{ kind: "journey", id: matrix.journey.id }}
          month={month}
          outcomes={outcomes}
          answerable={`The journey’s own targets; ${owner ? `its owner, ${owner.name}, answers for them` : "it has no owner to answer for them"}`}
          canSetTargets={canNameOwner}
          canRecord={canNameOwner}
        />
      </Announcer>
    </div>
  );
}
