"use client";

import { useEffect, useRef } from "react";
import { BUTTON } from "@/components/ui/button";
import { getChannelLabel } from "@/lib/map/channels";
import { deleteTouchpoint, reorderTouchpoint } from "@/lib/structure/actions";
import { describeTouchpointImpact } from "@/lib/structure/impact";
import type { StructureTouchpoint } from "@/lib/structure/queries";
import { DeleteButton } from "./delete-button";
import { MoveButtons } from "./move-buttons";
import { MoveToStage } from "./move-to-stage";
import { TouchpointEditForm } from "./touchpoint-forms";
import { useEditToggle } from "./use-edit-toggle";

// A touchpoint moved to another stage mounts afresh there; this names the one that should take focus.
let focusOnMount: string | null = null;

type Props = {
  touchpoint: StructureTouchpoint;
  index: number;
  count: number;
  stage: { id: string; name: string };
  otherStages: readonly { id: string; name: string }[];
  canEdit: boolean;
};

export function TouchpointItem({ touchpoint, index, count, stage, otherStages, canEdit }: Props) {
  const edit = useEditToggle();
  const nameRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (focusOnMount !== touchpoint.id) return;
    focusOnMount = null;
    nameRef.current?.focus();
  }, [touchpoint.id]);

  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      {edit.isEditing ? (
        <TouchpointEditForm touchpoint={touchpoint} onDone={edit.close} />
      ) : (
        <div className="grid gap-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h4 ref={nameRef} tabIndex={-1} className="font-medium text-slate-900">
              <span className="sr-only">{index + 1}. </span>
              {touchpoint.name}
            </h4>
            <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
              {getChannelLabel(touchpoint.channel)}
            </span>
          </div>
          {touchpoint.description ? <p className="text-sm text-slate-700">{touchpoint.description}</p> : null}
          {canEdit ? (
            <div className="flex flex-wrap items-center gap-2">
              <MoveButtons
                name={touchpoint.name}
                kind="touchpoint"
                index={index}
                count={count}
                move={(toIndex) => reorderTouchpoint({ id: touchpoint.id, toIndex })}
              />
              <MoveToStage
                touchpoint={touchpoint}
                stages={otherStages}
                onBeforeMove={() => {
                  focusOnMount = touchpoint.id;
                }}
                onFailed={() => {
                  focusOnMount = null;
                }}
              />
              <button
                ref={edit.editButtonRef}
                type="button"
                onClick={edit.open}
                aria-label={`Edit ${touchpoint.name}`}
                className={BUTTON.small}
              >
                Edit
              </button>
              <DeleteButton
                what={`touchpoint “${touchpoint.name}”`}
                name={touchpoint.name}
                alsoDeletes={describeTouchpointImpact(touchpoint.impact)}
                remove={() => deleteTouchpoint({ id: touchpoint.id })}
                focusAfterId={`stage-heading-${stage.id}`}
              />
            </div>
          ) : null}
        </div>
      )}
    </li>
  );
}
