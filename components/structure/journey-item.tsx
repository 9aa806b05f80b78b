"use client";

import Link from "next/link";
import { describeJourneyImpact, formatCount } from "@/lib/structure/impact";
import { deleteJourney } from "@/lib/structure/journey-actions";
import type { StructureJourney } from "@/lib/structure/queries";
import { DeleteButton } from "./delete-button";
import { BUTTON } from "./form-controls";
import { JourneyEditForm } from "./journey-forms";
import { useEditToggle } from "./use-edit-toggle";

export function JourneyItem({
  journey,
  workspaceSlug,
  canEdit,
}: {
  journey: StructureJourney;
  workspaceSlug: string;
  canEdit: boolean;
}) {
  const edit = useEditToggle();
  const { stages, touchpoints } = journey.impact;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {edit.isEditing ? (
        <JourneyEditForm journey={journey} onDone={edit.close} />
      ) : (
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0 flex-1">
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
            {journey.description ? (
              <p className="mt-1 text-sm text-slate-700">{journey.description}</p>
            ) : null}
          </div>
          {canEdit ? (
            <div className="flex shrink-0 gap-2">
              <button
                ref={edit.editButtonRef}
                type="button"
                onClick={edit.open}
                aria-label={`Edit ${journey.name}`}
                className={BUTTON.small}
              >
                Edit
              </button>
              <DeleteButton
                what={`journey “${journey.name}”`}
                name={journey.name}
                alsoDeletes={describeJourneyImpact(journey.impact)}
                remove={() => deleteJourney({ id: journey.id })}
                focusAfterId="journeys-heading"
              />
            </div>
          ) : null}
        </div>
      )}
    </li>
  );
}
