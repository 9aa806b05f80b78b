// Webhooks end to end in one process: a change commits with its event, the worker's jobs fan it out and send it,
// and a real HTTP receiver checks every request with the independent `standardwebhooks` package. Time for the
// retries is driven through `now`, never by sleeping.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createClaim } from "../../lib/claims/actions";
import { getPrisma } from "../../lib/db/client";
import { withTransaction } from "../../lib/db/transaction";
import { resetEnvForTesting } from "../../lib/env";
import { dispatchEvents, planWebhookDeliveries } from "../../lib/outbox/dispatch";
import { emitEvent } from "../../lib/outbox/emit";
import {
  createWebhookEndpoint,
  resendWebhookDelivery,
  rotateWebhookSecret,
  setWebhookEndpointActive,
} from "../../lib/webhooks/actions";
import { deliverWebhooks, LEASE_MS, RETRY_DELAYS_MS } from "../../lib/webhooks/deliver";
import { registerTestDb } from "../setup/test-db";
import { type Receiver, startReceiver, verifyWith } from "../webhooks/receiver";
import { actingAs, signInAsLeadOfNewWorkspaces } from "./auth";
import * as f from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const receivers: Receiver[] = [];
async function receiver(...args: Parameters<typeof startReceiver>) {
  const r = await startReceiver(...args);
  receivers.push(r);
  return r;
}
afterAll(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

function allowPrivate(value: "0" | "1") {
  process.env.THROUGHLINE_WEBHOOK_ALLOW_PRIVATE = value;
  resetEnvForTesting();
}
beforeAll(() => allowPrivate("1"));
afterEach(async () => {
  allowPrivate("1");
  vi.restoreAllMocks();
  // Each test starts with nothing due: what one leaves waiting never counts in another's batches.
  const prisma = await getPrisma();
  await prisma.webhookDelivery.updateMany({ where: { status: "PENDING" }, data: { status: "FAILED" } });
});

async function endpointFor(workspaceId: string, url: string, events = ["verification.due", "claim.created"]) {
  const created = await createWebhookEndpoint({ workspaceId, url, events: events as never, active: true });
  if (!created.ok) throw new Error(created.formError);
  return created.data;
}

let emitted = 0;
async function emitDue(workspaceId: string) {
  const prisma = await getPrisma();
  const department = await prisma.department.findFirstOrThrow({ where: { workspaceId } });
  await withTransaction((tx) =>
    emitEvent(tx, {
      workspaceId,
      type: "verification.due",
      data: {
        department: { id: department.id, name: department.name },
        touchpoints: [],
        cadenceDays: 90 + ++emitted,
      },
    }),
  );
}

const dispatch = () => dispatchEvents({ fanOuts: [planWebhookDeliveries] });

async function deliveriesOf(endpointId: string) {
  return (await getPrisma()).webhookDelivery.findMany({
    where: { endpointId },
    orderBy: { createdAt: "asc" },
    include: { log: { orderBy: { attempt: "asc" } } },
  });
}

describe("a change reaches a receiver, signed", () => {
  it("delivers claim.created with the ids and names of what changed, verified by standardwebhooks", async () => {
    const mapped = await f.createMappedWorkspace();
    const sink = await receiver();
    const { id: endpointId, secret } = await endpointFor(mapped.workspace.id, sink.url);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const head = await f.addMember({
      workspaceId: mapped.workspace.id,
      role: "DEPARTMENT_HEAD",
      departmentId: mapped.departments[0]!.id,
    });
    const claim = await actingAs(head.user, () =>
      createClaim({ touchpointId: mapped.touchpoint.id, role: "A", reason: "We answer these" }),
    );
    if (!claim.ok) throw new Error(claim.formError);

    expect(await dispatch()).toBe(1);
    expect(await deliverWebhooks({ now: new Date() })).toBe(1);

    expect(sink.requests).toHaveLength(1);
    const request = sink.requests[0]!;
    const body = verifyWith(secret, request);
    expect(body.type).toBe("claim.created");
    expect(new Date(body.timestamp).toISOString()).toBe(body.timestamp);
    expect(body.data).toMatchObject({
      claim: { id: claim.data.id, role: "A", reason: "We answer these" },
      department: { id: mapped.departments[0]!.id, name: mapped.departments[0]!.name },
      touchpoint: { id: mapped.touchpoint.id, name: mapped.touchpoint.name },
      journey: { id: mapped.journey.id, name: mapped.journey.name },
    });
    expect(request.headers["content-type"]).toBe("application/json");
    const [delivery] = await deliveriesOf(endpointId);
    expect(request.headers["webhook-id"]).toBe(delivery!.id);
    expect(Math.abs(Number(request.headers["webhook-timestamp"]) - Date.now() / 1000)).toBeLessThan(60);
    expect(delivery).toMatchObject({ status: "DELIVERED", attempts: 1, lastStatusCode: 200 });
    expect(delivery!.log).toMatchObject([{ attempt: 1, statusCode: 200, error: null }]);
    // Nothing is due any more.
    expect(await deliverWebhooks({ now: new Date() })).toBe(0);
  });

  it("signs with the new secret after a rotation, and with the old one beside it for a day", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const sink = await receiver();
    const { id, secret: oldSecret } = await endpointFor(workspace.id, sink.url);
    const rotated = await rotateWebhookSecret({ id });
    if (!rotated.ok) throw new Error(rotated.formError);
    const newSecret = rotated.data.secret;
    expect(newSecret).not.toBe(oldSecret);

    await emitDue(workspace.id);
    await dispatch();
    await deliverWebhooks({ now: new Date() });
    const during = sink.requests.at(-1)!;
    expect(during.headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(verifyWith(newSecret, during).type).toBe("verification.due");
    expect(verifyWith(oldSecret, during).type).toBe("verification.due");

    // Once the overlap is over only the new secret signs.
    const prisma = await getPrisma();
    await prisma.webhookEndpoint.update({
      where: { id },
      data: { previousSecretExpiresAt: new Date(Date.now() - 1000) },
    });
    await emitDue(workspace.id);
    await dispatch();
    await deliverWebhooks({ now: new Date() });
    const after = sink.requests.at(-1)!;
    expect(after.headers["webhook-signature"]!.split(" ")).toHaveLength(1);
    expect(verifyWith(newSecret, after).type).toBe("verification.due");
    expect(() => verifyWith(oldSecret, after)).toThrow();
  });

  it("a captured request replayed later is refused by the receiver for its old timestamp", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const sink = await receiver();
    const { secret } = await endpointFor(workspace.id, sink.url);
    await emitDue(workspace.id);
    await dispatch();
    await deliverWebhooks({ now: new Date() });
    const captured = sink.requests[0]!;
    expect(verifyWith(secret, captured).type).toBe("verification.due");
    // Six minutes later, on the receiver's clock: past standardwebhooks' five-minute tolerance.
    const later = Date.now() + 6 * 60_000;
    vi.spyOn(Date, "now").mockReturnValue(later);
    expect(() => verifyWith(secret, captured)).toThrow(/timestamp/i);
    // A tampered body fails too, whatever the time.
    vi.restoreAllMocks();
    expect(() =>
      verifyWith(secret, { ...captured, body: captured.body.replace("verification.due", "claim.created") }),
    ).toThrow();
  });
});

describe("failures", () => {
  it("retries a 500 with backoff for over a day with the same webhook-id, then FAILED and the endpoint failing", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const sink = await receiver(() => ({ status: 500 }));
    const { id: endpointId } = await endpointFor(workspace.id, sink.url);
    await emitDue(workspace.id);
    await dispatch();
    const prisma = await getPrisma();
    const start = new Date();
    let now = start;
    for (const [i, delay] of RETRY_DELAYS_MS.entries()) {
      expect(await deliverWebhooks({ now })).toBe(1);
      const [delivery] = await deliveriesOf(endpointId);
      expect(delivery).toMatchObject({ status: "PENDING", attempts: i + 1, lastStatusCode: 500 });
      expect(delivery!.nextAttemptAt.getTime()).toBe(now.getTime() + delay);
      // Not due a moment before its time.
      expect(await deliverWebhooks({ now: new Date(now.getTime() + delay - 1) })).toBe(0);
      now = new Date(now.getTime() + delay);
    }
    expect(now.getTime() - start.getTime()).toBeGreaterThan(24 * 3_600_000);
    expect(await deliverWebhooks({ now })).toBe(1);
    const [failed] = await deliveriesOf(endpointId);
    expect(failed).toMatchObject({ status: "FAILED", attempts: RETRY_DELAYS_MS.length + 1 });
    expect(failed!.log.map((a) => [a.attempt, a.statusCode])).toEqual(
      sink.requests.map((_, i) => [i + 1, 500]),
    );
    expect(new Set(sink.requests.map((r) => r.headers["webhook-id"]))).toEqual(new Set([failed!.id]));
    const endpoint = await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(endpoint.failingSince).toEqual(now);
    expect(await deliverWebhooks({ now: new Date(now.getTime() + 86_400_000) })).toBe(0);

    // Resent once the receiver is healthy: the same id, delivered, and the endpoint no longer failing.
    sink.respond = () => ({ status: 204 });
    const resent = await resendWebhookDelivery({ deliveryId: failed!.id });
    expect(resent).toMatchObject({ ok: true, data: { id: failed!.id } });
    expect(await deliverWebhooks({ now: new Date() })).toBe(1);
    expect(sink.requests.at(-1)!.headers["webhook-id"]).toBe(failed!.id);
    const [delivered] = await deliveriesOf(endpointId);
    expect(delivered).toMatchObject({ status: "DELIVERED", lastStatusCode: 204 });
    expect(
      (await prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } })).failingSince,
    ).toBeNull();
  });

  it("does not follow a redirect: a 3xx is a failed attempt and its target hears nothing", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const elsewhere = await receiver();
    const sink = await receiver(() => ({ status: 302, headers: { location: elsewhere.url } }));
    const { id: endpointId } = await endpointFor(workspace.id, sink.url);
    await emitDue(workspace.id);
    await dispatch();
    await deliverWebhooks({ now: new Date() });
    expect(sink.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
    const [delivery] = await deliveriesOf(endpointId);
    expect(delivery).toMatchObject({
      status: "PENDING",
      attempts: 1,
      lastStatusCode: 302,
      lastError: "HTTP 302",
    });
  });

  it("gives up on a receiver that does not answer in time", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const sink = await receiver(() => ({ status: 200, hang: true }));
    const { id: endpointId } = await endpointFor(workspace.id, sink.url);
    await emitDue(workspace.id);
    await dispatch();
    await deliverWebhooks({ now: new Date(), timeoutMs: 300 });
    const [delivery] = await deliveriesOf(endpointId);
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null });
    expect(delivery!.lastError).toMatch(/No response within/);
  });

  it("a delivery leased by an instance that died goes out again after the lease, with the same id", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const sink = await receiver();
    const { id: endpointId } = await endpointFor(workspace.id, sink.url);
    await emitDue(workspace.id);
    await dispatch();
    const now = new Date();
    // What a crash right after leasing leaves behind: PENDING, pushed one lease ahead, no attempt recorded.
    const prisma = await getPrisma();
    const [leased] = await deliveriesOf(endpointId);
    await prisma.webhookDelivery.update({
      where: { id: leased!.id },
      data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
    });
    expect(await deliverWebhooks({ now })).toBe(0);
    expect(await deliverWebhooks({ now: new Date(now.getTime() + LEASE_MS) })).toBe(1);
    expect(sink.requests.map((r) => r.headers["webhook-id"])).toEqual([leased!.id]);
  });

  it("an endpoint deleted while its delivery is in flight does not spoil the rest of the batch", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const prisma = await getPrisma();
    const sink = await receiver();
    const slow = await receiver(() => ({ status: 200, hang: true }));
    const gone = await endpointFor(workspace.id, slow.url);
    const kept = await endpointFor(workspace.id, sink.url);
    await emitDue(workspace.id);
    await dispatch();
    const sending = deliverWebhooks({ now: new Date(), timeoutMs: 1_000 });
    await vi.waitFor(() => expect(slow.requests).toHaveLength(1));
    await prisma.webhookEndpoint.delete({ where: { id: gone.id } });
    expect(await sending).toBe(2);
    const [delivered] = await deliveriesOf(kept.id);
    expect(delivered).toMatchObject({ status: "DELIVERED", attempts: 1 });
    expect(delivered!.log).toHaveLength(1);
  });

  it("two workers at once send each delivery once", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const sink = await receiver();
    await endpointFor(workspace.id, sink.url);
    for (let i = 0; i < 30; i++) await emitDue(workspace.id);
    await dispatch();
    const now = new Date();
    const work = async () => {
      let total = 0;
      for (let n = 1; n > 0; total += n) n = await deliverWebhooks({ now, limit: 7 });
      return total;
    };
    const [a, b] = await Promise.all([work(), work()]);
    expect(a + b).toBe(30);
    const ids = sink.requests.map((r) => r.headers["webhook-id"]);
    expect(new Set(ids).size).toBe(30);
    expect(ids).toHaveLength(30);
  });

  it("leaves an inactive endpoint's deliveries waiting, and sends them once it is active again", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const sink = await receiver();
    const { id } = await endpointFor(workspace.id, sink.url);
    await emitDue(workspace.id);
    await dispatch();
    expect(await setWebhookEndpointActive({ id, active: false })).toMatchObject({ ok: true });
    expect(await deliverWebhooks({ now: new Date() })).toBe(0);
    // New events are not planned for it meanwhile.
    await emitDue(workspace.id);
    await dispatch();
    expect(await setWebhookEndpointActive({ id, active: true })).toMatchObject({ ok: true });
    expect(await deliverWebhooks({ now: new Date() })).toBe(1);
    expect(sink.requests).toHaveLength(1);
  });
});

describe("private addresses", () => {
  it("refuses a private URL when the endpoint is saved, in plain words on the field", async () => {
    allowPrivate("0");
    const { workspace } = await f.createMappedWorkspace();
    for (const url of [
      "http://127.0.0.1:9/hooks",
      "http://169.254.169.254/latest",
      "http://[::1]/x",
      "http://localhost/x",
    ]) {
      const result = await createWebhookEndpoint({
        workspaceId: workspace.id,
        url,
        events: ["claim.created"],
      });
      expect(result).toMatchObject({ ok: false, code: "invalid" });
      if (result.ok) return;
      expect(result.fieldErrors?.url?.[0]).toMatch(/private, loopback or link-local/);
    }
    const prisma = await getPrisma();
    expect(await prisma.webhookEndpoint.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("refuses at connect time too: a literal address, and a name that resolves to loopback", async () => {
    const { workspace } = await f.createMappedWorkspace();
    const sink = await receiver();
    const port = new URL(sink.url).port;
    const literal = await endpointFor(workspace.id, sink.url);
    const named = await endpointFor(workspace.id, `http://localhost:${port}/hooks`);
    await emitDue(workspace.id);
    await dispatch();
    allowPrivate("0");
    expect(await deliverWebhooks({ now: new Date() })).toBe(2);
    expect(sink.requests).toHaveLength(0);
    for (const { id } of [literal, named]) {
      const [delivery] = await deliveriesOf(id);
      expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: null });
      expect(delivery!.lastError).toMatch(/private, loopback or link-local/);
    }
  });
});
