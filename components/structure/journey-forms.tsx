"use client";

import { createJourney, updateJourney } from "@/lib/structure/actions";
import { StructureForm } from "./structure-form";

type Journey = { id: string; name: string; description: string | null };

export function JourneyCreateForm({ workspaceId }: { workspaceId: string }) {
  return (
    <StructureForm
      idPrefix="new-journey"
      title="New journey"
      fields={["name", "description"]}
      labels={{ name: "Journey name" }}
      submitLabel="Add journey"
      pendingLabel="Adding…"
      resetOnSuccess
      submit={(v) => createJourney({ workspaceId, name: v.name ?? "", description: v.description })}
      successMessage={(v) => `Added journey ${v.name?.trim()}.`}
    />
  );
}

export function JourneyEditForm({ journey, onDone }: { journey: Journey; onDone: () => void }) {
  return (
    <StructureForm
      idPrefix={`journey-${journey.id}`}
      title={`Edit ${journey.name}`}
      fields={["name", "description"]}
      labels={{ name: "Journey name" }}
      initial={{ name: journey.name, description: journey.description ?? "" }}
      submitLabel="Save"
      pendingLabel="Saving…"
      submit={(v) => updateJourney({ id: journey.id, name: v.name, description: v.description })}
      successMessage={(v) => `Saved journey ${v.name?.trim()}.`}
      onSuccess={onDone}
      onCancel={onDone}
    />
  );
}
