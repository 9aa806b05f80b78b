"use client";

import { INPUT, LabelledControl } from "@/components/ui/field";
import { CHANNELS, type TChannel } from "@/lib/map/channels";
import { DESCRIPTION_MAX, NAME_MAX } from "@/lib/structure/schemas";

type ControlProps = { id: string; label: string; name: string; defaultValue?: string; error?: string };

export function NameInput(props: ControlProps & { required?: boolean }) {
  return (
    <LabelledControl {...props}>
      {(attrs) => (
        <input
          {...attrs}
          type="text"
          required={props.required ?? true}
          maxLength={NAME_MAX}
          defaultValue={props.defaultValue}
          className={INPUT}
        />
      )}
    </LabelledControl>
  );
}

export function DescriptionInput(props: ControlProps) {
  return (
    <LabelledControl {...props}>
      {(attrs) => (
        <textarea
          {...attrs}
          rows={2}
          maxLength={DESCRIPTION_MAX}
          defaultValue={props.defaultValue}
          className={INPUT}
        />
      )}
    </LabelledControl>
  );
}

export function ColorInput(props: ControlProps) {
  return (
    <LabelledControl {...props}>
      {(attrs) => (
        <input
          {...attrs}
          type="color"
          defaultValue={props.defaultValue ?? "#334155"}
          className="mt-1 block h-9 w-16 cursor-pointer rounded-md border border-slate-300 bg-white p-1"
        />
      )}
    </LabelledControl>
  );
}

export function ChannelSelect(props: ControlProps & { defaultValue?: TChannel }) {
  return (
    <LabelledControl {...props}>
      {(attrs) => (
        <select {...attrs} defaultValue={props.defaultValue ?? "WEB"} className={INPUT}>
          {CHANNELS.map((channel) => (
            <option key={channel.value} value={channel.value}>
              {channel.label}
            </option>
          ))}
        </select>
      )}
    </LabelledControl>
  );
}
