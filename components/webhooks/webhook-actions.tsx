"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { useActionCall } from "@/components/ui/use-action-call";
import {
  deleteWebhookEndpoint,
  resendWebhookDelivery,
  rotateWebhookSecret,
  setWebhookEndpointActive,
} from "@/lib/webhooks/actions";
import { SecretOnce } from "./secret-once";

/** Switch an endpoint on or off. */
export function ActiveToggle({ id, url, active }: { id: string; url: string; active: boolean }) {
  const { isPending, press } = useActionCall(
    () => setWebhookEndpointActive({ id, active: !active }),
    (data) => (data.active ? "Webhook activated." : "Webhook deactivated."),
  );
  return (
    <button
      type="button"
      className={BUTTON.small}
      disabled={isPending}
      aria-label={`${active ? "Deactivate" : "Activate"} the webhook to ${url}`}
      onClick={press}
    >
      {active ? "Deactivate" : "Activate"}
    </button>
  );
}

export function DeleteWebhook({ id, url, focusAfterId }: { id: string; url: string; focusAfterId: string }) {
  const router = useRouter();
  return (
    <ConfirmButton
      label="Delete"
      accessibleName={`Delete the webhook to ${url}`}
      title="Delete this webhook?"
      confirmLabel="Delete webhook"
      pendingLabel="Deleting…"
      focusAfterId={focusAfterId}
      run={async () => {
        const result = await deleteWebhookEndpoint({ id });
        if (result.ok) router.refresh();
        return result;
      }}
      success="Webhook deleted."
    >
      <p>
        <span className="break-all font-medium">{url}</span> stops receiving events, and its delivery log is
        deleted with it.
      </p>
    </ConfirmButton>
  );
}

/** A new signing secret, shown once; the old one keeps signing beside it for 24 hours. */
export function RotateSecret({ id }: { id: string }) {
  const router = useRouter();
  const announce = useAnnounce();
  const [secret, setSecret] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <div className="grid gap-3">
      <div>
        <button
          type="button"
          className={BUTTON.secondary}
          disabled={isPending}
          onClick={() =>
            startTransition(async () => {
              const result = await rotateWebhookSecret({ id });
              if (!result.ok) return announce(result.formError, "error");
              setSecret(result.data.secret);
              router.refresh();
            })
          }
        >
          {isPending ? "Rotating…" : "Rotate secret"}
        </button>
      </div>
      {secret ? (
        <SecretOnce secret={secret} what="Secret rotated; the previous one signs too for 24 hours." />
      ) : null}
    </div>
  );
}

export function ResendDelivery({ deliveryId, eventType }: { deliveryId: string; eventType: string }) {
  const { isPending, press } = useActionCall(
    () => resendWebhookDelivery({ deliveryId }),
    () => "Queued to be sent again, with the same webhook-id.",
  );
  return (
    <button
      type="button"
      className={BUTTON.small}
      disabled={isPending}
      aria-label={`Resend this ${eventType} delivery`}
      onClick={press}
    >
      {isPending ? "Queuing…" : "Resend"}
    </button>
  );
}
