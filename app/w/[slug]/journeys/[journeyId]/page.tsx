import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { MatrixTable } from "@/components/matrix/matrix-table";
import { CoverageMeter } from "@/components/ui/coverage";
import { EmptyState } from "@/components/ui/empty-state";
import { getJourneyMatrix } from "@/lib/matrix/queries";
import { getWorkspaceBySlug } from "@/lib/workspaces/queries";

type Params = Promise<{ slug: string; journeyId: string }>;

const ZJourneyId = z.uuid();

async function loadMatrix(params: Params) {
  const { slug, journeyId } = await params;
  const workspace = await getWorkspaceBySlug(slug);
  const id = ZJourneyId.safeParse(journeyId);
  if (!workspace || !id.success) return null;
  return getJourneyMatrix({ workspaceId: workspace.id, journeyId: id.data });
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const matrix = await loadMatrix(params);
  return { title: matrix?.journey.name ?? "Journey" };
}

export default async function JourneyPage({ params }: { params: Params }) {
  const matrix = await loadMatrix(params);
  if (!matrix) notFound();
  const touchpointCount = matrix.coverage.total;

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">{matrix.journey.name}</h1>
          {matrix.journey.description ? (
            <p className="text-sm text-slate-600">{matrix.journey.description}</p>
          ) : null}
          <p className="mt-1 text-sm text-slate-600">
            {matrix.stages.length} stages · {touchpointCount} touchpoints · {matrix.coverage.unowned} unowned
            · {matrix.coverage.contested} contested · {matrix.handoffs.length} handoffs
          </p>
        </div>
        <CoverageMeter coverage={matrix.coverage} label="Journey coverage" />
      </div>
      {matrix.stages.length === 0 ? (
        <EmptyState title="No stages yet">Stages are the chronological phases of this journey.</EmptyState>
      ) : (
        <MatrixTable matrix={matrix} />
      )}
    </div>
  );
}
