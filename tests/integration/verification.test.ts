// Verification (DESIGN.md, Ownership health): every change of A confirms, whatever writes it; heads confirm their
// own department's ownership one by one or all at once, CX leads any; stale ownership counts in the coverage report
// and the API until it is confirmed; the cadence is a setting; every confirmation is audited.
import { beforeEach, describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/coverage/route";
import { getCoverageReport } from "../../lib/coverage/queries";
import { getPrisma } from "../../lib/db/client";
import { setAssignment } from "../../lib/matrix/actions";
import {
  confirmDepartmentOwnership,
  confirmOwnership,
  setVerificationCadence,
} from "../../lib/verification/actions";
import { getDepartmentVerification, getTouchpointVerification } from "../../lib/verification/queries";
import { NOT_YOURS_TO_CONFIRM, NOTHING_TO_CONFIRM } from "../../lib/verification/rights";
import { registerTestDb } from "../setup/test-db";
import { signInAs } from "./auth";
import * as f from "./factories";

registerTestDb();

const DAY = 86_400_000;
const LIMITS = { unowned: null, contested: null, handoffs: null, stale: null };

type User = { id: string; email: string; name: string };
let map: Awaited<ReturnType<typeof f.createMappedWorkspace>>;
let lead: User;
let billingHead: User;
let otherHead: User;

async function confirmedAt(touchpointId: string): Promise<Date | null> {
  const prisma = await getPrisma();
  return (await prisma.touchpoint.findUniqueOrThrow({ where: { id: touchpointId } })).ownershipConfirmedAt;
}

/** Backdates a touchpoint's confirmation, as if nobody had looked at it for `days` days. */
async function age(touchpointId: string, days: number) {
  const prisma = await getPrisma();
  await prisma.touchpoint.update({
    where: { id: touchpointId },
    data: { ownershipConfirmedAt: new Date(Date.now() - days * DAY) },
  });
}

async function addTouchpoint(ownerId: string | null) {
  const touchpoint = await f.createTouchpoint({ stageId: map.stage.id });
  if (ownerId) await f.setRole({ touchpointId: touchpoint.id, departmentId: ownerId, role: "A" });
  return touchpoint;
}

async function staleTotals() {
  const report = await getCoverageReport({
    workspaceId: map.workspace.id,
    filters: { sort: "journey" },
    limits: LIMITS,
  });
  return { total: report.totals.stale, departments: report.departments.map((d) => d.stale), report };
}

beforeEach(async () => {
  map = await f.createMappedWorkspace({ departments: 2 });
  const [billing, support] = map.departments;
  if (!billing || !support) throw new Error("two departments expected");
  lead = (await f.addMember({ workspaceId: map.workspace.id, role: "CX_LEAD" })).user;
  billingHead = (
    await f.addMember({ workspaceId: map.workspace.id, role: "DEPARTMENT_HEAD", departmentId: billing.id })
  ).user;
  otherHead = (
    await f.addMember({ workspaceId: map.workspace.id, role: "DEPARTMENT_HEAD", departmentId: support.id })
  ).user;
});

describe("a change of A confirms", () => {
  it("when A is set, moved or removed by any path, but not when another role changes", async () => {
    const [billing, support] = map.departments;
    const { touchpoint } = map;
    expect(await confirmedAt(touchpoint.id)).toBeNull();
    signInAs(lead);
    const before = Date.now();
    const set = await setAssignment({
      touchpointId: touchpoint.id,
      departmentId: billing!.id,
      role: "A",
      expectedVersion: 0,
    });
    expect(set.ok).toBe(true);
    expect((await confirmedAt(touchpoint.id))!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    await age(touchpoint.id, 200);
    // Another department's R is not a change of A.
    await f.setRole({ touchpointId: touchpoint.id, departmentId: support!.id, role: "R" });
    expect((await confirmedAt(touchpoint.id))!.getTime()).toBeLessThan(Date.now() - 199 * DAY);
    // R becoming A is.
    await f.setRole({ touchpointId: touchpoint.id, departmentId: support!.id, role: "A" });
    expect((await confirmedAt(touchpoint.id))!.getTime()).toBeGreaterThan(Date.now() - DAY);

    await age(touchpoint.id, 200);
    const prisma = await getPrisma();
    await prisma.assignment.deleteMany({
      where: { touchpointId: touchpoint.id, role: "A", departmentId: support!.id },
    });
    expect((await confirmedAt(touchpoint.id))!.getTime()).toBeGreaterThan(Date.now() - DAY);
  });
});

describe("stale ownership", () => {
  it("is counted in the report, per owning department and in the API, and confirming clears it", async () => {
    const [billing, support] = map.departments;
    const old = await addTouchpoint(billing!.id);
    const recent = await addTouchpoint(billing!.id);
    const supports = await addTouchpoint(support!.id);
    const nobodys = await addTouchpoint(null);
    await age(old.id, 91);
    await age(recent.id, 89);
    await age(supports.id, 400);
    await age(nobodys.id, 400);

    let stale = await staleTotals();
    expect(stale.total).toBe(2);
    expect(stale.departments).toEqual([1, 1]);
    expect(stale.report.stale.map((t) => t.name)).toEqual([supports.name, old.name]);
    expect(stale.report.verificationCadenceDays).toBe(90);

    signInAs(billingHead);
    const response = await GET(
      new Request(`http://localhost/api/v1/coverage?workspace=${map.workspace.slug}`),
    );
    const body = await response.json();
    expect(body.totals.stale).toBe(2);
    expect(body.departments.map((d: { stale: number }) => d.stale)).toEqual([1, 1]);
    expect(body.stale[0]).toMatchObject({ id: supports.id, accountable: [{ id: support!.id }] });

    expect(await confirmOwnership({ touchpointId: old.id })).toMatchObject({ ok: true });
    stale = await staleTotals();
    expect(stale.total).toBe(1);
    expect(stale.departments).toEqual([0, 1]);

    // A shorter cadence makes the 89-day-old confirmation stale too.
    signInAs(lead);
    expect(await setVerificationCadence({ workspaceId: map.workspace.id, days: 30 })).toEqual({
      ok: true,
      data: { days: 30 },
    });
    expect((await staleTotals()).departments).toEqual([1, 1]);
  });

  it("is never flagged on a contested or unowned touchpoint", async () => {
    const [billing, support] = map.departments;
    const contested = await addTouchpoint(billing!.id);
    await f.setRole({ touchpointId: contested.id, departmentId: support!.id, role: "A" });
    await age(contested.id, 400);
    expect((await staleTotals()).total).toBe(0);
  });
});

describe("confirmOwnership", () => {
  it("lets the owning department's head and a CX lead confirm, and nobody else", async () => {
    const [billing] = map.departments;
    const touchpoint = await addTouchpoint(billing!.id);
    await age(touchpoint.id, 120);

    signInAs(otherHead);
    expect(await confirmOwnership({ touchpointId: touchpoint.id })).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: NOT_YOURS_TO_CONFIRM,
    });
    expect((await confirmedAt(touchpoint.id))!.getTime()).toBeLessThan(Date.now() - 119 * DAY);

    for (const user of [billingHead, lead]) {
      await age(touchpoint.id, 120);
      signInAs(user);
      const result = await confirmOwnership({ touchpointId: touchpoint.id });
      expect(result).toMatchObject({ ok: true, data: { touchpointId: touchpoint.id } });
      expect((await confirmedAt(touchpoint.id))!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    }
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { workspaceId: map.workspace.id, action: "ownership.confirmed", entityId: touchpoint.id },
      orderBy: { id: "asc" },
      select: { actorId: true, departmentId: true, after: true },
    });
    expect(events.map((e) => e.actorId)).toEqual([billingHead.id, lead.id]);
    expect(events[0]).toMatchObject({
      departmentId: billing!.id,
      after: { touchpointName: touchpoint.name },
    });
  });

  it("refuses a touchpoint nobody owns alone, and one in another workspace", async () => {
    signInAs(lead);
    const unowned = await addTouchpoint(null);
    expect(await confirmOwnership({ touchpointId: unowned.id })).toMatchObject({
      ok: false,
      code: "invalid",
      formError: NOTHING_TO_CONFIRM,
    });
    const elsewhere = await f.createMappedWorkspace();
    await f.setRole({
      touchpointId: elsewhere.touchpoint.id,
      departmentId: elsewhere.departments[0]!.id,
      role: "A",
    });
    expect(await confirmOwnership({ touchpointId: elsewhere.touchpoint.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await confirmOwnership({ touchpointId: "not-an-id" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });
});

describe("confirmDepartmentOwnership", () => {
  it("confirms every stale ownership of the head's department at once, one audit event each", async () => {
    const [billing, support] = map.departments;
    const stale = [
      await addTouchpoint(billing!.id),
      await addTouchpoint(billing!.id),
      await addTouchpoint(billing!.id),
    ];
    const fresh = await addTouchpoint(billing!.id);
    const theirs = await addTouchpoint(support!.id);
    for (const t of [...stale, theirs]) await age(t.id, 100);
    await age(fresh.id, 10);

    const listed = await getDepartmentVerification({
      workspaceId: map.workspace.id,
      departmentId: billing!.id,
      limit: 2,
    });
    expect(listed).toMatchObject({ owned: 4, stale: 3, cadenceDays: 90, limit: 2 });
    expect(listed.items).toHaveLength(2);
    expect(listed.items.every((i) => i.stale)).toBe(true);

    signInAs(billingHead);
    expect(await confirmDepartmentOwnership({ departmentId: support!.id })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await confirmDepartmentOwnership({ departmentId: billing!.id })).toEqual({
      ok: true,
      data: { confirmed: 3 },
    });
    expect((await staleTotals()).departments).toEqual([0, 1]);
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { workspaceId: map.workspace.id, action: "ownership.confirmed" },
      select: { entityId: true, actorId: true },
    });
    expect(new Set(events.map((e) => e.entityId))).toEqual(new Set(stale.map((t) => t.id)));
    expect(events.every((e) => e.actorId === billingHead.id)).toBe(true);
    // Nothing stale left: confirming again confirms nothing.
    expect(await confirmDepartmentOwnership({ departmentId: billing!.id })).toEqual({
      ok: true,
      data: { confirmed: 0 },
    });
  });
});

describe("the touchpoint's verification and the cadence setting", () => {
  it("reads the confirmation and the cadence, and refuses a cadence out of range", async () => {
    const [billing] = map.departments;
    const touchpoint = await addTouchpoint(billing!.id);
    const read = await getTouchpointVerification({
      workspaceId: map.workspace.id,
      touchpointId: touchpoint.id,
    });
    expect(read?.cadenceDays).toBe(90);
    expect(new Date(read!.confirmedAt!).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(
      await getTouchpointVerification({ workspaceId: crypto.randomUUID(), touchpointId: touchpoint.id }),
    ).toBeNull();

    signInAs(lead);
    for (const days of [0, 731, 1.5, "soon"])
      expect(
        await setVerificationCadence({ workspaceId: map.workspace.id, days: days as number }),
      ).toMatchObject({
        ok: false,
        code: "invalid",
      });
    expect(await setVerificationCadence({ workspaceId: map.workspace.id, days: 90 })).toMatchObject({
      ok: false,
      formError: "The cadence is already 90 days.",
    });
    signInAs(billingHead);
    expect(await setVerificationCadence({ workspaceId: map.workspace.id, days: 30 })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });
});
