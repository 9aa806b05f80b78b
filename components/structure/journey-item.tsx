"use client";

import Link from "@/components/ui/link";
import { deleteJourney, reorderJourney } from "@/lib/structure/actions";
import { describeJourneyImpact, formatCount } from "@/lib/structure/impact";
import type { StructureJourney } from "@/lib/structure/queries";
import { EditableItem } from "./editable-item";
import { JourneyEditForm } from "./journey-forms";

type Props = {
  journey: StructureJourney;
  /** Its place among the workspace's journeys, the order of the journeys page and the dashboard. */
  index: number;
  count: number;
  workspaceSlug: string;
  canEdit: boolean;
};

export function JourneyItem({ journey, index, count, workspaceSlug, canEdit }: Props) {
  const { stages, touchpoints } = journey.impact;
  return (
    <EditableItem
      name={journey.name}
      canEdit={canEdit}
      editForm={(onDone) => <JourneyEditForm journey={journey} onDone={onDone} />}
      deletion={{
        what: `journey “${journey.name}”`,
        alsoDeletes: describeJourneyImpact(journey.impact),
        remove: () => deleteJourney({ id: journey.id }),
        focusAfterId: "journeys-heading",
      }}
      reorder={{
        kind: "journey",
        index,
        count,
        move: (toIndex) => reorderJourney({ id: journey.id, toIndex }),
      }}
    >
      <div className="min-w-48 flex-1">
        <h3 className="font-medium text-slate-900">
          <Link
            href={`/w/${workspaceSlug}/structure/journeys/${journey.id}`}
            className="text-blue-800 underline-offset-2 hover:underline"
          >
            {journey.name}
          </Link>
        </h3>
        <p className="text-xs text-slate-600">
          {formatCount(stages, "stage")} · {formatCount(touchpoints, "touchpoint")} ·{" "}
          <Link href={`/w/${workspaceSlug}/journeys/${journey.id}`} className="underline">
            Open {journey.name} matrix
          </Link>
        </p>
        {journey.description ? <p className="mt-1 text-sm text-slate-700">{journey.description}</p> : null}
      </div>
    </EditableItem>
  );
}
