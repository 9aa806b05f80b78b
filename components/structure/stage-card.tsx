"use client";

import { BUTTON } from "@/components/ui/button";
import { deleteStage, reorderStage } from "@/lib/structure/actions";
import { describeStageImpact } from "@/lib/structure/impact";
import type { StructureStage } from "@/lib/structure/queries";
import { DeleteButton } from "./delete-button";
import { MoveButtons } from "./move-buttons";
import { StageEditForm } from "./stage-forms";
import { TouchpointCreateForm } from "./touchpoint-forms";
import { TouchpointItem } from "./touchpoint-item";
import { useEditToggle } from "./use-edit-toggle";

type Props = {
  stage: StructureStage;
  index: number;
  stages: readonly { id: string; name: string }[];
  canEdit: boolean;
};

export function StageCard({ stage, index, stages, canEdit }: Props) {
  const edit = useEditToggle();
  const otherStages = stages.filter((s) => s.id !== stage.id);
  return (
    <li className="rounded-lg border border-slate-200 bg-slate-50 p-4 shadow-sm">
      <section aria-labelledby={`stage-heading-${stage.id}`} className="grid gap-3">
        {edit.isEditing ? (
          <>
            <h3 id={`stage-heading-${stage.id}`} tabIndex={-1} className="sr-only">
              Stage {stage.name}
            </h3>
            <StageEditForm stage={stage} onDone={edit.close} />
          </>
        ) : (
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div className="min-w-0">
              <h3 id={`stage-heading-${stage.id}`} tabIndex={-1} className="text-base font-semibold">
                <span className="text-slate-500">{index + 1}. </span>
                {stage.name}
              </h3>
              {stage.description ? <p className="text-sm text-slate-700">{stage.description}</p> : null}
            </div>
            {canEdit ? (
              <div className="flex flex-wrap items-center gap-2">
                <MoveButtons
                  name={stage.name}
                  kind="stage"
                  index={index}
                  count={stages.length}
                  move={(toIndex) => reorderStage({ id: stage.id, toIndex })}
                />
                <button
                  ref={edit.editButtonRef}
                  type="button"
                  onClick={edit.open}
                  aria-label={`Edit ${stage.name}`}
                  className={BUTTON.small}
                >
                  Edit
                </button>
                <DeleteButton
                  what={`stage “${stage.name}”`}
                  name={stage.name}
                  alsoDeletes={describeStageImpact(stage.impact)}
                  remove={() => deleteStage({ id: stage.id })}
                  focusAfterId="stages-heading"
                />
              </div>
            ) : null}
          </div>
        )}
        {stage.touchpoints.length === 0 ? (
          <p className="text-sm text-slate-600">No touchpoints in this stage yet.</p>
        ) : (
          <ol aria-label={`Touchpoints of ${stage.name}`} className="grid gap-2">
            {stage.touchpoints.map((touchpoint, i) => (
              <TouchpointItem
                key={touchpoint.id}
                touchpoint={touchpoint}
                index={i}
                count={stage.touchpoints.length}
                stage={stage}
                otherStages={otherStages}
                canEdit={canEdit}
              />
            ))}
          </ol>
        )}
        {canEdit ? (
          <details className="rounded-md border border-dashed border-slate-300 bg-white p-3">
            <summary className="cursor-pointer text-sm font-medium text-slate-800">
              Add a touchpoint to {stage.name}
            </summary>
            <div className="mt-3">
              <TouchpointCreateForm stage={stage} />
            </div>
          </details>
        ) : null}
      </section>
    </li>
  );
}
