// The outbox (DESIGN.md, Notifications): every event is written in the transaction of the change that causes it —
// and only when that change commits — with the documented shape; the worker fans each out exactly once, even with
// several dispatchers at the same time; once an hour each department hears of the ownership that went stale.
import { beforeEach, describe, expect, it } from "vitest";
import { createClaim, releaseRole } from "../../lib/claims/actions";
import { decideClaim } from "../../lib/claims/decision-actions";
import { getPrisma } from "../../lib/db/client";
import { withTransaction } from "../../lib/db/transaction";
import { setAssignment } from "../../lib/matrix/actions";
import { dispatchEvents, planWebhookDeliveries } from "../../lib/outbox/dispatch";
import { emitEvent } from "../../lib/outbox/emit";
import { EVENT_DATA, type EventType } from "../../lib/outbox/events";
import { scanVerificationDue } from "../../lib/outbox/verification-scan";
import { monthOf, previousMonth } from "../../lib/outcomes/rules";
import { applyReadings } from "../../lib/outcomes/sheet-actions";
import { recordReading } from "../../lib/outcomes/target-actions";
import { deleteTouchpoint } from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { signInAs } from "./auth";
import * as f from "./factories";

registerTestDb();

type User = { id: string; email: string; name: string };
let map: Awaited<ReturnType<typeof f.createMappedWorkspace>>;
let lead: User;
let head: User;

async function events(workspaceId = map.workspace.id) {
  const prisma = await getPrisma();
  return prisma.outboxEvent.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, type: true, data: true, dispatchedAt: true },
  });
}

/** Every event's data parses as its type documents it. */
function expectDocumented(list: { type: string; data: unknown }[]) {
  for (const event of list) EVENT_DATA[event.type as EventType].parse(event.data);
}

beforeEach(async () => {
  map = await f.createMappedWorkspace({ departments: 3 });
  lead = (await f.addMember({ workspaceId: map.workspace.id, role: "CX_LEAD" })).user;
  head = (
    await f.addMember({
      workspaceId: map.workspace.id,
      role: "DEPARTMENT_HEAD",
      departmentId: map.departments[0]!.id,
    })
  ).user;
});

describe("events are written with their change", () => {
  it("a claim, a contest it opens and the decision, each once, with the documented data", async () => {
    const [mine, other] = map.departments;
    const { touchpoint } = map;
    await f.setRole({ touchpointId: touchpoint.id, departmentId: other!.id, role: "A" });
    signInAs(head);
    const claimed = await createClaim({ touchpointId: touchpoint.id, role: "A", reason: "We answer these" });
    expect(claimed.ok).toBe(true);
    let list = await events();
    expect(list.map((e) => e.type)).toEqual(["claim.created", "contest.opened"]);
    expectDocumented(list);
    expect(list[0]!.data).toMatchObject({
      claim: { role: "A", reason: "We answer these" },
      department: { id: mine!.id, name: mine!.name },
      touchpoint: { id: touchpoint.id, name: touchpoint.name },
      journey: { id: map.journey.id, name: map.journey.name },
    });
    expect((list[1]!.data as { departments: { id: string }[] }).departments.map((d) => d.id).sort()).toEqual(
      [mine!.id, other!.id].sort(),
    );

    // A refused change writes no event.
    expect((await createClaim({ touchpointId: touchpoint.id, role: "A", reason: "Again" })).ok).toBe(false);
    expect(await events()).toHaveLength(2);

    signInAs(lead);
    const claimId = (claimed as { data: { id: string } }).data.id;
    expect((await decideClaim({ claimId, decision: "reject", note: "Support keeps it" })).ok).toBe(true);
    list = await events();
    expect(list.map((e) => e.type)).toEqual(["claim.created", "contest.opened", "claim.decided"]);
    expect(list[2]!.data).toMatchObject({
      claim: { id: claimId, decision: "rejected", note: "Support keeps it" },
    });
  });

  it("a second A in the matrix opens a contest; other roles and a first A do not", async () => {
    const [a, b, c] = map.departments;
    const { touchpoint } = map;
    signInAs(lead);
    const set = (departmentId: string, role: "A" | "R" | null, expectedVersion: number) =>
      setAssignment({ touchpointId: touchpoint.id, departmentId, role, expectedVersion });
    expect((await set(a!.id, "A", 0)).ok).toBe(true);
    expect((await set(b!.id, "R", 1)).ok).toBe(true);
    expect(await events()).toEqual([]);
    expect((await set(c!.id, "A", 2)).ok).toBe(true);
    expect((await events()).map((e) => e.type)).toEqual(["contest.opened"]);
  });

  it("losing the last A is 'ownership.lost' whatever removes it; losing one of two, or the touchpoint, is not", async () => {
    const [a, b, c] = map.departments;
    const { touchpoint } = map;
    await f.setRole({ touchpointId: touchpoint.id, departmentId: a!.id, role: "A" });
    await f.setRole({ touchpointId: touchpoint.id, departmentId: b!.id, role: "A" });
    await f.setRole({ touchpointId: touchpoint.id, departmentId: c!.id, role: "R" });
    signInAs(lead);
    expect(
      (
        await setAssignment({
          touchpointId: touchpoint.id,
          departmentId: b!.id,
          role: "C",
          expectedVersion: 0,
        })
      ).ok,
    ).toBe(true);
    expect(await events()).toEqual([]);

    // The head's department releases the last A.
    signInAs(head);
    expect((await releaseRole({ touchpointId: touchpoint.id })).ok).toBe(true);
    const list = await events();
    expect(list.map((e) => e.type)).toEqual(["ownership.lost"]);
    expectDocumented(list);
    expect(list[0]!.data).toEqual({
      touchpoint: { id: touchpoint.id, name: touchpoint.name },
      journey: { id: map.journey.id, name: map.journey.name },
      stage: { id: map.stage.id, name: map.stage.name },
      formerOwners: [{ id: a!.id, name: a!.name }],
      departments: expect.arrayContaining([
        { id: b!.id, name: b!.name, role: "C" },
        { id: c!.id, name: c!.name, role: "R" },
      ]),
    });

    const other = await f.createTouchpoint({ stageId: map.stage.id });
    await f.setRole({ touchpointId: other.id, departmentId: a!.id, role: "A" });
    signInAs(lead);
    expect((await deleteTouchpoint({ id: other.id })).ok).toBe(true);
    expect(await events()).toHaveLength(1);
  });

  it("an event rolls back with its change", async () => {
    await expect(
      withTransaction(async (tx) => {
        await emitEvent(tx, {
          workspaceId: map.workspace.id,
          type: "contest.opened",
          data: { touchpoint: map.touchpoint, journey: map.journey, departments: [] },
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await events()).toEqual([]);
  });

  it("refuses data its type does not document", async () => {
    await expect(
      withTransaction((tx) =>
        emitEvent(tx, {
          workspaceId: map.workspace.id,
          type: "contest.opened",
          data: { touchpoint: map.touchpoint } as never,
        }),
      ),
    ).rejects.toThrow();
  });
});

describe("dispatching", () => {
  it("fans each event out once to the active endpoints subscribed to it, even with dispatchers racing", async () => {
    const prisma = await getPrisma();
    const endpoint = (events: string[], active = true, workspaceId = map.workspace.id) =>
      prisma.webhookEndpoint.create({
        data: { workspaceId, url: "https://example.com/hook", events, active, secret: "whsec_dGVzdA==" },
      });
    const all = await endpoint(["claim.created", "contest.opened"]);
    const claimsOnly = await endpoint(["claim.created"]);
    await endpoint(["claim.created"], false);
    const elsewhere = await f.createWorkspace();
    await endpoint(["claim.created"], true, elsewhere.id);

    const data = { touchpoint: map.touchpoint, journey: map.journey, departments: [] };
    await withTransaction(async (tx) => {
      for (let i = 0; i < 30; i++)
        await emitEvent(tx, { workspaceId: map.workspace.id, type: "contest.opened", data });
    });
    signInAs(head);
    expect((await createClaim({ touchpointId: map.touchpoint.id, role: "R", reason: "We help" })).ok).toBe(
      true,
    );

    // Earlier tests' events wait too: every undispatched event is handed out exactly once overall.
    const pending = await prisma.outboxEvent.count({ where: { dispatchedAt: null } });
    const fanOuts = [planWebhookDeliveries];
    let total = 0;
    for (;;) {
      const handled = await Promise.all([1, 2, 3].map(() => dispatchEvents({ fanOuts, limit: 7 })));
      const sum = handled.reduce((a, n) => a + n, 0);
      if (sum === 0) break;
      total += sum;
    }
    expect(total).toBe(pending);
    expect((await events()).every((e) => e.dispatchedAt !== null)).toBe(true);
    const deliveries = await prisma.webhookDelivery.groupBy({ by: ["endpointId"], _count: true });
    const count = new Map(deliveries.map((d) => [d.endpointId, d._count]));
    expect(count.get(all.id)).toBe(31);
    expect(count.get(claimsOnly.id)).toBe(1);
    expect(deliveries).toHaveLength(2);
  });
});

describe("verification due", () => {
  it("starts the clock on its first look, then tells each department once what went stale since", async () => {
    const prisma = await getPrisma();
    const [a, b] = map.departments;
    const t1 = await f.createTouchpoint({ stageId: map.stage.id });
    const t2 = await f.createTouchpoint({ stageId: map.stage.id });
    const t3 = await f.createTouchpoint({ stageId: map.stage.id });
    for (const [t, d] of [
      [t1, a],
      [t2, a],
      [t3, b],
    ] as const)
      await f.setRole({ touchpointId: t.id, departmentId: d!.id, role: "A" });
    const DAY = 86_400_000;
    const now = new Date();
    const confirmed = (t: { id: string }, daysAgo: number) =>
      prisma.touchpoint.update({
        where: { id: t.id },
        data: { ownershipConfirmedAt: new Date(now.getTime() - daysAgo * DAY) },
      });
    await confirmed(t1, 120);
    await confirmed(t2, 30);
    await confirmed(t3, 30);

    // Other workspaces may be due a look too: the scan covers them all, so keep the limit high.
    await scanVerificationDue({ now, limit: 1000 });
    expect(await events()).toEqual([]);

    // Two days later: t2 and t3 crossed the 90 days in between (t1 was stale before the first look).
    await confirmed(t2, 89.5);
    await confirmed(t3, 89.5);
    const later = new Date(now.getTime() + 2 * DAY);
    await scanVerificationDue({ now: later, limit: 1000 });
    const list = await events();
    expectDocumented(list);
    expect(list.map((e) => (e.data as { department: { id: string } }).department.id).sort()).toEqual(
      [a!.id, b!.id].sort(),
    );
    const forA = list.find((e) => (e.data as { department: { id: string } }).department.id === a!.id)!;
    expect(forA.data).toMatchObject({ touchpoints: [{ id: t2.id }], cadenceDays: 90 });

    // Looked at within the hour: nothing new.
    await scanVerificationDue({ now: new Date(later.getTime() + 60_000), limit: 1000 });
    expect(await events()).toHaveLength(2);
  });
});

describe("a target gone off target", () => {
  it("is told once, to the owner's side, when a reading first misses the target; never for an unowned touchpoint", async () => {
    const prisma = await getPrisma();
    const [owner] = map.departments;
    const { touchpoint } = map;
    await f.setRole({ touchpointId: touchpoint.id, departmentId: owner!.id, role: "A" });
    const measure = await prisma.measure.create({
      data: {
        workspaceId: map.workspace.id,
        name: "CSAT",
        kind: "SCORE",
        scaleMin: 1,
        scaleMax: 5,
        direction: "HIGHER",
      },
    });
    const target = (scopeId: string) =>
      prisma.outcomeTarget.create({
        data: {
          workspaceId: map.workspace.id,
          measureId: measure.id,
          journeyId: map.journey.id,
          touchpointId: scopeId,
          scopeId,
          value: 4.2,
        },
      });
    await target(touchpoint.id);
    signInAs(lead);
    const read = (touchpointId: string, month: string, value: number) =>
      recordReading({ scope: { kind: "touchpoint", id: touchpointId }, measureId: measure.id, month, value });

    // News only: this month and the month before; an older month fills in history and tells nobody.
    const month = monthOf(new Date());
    const before = previousMonth(month);
    expect((await read(touchpoint.id, previousMonth(before), 1.0)).ok).toBe(true);
    expect((await read(touchpoint.id, before, 4.5)).ok).toBe(true);
    expect(await events()).toEqual([]);
    expect((await read(touchpoint.id, month, 3.1)).ok).toBe(true);
    const list = await events();
    expect(list.map((e) => e.type)).toEqual(["outcome.off_target"]);
    expectDocumented(list);
    expect(list[0]!.data).toEqual({
      touchpoint: { id: touchpoint.id, name: touchpoint.name },
      journey: { id: map.journey.id, name: map.journey.name },
      department: { id: owner!.id, name: owner!.name },
      measure: { id: measure.id, name: "CSAT", unit: "" },
      target: 4.2,
      value: 3.1,
      month,
    });
    // Still off target: nothing new. Back on, then off again: told again.
    expect((await read(touchpoint.id, month, 3.0)).ok).toBe(true);
    expect(await events()).toHaveLength(1);
    expect((await read(touchpoint.id, month, 4.3)).ok).toBe(true);
    expect((await read(touchpoint.id, month, 2.0)).ok).toBe(true);
    expect(await events()).toHaveLength(2);

    const unowned = await f.createTouchpoint({ stageId: map.stage.id });
    await target(unowned.id);
    expect((await read(unowned.id, month, 1.5)).ok).toBe(true);
    expect(await events()).toHaveLength(2);
  });

  it("an imported sheet tells of each recent reading that puts an owned touchpoint's target off", async () => {
    const prisma = await getPrisma();
    const [owner] = map.departments;
    const { touchpoint } = map;
    await f.setRole({ touchpointId: touchpoint.id, departmentId: owner!.id, role: "A" });
    const second = await f.createTouchpoint({ stageId: map.stage.id });
    await f.setRole({ touchpointId: second.id, departmentId: owner!.id, role: "A" });
    const measure = await prisma.measure.create({
      data: {
        workspaceId: map.workspace.id,
        name: "Effort",
        kind: "SCORE",
        scaleMin: 1,
        scaleMax: 7,
        direction: "LOWER",
      },
    });
    for (const t of [touchpoint, second])
      await prisma.outcomeTarget.create({
        data: {
          workspaceId: map.workspace.id,
          measureId: measure.id,
          journeyId: map.journey.id,
          touchpointId: t.id,
          scopeId: t.id,
          value: 3,
        },
      });
    const month = monthOf(new Date());
    const before = previousMonth(month);
    const old = previousMonth(before);
    // `second` was off last month already; this month's miss is no news for it.
    signInAs(lead);
    const at = (t: { name: string }) => `${map.journey.name},${map.stage.name},${t.name},Effort`;
    const first = `journey,stage,touchpoint,measure,month,value\n${at(second)},${before},5\n`;
    expect(await applyReadings({ workspaceId: map.workspace.id, csv: first })).toMatchObject({ ok: true });
    expect((await events()).map((e) => (e.data as { touchpoint: { id: string } }).touchpoint.id)).toEqual([
      second.id,
    ]);
    const csv = [
      "journey,stage,touchpoint,measure,month,value",
      `${at(touchpoint)},${old},6`,
      `${at(touchpoint)},${month},4.5`,
      `${at(second)},${month},6`,
      `${map.journey.name},,,Effort,${month},6`,
    ].join("\n");
    expect(await applyReadings({ workspaceId: map.workspace.id, csv })).toMatchObject({ ok: true });
    const list = await events();
    expectDocumented(list);
    expect(list).toHaveLength(2);
    expect(list[1]!.data).toMatchObject({ touchpoint: { id: touchpoint.id }, month, value: 4.5, target: 3 });
  });
});
