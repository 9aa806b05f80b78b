import { Announcer } from "@/components/ui/announcer";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "@/components/ui/link";
import type { JourneyStructure as Structure } from "@/lib/structure/queries";
import { StageCard } from "./stage-card";
import { StageCreateForm } from "./stage-forms";

type Props = { structure: Structure; workspaceSlug: string; canEdit: boolean };

/** A journey's stages in order, each with its touchpoints in order, all editable in place. */
export function JourneyStructure({ structure, workspaceSlug, canEdit }: Props) {
  const { journey, stages } = structure;
  const stageRefs = stages.map((s) => ({ id: s.id, name: s.name }));
  return (
    <Announcer>
      <div className="grid gap-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <p className="text-sm text-slate-600">
              <Link href={`/w/${workspaceSlug}/structure`} className="underline">
                Structure
              </Link>{" "}
              / Journey
            </p>
            <h1 className="text-2xl font-semibold tracking-tight">{journey.name}</h1>
            {journey.description ? <p className="text-sm text-slate-600">{journey.description}</p> : null}
          </div>
          <Link
            href={`/w/${workspaceSlug}/journeys/${journey.id}`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            Open the matrix
          </Link>
        </div>
        <h2 id="stages-heading" tabIndex={-1} className="text-lg font-semibold">
          Stages in order
        </h2>
        {stages.length === 0 ? (
          <EmptyState title="No stages yet">
            Stages are the chronological phases of this journey, such as Discover, Compare and Buy.
          </EmptyState>
        ) : (
          <ol aria-label={`Stages of ${journey.name}`} className="grid gap-4">
            {stages.map((stage, index) => (
              <StageCard key={stage.id} stage={stage} index={index} stages={stageRefs} canEdit={canEdit} />
            ))}
          </ol>
        )}
        {canEdit ? (
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h2 className="mb-3 text-base font-semibold">Add a stage</h2>
            <StageCreateForm journeyId={journey.id} />
          </div>
        ) : null}
      </div>
    </Announcer>
  );
}
