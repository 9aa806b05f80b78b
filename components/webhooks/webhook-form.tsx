"use client";

import { useActionState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { INPUT, LabelledControl } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { EVENT_LABELS, EVENT_TYPES } from "@/lib/outbox/events";
import { createWebhookEndpoint, updateWebhookEndpoint } from "@/lib/webhooks/actions";
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_URL_MAX } from "@/lib/webhooks/schemas";
import { SecretOnce } from "./secret-once";

type Values = { url: string; description: string; events: string[]; active: boolean };
type State = { result: ActionResult<{ id: string; secret?: string }> | null; values: Values };

type Props = { mode: "create"; workspaceId: string } | { mode: "edit"; endpoint: Values & { id: string } };

const EMPTY: Values = { url: "", description: "", events: [], active: true };

/** Adds an endpoint (its secret shown once afterwards) or edits one: URL, description, events, active. */
export function WebhookForm(props: Props) {
  const announce = useAnnounce();
  const prefix = props.mode === "create" ? "new-webhook" : `webhook-${props.endpoint.id}`;
  const [state, action] = useActionState(
    async (_: State, form: FormData): Promise<State> => {
      const values: Values = {
        url: String(form.get("url") ?? ""),
        description: String(form.get("description") ?? ""),
        events: form.getAll("events").map(String),
        active: form.get("active") === "on",
      };
      const input = { ...values, events: values.events as never };
      const result =
        props.mode === "create"
          ? await createWebhookEndpoint({ workspaceId: props.workspaceId, ...input })
          : await updateWebhookEndpoint({ id: props.endpoint.id, ...input });
      if (!result.ok) {
        announce(result.formError, "error");
        return { result, values };
      }
      announce(props.mode === "create" ? "Webhook added." : "Webhook saved.");
      return { result, values: props.mode === "create" ? EMPTY : values };
    },
    { result: null, values: props.mode === "create" ? EMPTY : props.endpoint },
  );
  const failure = state.result && !state.result.ok ? state.result : null;
  const created = state.result?.ok && state.result.data.secret ? state.result.data.secret : null;
  const eventsError = failure?.fieldErrors?.events?.[0];
  // A new key after each result, so the uncontrolled fields show what the state holds.
  const key = JSON.stringify(state.values) + String(state.result?.ok);
  return (
    <div className="grid gap-4">
      <form
        key={key}
        action={action}
        aria-label={props.mode === "create" ? "New webhook" : "Edit webhook"}
        className="grid max-w-2xl gap-3"
        noValidate
      >
        <LabelledControl
          id={`${prefix}-url`}
          name="url"
          label="URL"
          hint="Where Throughline POSTs each event: https:// (or http://)."
          defaultValue={state.values.url}
          error={failure?.fieldErrors?.url?.[0]}
        >
          {(attrs) => <input {...attrs} type="url" required maxLength={WEBHOOK_URL_MAX} className={INPUT} />}
        </LabelledControl>
        <LabelledControl
          id={`${prefix}-description`}
          name="description"
          label="Description (optional)"
          defaultValue={state.values.description}
          error={failure?.fieldErrors?.description?.[0]}
        >
          {(attrs) => <input {...attrs} maxLength={WEBHOOK_DESCRIPTION_MAX} className={INPUT} />}
        </LabelledControl>
        <fieldset
          aria-describedby={eventsError ? `${prefix}-events-error` : undefined}
          className="grid gap-1"
        >
          <legend className="text-sm font-medium text-slate-800">Events to send</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="events"
                value={type}
                defaultChecked={state.values.events.includes(type)}
                className="mt-0.5"
              />
              <span>
                {EVENT_LABELS[type]} <code className="text-xs text-slate-600">{type}</code>
              </span>
            </label>
          ))}
          {eventsError ? (
            <p id={`${prefix}-events-error`} className="text-sm text-red-700">
              {eventsError}
            </p>
          ) : null}
        </fieldset>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="active" defaultChecked={state.values.active} />
          Active (send events to it)
        </label>
        {failure && !failure.fieldErrors ? (
          <p role="alert" className="text-sm text-red-700">
            {failure.formError}
          </p>
        ) : null}
        <div>
          <SubmitButton pendingLabel={props.mode === "create" ? "Adding…" : "Saving…"}>
            {props.mode === "create" ? "Add webhook" : "Save webhook"}
          </SubmitButton>
        </div>
      </form>
      {created ? <SecretOnce secret={created} what="Webhook added." /> : null}
    </div>
  );
}
