"use client";

import { useId, useState, useTransition } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import { moveTouchpoint } from "@/lib/structure/actions";

type Props = {
  touchpoint: { id: string; name: string };
  /** The journey's other stages, in order. */
  stages: readonly { id: string; name: string }[];
  /** Called before the move so the touchpoint, remounted in its new stage, can take focus. */
  onBeforeMove: () => void;
  onFailed: () => void;
};

/** Moves a touchpoint to the end of another stage of its journey: a select and a button, keyboard-first. */
export function MoveToStage({ touchpoint, stages, onBeforeMove, onFailed }: Props) {
  const [stageId, setStageId] = useState(stages[0]?.id ?? "");
  const [isPending, startTransition] = useTransition();
  const announce = useAnnounce();
  const selectId = useId();
  if (stages.length === 0) return null;

  function move() {
    if (isPending || !stageId) return;
    const target = stages.find((s) => s.id === stageId);
    startTransition(async () => {
      onBeforeMove();
      const result = await moveTouchpoint({ id: touchpoint.id, stageId });
      if (!result.ok) {
        onFailed();
        announce(result.formError, "error");
        return;
      }
      announce(`Moved ${touchpoint.name} to the end of ${target?.name ?? "the stage"}.`);
    });
  }

  return (
    <span className="inline-flex items-center gap-1">
      <label htmlFor={selectId} className="text-xs text-slate-700">
        Move<span className="sr-only"> {touchpoint.name}</span> to stage
      </label>
      <select
        id={selectId}
        value={stageId}
        onChange={(event) => setStageId(event.target.value)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-xs text-slate-800"
      >
        {stages.map((stage) => (
          <option key={stage.id} value={stage.id}>
            {stage.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={move}
        aria-disabled={isPending || undefined}
        aria-label={`Move ${touchpoint.name} to the selected stage`}
        className={BUTTON.small}
      >
        {isPending ? "Moving…" : "Move"}
      </button>
    </span>
  );
}
