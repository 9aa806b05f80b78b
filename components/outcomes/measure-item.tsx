"use client";

import { DeleteButton } from "@/components/structure/delete-button";
import { useEditToggle } from "@/components/structure/use-edit-toggle";
import { BUTTON } from "@/components/ui/button";
import { deleteMeasure } from "@/lib/outcomes/measure-actions";
import {
  DIRECTION_LABELS,
  describeMeasureImpact,
  describeScale,
  KIND_LABELS,
} from "@/lib/outcomes/measure-text";
import type { MeasureListItem } from "@/lib/outcomes/measures";
import { formatCount } from "@/lib/structure/impact";
import { MeasureEditForm } from "./measure-forms";

/** One measure in the list: its definition with Edit and Delete for a CX lead, or its edit form in place. */
export function MeasureItem({ measure, canEdit }: { measure: MeasureListItem; canEdit: boolean }) {
  const edit = useEditToggle();
  const details = [
    `${KIND_LABELS[measure.kind]}, ${describeScale(measure)}`,
    DIRECTION_LABELS[measure.direction].toLowerCase(),
    measure.unit ? `unit “${measure.unit}”` : null,
  ].filter(Boolean);

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {edit.isEditing ? (
        <MeasureEditForm measure={measure} onDone={edit.close} />
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-48 flex-1">
            <h3 className="font-medium text-slate-900">{measure.name}</h3>
            <p className="text-sm text-slate-700">{details.join(" · ")}</p>
            <p className="text-xs text-slate-600">
              {formatCount(measure.targets, "target")} · {formatCount(measure.readings, "reading")}
            </p>
          </div>
          {canEdit ? (
            <div className="flex shrink-0 flex-wrap items-center gap-2">
              <button
                ref={edit.editButtonRef}
                type="button"
                onClick={edit.open}
                aria-label={`Edit ${measure.name}`}
                className={BUTTON.small}
              >
                Edit
              </button>
              <DeleteButton
                name={measure.name}
                what={`measure “${measure.name}”`}
                alsoDeletes={describeMeasureImpact(measure)}
                remove={() => deleteMeasure({ id: measure.id })}
                focusAfterId="measures-heading"
              />
            </div>
          ) : null}
        </div>
      )}
    </li>
  );
}
