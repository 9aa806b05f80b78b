// Lines for webhook events (lib/webhooks). Like describe.ts, every field is read as possibly missing.
import { readString } from "./fields";

export function describeWebhookEvent(action: string, before: unknown, after: unknown): string | null {
  const url = readString(after, "url") ?? readString(before, "url") ?? "an address";
  switch (action) {
    case "webhook.created":
      return `Added a webhook to ${url}`;
    case "webhook.updated":
      return `Changed the webhook to ${url}`;
    case "webhook.activated":
      return `Switched on the webhook to ${url}`;
    case "webhook.deactivated":
      return `Switched off the webhook to ${url}`;
    case "webhook.deleted":
      return `Deleted the webhook to ${url}`;
    case "webhook.secret_rotated":
      return `Rotated the signing secret of the webhook to ${url}`;
    case "webhook.delivery_resent": {
      const type = readString(after, "eventType");
      return `Resent ${type ? `a ${type} delivery` : "a delivery"} to ${url}`;
    }
    default:
      return null;
  }
}
