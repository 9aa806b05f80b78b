"use server";
// Webhook endpoints (issue 15): a CX lead adds, edits, switches off and removes the URLs other systems hear the
// workspace's events at, rotates their signing secrets (shown once) and sends a delivery again.
import { defineAction } from "../actions/define";
import { ActionError, notFound } from "../actions/result";
import { getEnv } from "../env";
import { checkWebhookTarget } from "./guard";
import {
  ZCreateWebhookEndpoint,
  ZResendWebhookDelivery,
  ZSetWebhookEndpointActive,
  ZUpdateWebhookEndpoint,
  ZWebhookEndpointId,
} from "./schemas";
import { generateWebhookSecret, PREVIOUS_SECRET_OVERLAP_MS } from "./signing";

export type CreatedWebhookSecret = { id: string; secret: string };

/** Before the transaction (it may wait on DNS): the URL must not lead to a private address. */
async function checkUrl({ input }: { input: { url: string } }): Promise<void> {
  if (getEnv().THROUGHLINE_WEBHOOK_ALLOW_PRIVATE === "1") return;
  const problem = await checkWebhookTarget(new URL(input.url));
  if (problem) throw new ActionError("invalid", "Check the URL.", { url: [problem] });
}

export const createWebhookEndpoint = defineAction({
  schema: ZCreateWebhookEndpoint,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "webhooks.manage",
  prepare: checkUrl,
  async run({ tx, audit, actor, input }): Promise<CreatedWebhookSecret> {
    const secret = generateWebhookSecret();
    const { workspaceId: _, ...fields } = input;
    const row = await tx.webhookEndpoint.create({
      data: { ...fields, workspaceId: actor.workspaceId, secret },
      select: { id: true },
    });
    await audit({
      action: "webhook.created",
      entityType: "webhook_endpoint",
      entityId: row.id,
      after: { url: fields.url, events: fields.events, active: fields.active },
    });
    return { id: row.id, secret };
  },
});

export const updateWebhookEndpoint = defineAction({
  schema: ZUpdateWebhookEndpoint,
  resource: (input) => ({ kind: "webhookEndpoint", id: input.id }),
  permission: "webhooks.manage",
  prepare: checkUrl,
  async run({ tx, audit, actor, input: { id, ...fields }, resource }) {
    const updated = await tx.webhookEndpoint.updateMany({
      where: { id, workspaceId: actor.workspaceId },
      data: fields,
    });
    if (updated.count === 0) throw notFound("The webhook");
    await audit({
      action: "webhook.updated",
      entityType: "webhook_endpoint",
      entityId: id,
      before: { url: resource.url, events: resource.events, active: resource.active },
      after: { url: fields.url, events: fields.events, active: fields.active },
    });
    return { id };
  },
});

export const setWebhookEndpointActive = defineAction({
  schema: ZSetWebhookEndpointActive,
  resource: (input) => ({ kind: "webhookEndpoint", id: input.id }),
  permission: "webhooks.manage",
  async run({ tx, audit, actor, input: { id, active }, resource }) {
    const updated = await tx.webhookEndpoint.updateMany({
      where: { id, workspaceId: actor.workspaceId },
      data: { active },
    });
    if (updated.count === 0) throw notFound("The webhook");
    await audit({
      action: active ? "webhook.activated" : "webhook.deactivated",
      entityType: "webhook_endpoint",
      entityId: id,
      after: { url: resource.url },
    });
    return { id, active };
  },
});

export const deleteWebhookEndpoint = defineAction({
  schema: ZWebhookEndpointId,
  resource: (input) => ({ kind: "webhookEndpoint", id: input.id }),
  permission: "webhooks.manage",
  async run({ tx, audit, actor, input: { id }, resource }) {
    const deleted = await tx.webhookEndpoint.deleteMany({ where: { id, workspaceId: actor.workspaceId } });
    if (deleted.count === 0) throw notFound("The webhook");
    await audit({
      action: "webhook.deleted",
      entityType: "webhook_endpoint",
      entityId: id,
      before: { url: resource.url, events: resource.events },
    });
    return { id };
  },
});

/** A new secret, returned once; the previous one keeps signing beside it for a day so receivers can switch. */
export const rotateWebhookSecret = defineAction({
  schema: ZWebhookEndpointId,
  resource: (input) => ({ kind: "webhookEndpoint", id: input.id }),
  permission: "webhooks.manage",
  async run({ tx, audit, actor, input: { id }, resource }): Promise<CreatedWebhookSecret> {
    const secret = generateWebhookSecret();
    const [current] = await tx.$queryRaw<{ secret: string }[]>`
      SELECT "secret" FROM "WebhookEndpoint"
      WHERE "id" = ${id}::uuid AND "workspaceId" = ${actor.workspaceId}::uuid FOR UPDATE`;
    if (!current) throw notFound("The webhook");
    await tx.webhookEndpoint.update({
      where: { id },
      data: {
        secret,
        previousSecret: current.secret,
        previousSecretExpiresAt: new Date(Date.now() + PREVIOUS_SECRET_OVERLAP_MS),
      },
    });
    await audit({
      action: "webhook.secret_rotated",
      entityType: "webhook_endpoint",
      entityId: id,
      after: { url: resource.url },
    });
    return { id, secret };
  },
});

/** Due again now, with the same id (`webhook-id`), so a receiver that had it already can drop it. */
export const resendWebhookDelivery = defineAction({
  schema: ZResendWebhookDelivery,
  resource: (input) => ({ kind: "webhookDelivery", id: input.deliveryId }),
  permission: "webhooks.manage",
  async run({ tx, audit, actor, resource: delivery }) {
    const updated = await tx.webhookDelivery.updateMany({
      where: { id: delivery.id, workspaceId: actor.workspaceId },
      data: { status: "PENDING", nextAttemptAt: new Date() },
    });
    if (updated.count === 0) throw notFound("The delivery");
    await audit({
      action: "webhook.delivery_resent",
      entityType: "webhook_endpoint",
      entityId: delivery.endpointId,
      after: { deliveryId: delivery.id, eventType: delivery.event.type, url: delivery.endpoint.url },
    });
    return { id: delivery.id };
  },
});
