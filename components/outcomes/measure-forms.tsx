"use client";

import { createMeasure, updateMeasure } from "@/lib/outcomes/measure-actions";
import { describeMeasureImpact } from "@/lib/outcomes/measure-text";
import type { MeasureListItem } from "@/lib/outcomes/measures";
import { EMPTY_MEASURE, MeasureForm } from "./measure-form";

export function MeasureCreateForm({ workspaceId }: { workspaceId: string }) {
  return (
    <MeasureForm
      idPrefix="new-measure"
      title="New measure"
      initial={EMPTY_MEASURE}
      submitLabel="Add measure"
      pendingLabel="Adding…"
      resetOnSuccess
      submit={(input) => createMeasure({ workspaceId, ...input })}
      successMessage={(input) => `Added measure ${input.name}.`}
    />
  );
}

export function MeasureEditForm(props: { measure: MeasureListItem; onDone: () => void }) {
  const { measure } = props;
  const held = describeMeasureImpact(measure);
  return (
    <MeasureForm
      idPrefix={`measure-${measure.id}`}
      title={`Edit ${measure.name}`}
      initial={{
        name: measure.name,
        kind: measure.kind,
        direction: measure.direction,
        min: measure.scaleMin === null ? "" : String(measure.scaleMin),
        max: measure.scaleMax === null ? "" : String(measure.scaleMax),
        unit: measure.unit,
      }}
      note={
        held ? (
          <p className="text-sm text-slate-600">
            It has {held}: a new kind or scale must hold all of their values.
          </p>
        ) : null
      }
      submitLabel="Save"
      pendingLabel="Saving…"
      submit={(input) => updateMeasure({ id: measure.id, ...input })}
      successMessage={(input) => `Saved measure ${input.name}.`}
      onSuccess={props.onDone}
      onCancel={props.onDone}
    />
  );
}
