// The webhook settings' actions and reads: what a CX lead may save, rotation, and the delivery log's pages.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { resetEnvForTesting } from "../../lib/env";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  updateWebhookEndpoint,
} from "../../lib/webhooks/actions";
import { getDeliveryLog, listWebhookEndpoints } from "../../lib/webhooks/queries";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import * as f from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

// Public literal addresses: saved without DNS, and the private-address check stays on.
const URL_A = "https://203.0.113.10/hooks";
beforeAll(() => {
  process.env.THROUGHLINE_WEBHOOK_ALLOW_PRIVATE = "0";
  resetEnvForTesting();
});

async function create(workspaceId: string, events = ["claim.created", "contest.opened"]) {
  const result = await createWebhookEndpoint({ workspaceId, url: URL_A, events: events as never });
  if (!result.ok) throw new Error(result.formError);
  return result.data;
}

describe("saving an endpoint", () => {
  it("tells which field is wrong", async () => {
    const { id: workspaceId } = await f.createWorkspace();
    const noEvents = await createWebhookEndpoint({ workspaceId, url: URL_A, events: [] });
    expect(noEvents).toMatchObject({ ok: false, code: "invalid" });
    if (!noEvents.ok) expect(noEvents.fieldErrors?.events?.[0]).toBe("Choose at least one event to send.");
    const ftp = await createWebhookEndpoint({
      workspaceId,
      url: "ftp://203.0.113.10/x",
      events: ["claim.created"],
    });
    if (!ftp.ok) expect(ftp.fieldErrors?.url?.[0]).toMatch(/starting with https:\/\//);
    else throw new Error("an ftp URL was saved");
    const unknown = await createWebhookEndpoint({
      workspaceId,
      url: URL_A,
      events: ["map.deleted" as never],
    });
    expect(unknown).toMatchObject({ ok: false, code: "invalid" });
    expect(await (await getPrisma()).webhookEndpoint.count({ where: { workspaceId } })).toBe(0);
  });

  it("keeps events in their documented order, without repeats, and edits everything", async () => {
    const { id: workspaceId } = await f.createWorkspace();
    const created = await createWebhookEndpoint({
      workspaceId,
      url: ` ${URL_A} `,
      description: "  CRM  ",
      events: ["ownership.lost", "claim.created", "claim.created"],
    });
    if (!created.ok) throw new Error(created.formError);
    const prisma = await getPrisma();
    const row = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row).toMatchObject({
      url: URL_A,
      description: "CRM",
      events: ["claim.created", "ownership.lost"],
      active: true,
      secret: created.data.secret,
    });
    const updated = await updateWebhookEndpoint({
      id: row.id,
      url: "https://203.0.113.11/v2",
      description: "",
      events: ["verification.due"],
      active: false,
    });
    expect(updated).toMatchObject({ ok: true });
    expect(await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      url: "https://203.0.113.11/v2",
      description: null,
      events: ["verification.due"],
      active: false,
      secret: created.data.secret,
    });
  });

  it("rotating keeps the old secret signing for 24 hours; deleting takes the log with it", async () => {
    const { id: workspaceId } = await f.createWorkspace();
    const { id, secret } = await create(workspaceId);
    const before = Date.now();
    const rotated = await rotateWebhookSecret({ id });
    if (!rotated.ok) throw new Error(rotated.formError);
    const prisma = await getPrisma();
    const row = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(row.secret).toBe(rotated.data.secret);
    expect(row.previousSecret).toBe(secret);
    const expires = row.previousSecretExpiresAt!.getTime() - before;
    expect(expires).toBeGreaterThanOrEqual(24 * 3_600_000);
    expect(expires).toBeLessThan(24 * 3_600_000 + 60_000);

    const event = await prisma.outboxEvent.create({ data: { workspaceId, type: "claim.created", data: {} } });
    await prisma.webhookDelivery.create({ data: { workspaceId, endpointId: id, eventId: event.id } });
    expect(await deleteWebhookEndpoint({ id })).toMatchObject({ ok: true });
    expect(await prisma.webhookDelivery.count({ where: { endpointId: id } })).toBe(0);
    expect(await prisma.outboxEvent.count({ where: { id: event.id } })).toBe(1);
  });
});

describe("reading", () => {
  it("lists each endpoint with its newest delivery, and pages the log 25 at a time, newest first", async () => {
    const { id: workspaceId } = await f.createWorkspace();
    const quiet = await create(workspaceId);
    const busy = await create(workspaceId);
    const prisma = await getPrisma();
    const start = Date.parse("2026-11-01T00:00:00Z");
    for (let i = 0; i < 30; i++) {
      const event = await prisma.outboxEvent.create({
        data: { workspaceId, type: "claim.created", data: {} },
      });
      await prisma.webhookDelivery.create({
        data: {
          workspaceId,
          endpointId: busy.id,
          eventId: event.id,
          createdAt: new Date(start + i * 60_000),
          status: i === 29 ? "DELIVERED" : "FAILED",
          lastStatusCode: i === 29 ? 200 : 500,
        },
      });
    }
    const list = await listWebhookEndpoints(workspaceId);
    expect(list.map((e) => e.id)).toEqual([quiet.id, busy.id]);
    expect(list[0]!.lastDelivery).toBeNull();
    expect(list[1]!.lastDelivery).toMatchObject({ status: "DELIVERED", statusCode: 200 });

    const first = await getDeliveryLog({ workspaceId, endpointId: busy.id, page: 1 });
    expect(first).toMatchObject({ total: 30, pageCount: 2 });
    expect(first.deliveries).toHaveLength(25);
    expect(first.deliveries[0]!.createdAt).toEqual(new Date(start + 29 * 60_000));
    const second = await getDeliveryLog({ workspaceId, endpointId: busy.id, page: 2 });
    expect(second.deliveries).toHaveLength(5);
    expect(second.deliveries.at(-1)!.createdAt).toEqual(new Date(start));
    // Another workspace asking for this endpoint's log sees nothing.
    const other = await f.createWorkspace();
    expect(await getDeliveryLog({ workspaceId: other.id, endpointId: busy.id, page: 1 })).toMatchObject({
      total: 0,
      deliveries: [],
    });
  });
});
