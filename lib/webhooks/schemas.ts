// The inputs of the webhook actions, shared by the forms and the server.
import { z } from "zod";
import { EVENT_TYPES, type EventType } from "../outbox/events";

const ZId = z.uuid({ error: "That id is not valid." });
export const WEBHOOK_URL_MAX = 2000;
export const WEBHOOK_DESCRIPTION_MAX = 200;
export const DELIVERY_PAGE_SIZE = 25;

export const ZWebhookUrl = z
  .string({ error: "Enter the URL to send to." })
  .trim()
  .min(1, { error: "Enter the URL to send to." })
  .max(WEBHOOK_URL_MAX, { error: `Keep the URL to ${WEBHOOK_URL_MAX} characters or fewer.` })
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
      } catch {
        return false;
      }
    },
    { error: "Enter a full URL starting with https:// (or http://)." },
  );

const ZEndpointFields = z.object({
  url: ZWebhookUrl,
  description: z
    .string()
    .trim()
    .max(WEBHOOK_DESCRIPTION_MAX, {
      error: `Keep the description to ${WEBHOOK_DESCRIPTION_MAX} characters or fewer.`,
    })
    .optional()
    .transform((value) => value || null),
  events: z
    .array(
      z.enum(EVENT_TYPES as [EventType, ...EventType[]], {
        error: "That is not an event Throughline sends.",
      }),
    )
    .min(1, { error: "Choose at least one event to send." })
    .transform((events) => EVENT_TYPES.filter((type) => events.includes(type))),
  active: z.boolean().default(true),
});

export const ZCreateWebhookEndpoint = ZEndpointFields.extend({ workspaceId: ZId });
export type TCreateWebhookEndpoint = z.input<typeof ZCreateWebhookEndpoint>;

export const ZUpdateWebhookEndpoint = ZEndpointFields.extend({ id: ZId });
export type TUpdateWebhookEndpoint = z.input<typeof ZUpdateWebhookEndpoint>;

export const ZSetWebhookEndpointActive = z.object({ id: ZId, active: z.boolean() });
export const ZWebhookEndpointId = z.object({ id: ZId });
export const ZResendWebhookDelivery = z.object({ deliveryId: ZId });
