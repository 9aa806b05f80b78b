"use client";

import type { TChannel } from "@/lib/map/channels";
import { createTouchpoint, updateTouchpoint } from "@/lib/structure/actions";
import type { StructureTouchpoint } from "@/lib/structure/queries";
import { StructureForm } from "./structure-form";

export function TouchpointCreateForm({ stage }: { stage: { id: string; name: string } }) {
  return (
    <StructureForm
      idPrefix={`new-touchpoint-${stage.id}`}
      title={`New touchpoint in ${stage.name}`}
      fields={["name", "channel", "description"]}
      labels={{ name: "Touchpoint name" }}
      submitLabel="Add touchpoint"
      pendingLabel="Adding…"
      resetOnSuccess
      submit={(v) =>
        createTouchpoint({
          stageId: stage.id,
          name: v.name ?? "",
          channel: v.channel as TChannel,
          description: v.description,
        })
      }
      successMessage={(v) => `Added touchpoint ${v.name?.trim()} to ${stage.name}.`}
    />
  );
}

export function TouchpointEditForm(props: { touchpoint: StructureTouchpoint; onDone: () => void }) {
  const { touchpoint } = props;
  return (
    <StructureForm
      idPrefix={`touchpoint-${touchpoint.id}`}
      title={`Edit ${touchpoint.name}`}
      fields={["name", "channel", "description"]}
      labels={{ name: "Touchpoint name" }}
      initial={{
        name: touchpoint.name,
        channel: touchpoint.channel,
        description: touchpoint.description ?? "",
      }}
      submitLabel="Save"
      pendingLabel="Saving…"
      // The version read with the page: a change made meanwhile by someone else is reported, not overwritten.
      submit={(v) =>
        updateTouchpoint({
          id: touchpoint.id,
          name: v.name,
          channel: v.channel as TChannel,
          description: v.description,
          version: touchpoint.version,
        })
      }
      successMessage={(v) => `Saved touchpoint ${v.name?.trim()}.`}
      onSuccess={props.onDone}
      onCancel={props.onDone}
    />
  );
}
