"use client";

import { createStage, updateStage } from "@/lib/structure/actions";
import { StructureForm } from "./structure-form";

type Stage = { id: string; name: string; description: string | null };

export function StageCreateForm({ journeyId }: { journeyId: string }) {
  return (
    <StructureForm
      idPrefix="new-stage"
      title="New stage"
      fields={["name", "description"]}
      labels={{ name: "Stage name" }}
      submitLabel="Add stage"
      pendingLabel="Adding…"
      resetOnSuccess
      submit={(v) => createStage({ journeyId, name: v.name ?? "", description: v.description })}
      successMessage={(v) => `Added stage ${v.name?.trim()}.`}
    />
  );
}

export function StageEditForm({ stage, onDone }: { stage: Stage; onDone: () => void }) {
  return (
    <StructureForm
      idPrefix={`stage-${stage.id}`}
      title={`Edit ${stage.name}`}
      fields={["name", "description"]}
      labels={{ name: "Stage name" }}
      initial={{ name: stage.name, description: stage.description ?? "" }}
      submitLabel="Save"
      pendingLabel="Saving…"
      submit={(v) => updateStage({ id: stage.id, name: v.name, description: v.description })}
      successMessage={(v) => `Saved stage ${v.name?.trim()}.`}
      onSuccess={onDone}
      onCancel={onDone}
    />
  );
}
