// Targets and readings on one touchpoint or journey (issue #14, items 3-4): who may set them, what is refused,
// that sending a reading again replaces it, and what the touchpoint page reads back.
import { beforeEach, describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { getScopeOutcomes } from "../../lib/outcomes/scope-queries";
import { clearTarget, recordReading, setTarget } from "../../lib/outcomes/target-actions";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import { signInAs } from "./auth";
import * as f from "./factories";

const getDb = registerTestDb();

let ws: Awaited<ReturnType<typeof setUp>>;

async function createMeasure(
  workspaceId: string,
  data: {
    name: string;
    kind: "SCORE" | "COUNT" | "PERCENT" | "NPS";
    direction: "HIGHER" | "LOWER";
    scaleMin?: number;
    scaleMax?: number;
  },
) {
  const prisma = await getPrisma();
  return prisma.measure.create({
    data: { workspaceId, scaleMin: null, scaleMax: null, ...data },
    select: { id: true, name: true },
  });
}

async function setUp() {
  const mapped = await f.createMappedWorkspace({ departments: 2 });
  const [billing, sales] = mapped.departments as [
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
  ];
  const workspaceId = mapped.workspace.id;
  await f.setRole({ touchpointId: mapped.touchpoint.id, departmentId: billing.id, role: "A" });
  await f.setRole({ touchpointId: mapped.touchpoint.id, departmentId: sales.id, role: "R" });
  const lead = (await f.addMember({ workspaceId, role: "CX_LEAD" })).user;
  const billingHead = (await f.addMember({ workspaceId, role: "DEPARTMENT_HEAD", departmentId: billing.id }))
    .user;
  const salesHead = (await f.addMember({ workspaceId, role: "DEPARTMENT_HEAD", departmentId: sales.id }))
    .user;
  const executive = (await f.addMember({ workspaceId, role: "EXECUTIVE" })).user;
  const csat = await createMeasure(workspaceId, {
    name: "CSAT",
    kind: "SCORE",
    direction: "HIGHER",
    scaleMin: 1,
    scaleMax: 5,
  });
  const complaints = await createMeasure(workspaceId, {
    name: "Complaints",
    kind: "COUNT",
    direction: "LOWER",
  });
  const touchpointScope = { kind: "touchpoint" as const, id: mapped.touchpoint.id };
  const journeyScope = { kind: "journey" as const, id: mapped.journey.id };
  return {
    ...mapped,
    billing,
    sales,
    lead,
    billingHead,
    salesHead,
    executive,
    csat,
    complaints,
    touchpointScope,
    journeyScope,
  };
}

async function outcomeRows() {
  const prisma = await getPrisma();
  const [targets, readings] = await Promise.all([
    prisma.outcomeTarget.count({ where: { workspaceId: ws.workspace.id } }),
    prisma.outcomeReading.count({ where: { workspaceId: ws.workspace.id } }),
  ]);
  return { targets, readings };
}

beforeEach(async () => {
  ws = await setUp();
});

describe("targets", () => {
  it("a CX lead sets, changes and clears a touchpoint's target, each audited", async () => {
    signInAs(ws.lead);
    expect(await setTarget({ scope: ws.touchpointScope, measureId: ws.csat.id, value: 4.2 })).toMatchObject({
      ok: true,
    });
    expect(await setTarget({ scope: ws.touchpointScope, measureId: ws.csat.id, value: "4.5" })).toMatchObject(
      { ok: true },
    );
    const prisma = await getPrisma();
    const targets = await prisma.outcomeTarget.findMany({
      where: { workspaceId: ws.workspace.id },
      select: { value: true, scopeId: true, journeyId: true, touchpointId: true },
    });
    expect(targets).toEqual([
      { value: 4.5, scopeId: ws.touchpoint.id, journeyId: ws.journey.id, touchpointId: ws.touchpoint.id },
    ]);

    expect(await clearTarget({ scope: ws.touchpointScope, measureId: ws.csat.id })).toEqual({
      ok: true,
      data: { cleared: true },
    });
    expect(await prisma.outcomeTarget.count({ where: { workspaceId: ws.workspace.id } })).toBe(0);
    const events = await prisma.auditEvent.findMany({
      where: { action: { startsWith: "target." }, workspaceId: ws.workspace.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, before: true, after: true, actorId: true, workspaceId: true },
    });
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      ["target.set", null, { measureName: "CSAT", value: 4.2, touchpointName: ws.touchpoint.name }],
      [
        "target.set",
        { measureName: "CSAT", value: 4.2, touchpointName: ws.touchpoint.name },
        { measureName: "CSAT", value: 4.5, touchpointName: ws.touchpoint.name },
      ],
      ["target.cleared", { measureName: "CSAT", touchpointName: ws.touchpoint.name }, null],
    ]);
    expect(events.every((e) => e.actorId === ws.lead.id && e.workspaceId === ws.workspace.id)).toBe(true);
  });

  it("a journey has its own targets, one per measure, apart from its touchpoints'", async () => {
    signInAs(ws.lead);
    await setTarget({ scope: ws.journeyScope, measureId: ws.csat.id, value: 4 });
    await setTarget({ scope: ws.touchpointScope, measureId: ws.csat.id, value: 4.4 });
    await setTarget({ scope: ws.journeyScope, measureId: ws.csat.id, value: 3.9 });
    const prisma = await getPrisma();
    const rows = await prisma.outcomeTarget.findMany({
      where: { workspaceId: ws.workspace.id },
      orderBy: { value: "asc" },
      select: { value: true, touchpointId: true },
    });
    expect(rows).toEqual([
      { value: 3.9, touchpointId: null },
      { value: 4.4, touchpointId: ws.touchpoint.id },
    ]);
  });

  it("refuses a value outside the measure's scale, a non-number, and every caller but a CX lead, writing nothing", async () => {
    signInAs(ws.lead);
    const outside = await setTarget({ scope: ws.touchpointScope, measureId: ws.csat.id, value: 5.5 });
    expect(outside).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { value: ["CSAT must be between 1 and 5."] },
    });
    const fraction = await setTarget({ scope: ws.touchpointScope, measureId: ws.complaints.id, value: 2.5 });
    expect(fraction).toMatchObject({
      ok: false,
      fieldErrors: { value: ["Complaints must be a whole number."] },
    });
    for (const value of ["", "4,2", "abc"]) {
      expect(await setTarget({ scope: ws.touchpointScope, measureId: ws.csat.id, value })).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { value: ["Enter a number, like 4.2."] },
      });
    }
    for (const user of [ws.billingHead, ws.executive]) {
      signInAs(user);
      expect(await setTarget({ scope: ws.touchpointScope, measureId: ws.csat.id, value: 4 })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await outcomeRows()).toEqual({ targets: 0, readings: 0 });
  });

  it("treats another workspace's measure or touchpoint as not found", async () => {
    const other = await f.createMappedWorkspace({ departments: 1 });
    const foreignMeasure = await createMeasure(other.workspace.id, {
      name: "CSAT",
      kind: "PERCENT",
      direction: "HIGHER",
    });
    signInAs(ws.lead);
    expect(
      await setTarget({ scope: ws.touchpointScope, measureId: foreignMeasure.id, value: 50 }),
    ).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(
      await setTarget({
        scope: { kind: "touchpoint", id: other.touchpoint.id },
        measureId: ws.csat.id,
        value: 4,
      }),
    ).toMatchObject({
      ok: false,
      code: "not_found",
      formError: "Touchpoint was not found. It may have been deleted.",
    });
    expect(await outcomeRows()).toEqual({ targets: 0, readings: 0 });
  });
});

describe("readings", () => {
  it("one per (scope, measure, month): sending it again replaces it, audited with before and after", async () => {
    signInAs(ws.lead);
    const first = await recordReading({
      scope: ws.touchpointScope,
      measureId: ws.csat.id,
      month: "2026-10",
      value: "3.1",
      sampleSize: "120",
      source: "Post-call survey",
    });
    expect(first).toMatchObject({ ok: true, data: { replaced: false } });
    const again = await recordReading({
      scope: ws.touchpointScope,
      measureId: ws.csat.id,
      month: "2026-10",
      value: 3.4,
      sampleSize: "",
      source: "",
    });
    expect(again).toMatchObject({ ok: true, data: { replaced: true } });
    const prisma = await getPrisma();
    expect(
      await prisma.outcomeReading.findMany({
        where: { workspaceId: ws.workspace.id },
        select: { month: true, value: true, sampleSize: true, source: true },
      }),
    ).toEqual([{ month: "2026-10", value: 3.4, sampleSize: null, source: null }]);
    const events = await prisma.auditEvent.findMany({
      where: { action: "reading.recorded", workspaceId: ws.workspace.id },
      orderBy: { createdAt: "asc" },
      select: { before: true, after: true },
    });
    expect(events).toHaveLength(2);
    expect(events[1]?.before).toMatchObject({
      value: 3.1,
      sampleSize: 120,
      source: "Post-call survey",
      month: "2026-10",
    });
    expect(events[1]?.after).toMatchObject({
      value: 3.4,
      sampleSize: null,
      source: null,
      measureName: "CSAT",
    });
  });

  it("lets the head of the Accountable department record, and refuses other heads, the executive and journey readings by a head", async () => {
    signInAs(ws.billingHead);
    expect(
      await recordReading({
        scope: ws.touchpointScope,
        measureId: ws.complaints.id,
        month: "2026-11",
        value: 4,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await recordReading({
        scope: ws.journeyScope,
        measureId: ws.complaints.id,
        month: "2026-11",
        value: 4,
      }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: "Only a CX lead records a journey's own readings.",
    });
    signInAs(ws.salesHead);
    expect(
      await recordReading({
        scope: ws.touchpointScope,
        measureId: ws.complaints.id,
        month: "2026-11",
        value: 9,
      }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    signInAs(ws.executive);
    expect(
      await recordReading({
        scope: ws.touchpointScope,
        measureId: ws.complaints.id,
        month: "2026-11",
        value: 9,
      }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    const prisma = await getPrisma();
    expect(
      await prisma.outcomeReading.findMany({
        where: { workspaceId: ws.workspace.id },
        select: { value: true },
      }),
    ).toEqual([{ value: 4 }]);
  });

  it("refuses a malformed month, a value off the scale, a negative count and a bad sample size", async () => {
    signInAs(ws.lead);
    const base = { scope: ws.touchpointScope, measureId: ws.csat.id, month: "2026-11", value: 4 };
    const cases: [Record<string, unknown>, string, string][] = [
      [{ month: "2026-13" }, "month", "Enter a month as YYYY-MM, like 2026-11."],
      [{ month: "11/2026" }, "month", "Enter a month as YYYY-MM, like 2026-11."],
      [{ value: 0.5 }, "value", "CSAT must be between 1 and 5."],
      [{ measureId: ws.complaints.id, value: -1 }, "value", "Complaints must be 0 or more."],
      [{ sampleSize: "0" }, "sampleSize", "The sample size is at least 1."],
      [{ sampleSize: "1.5" }, "sampleSize", "The sample size is a whole number."],
    ];
    for (const [change, field, message] of cases) {
      const result = await recordReading({ ...base, ...change } as Parameters<typeof recordReading>[0]);
      expect(result, JSON.stringify(change)).toMatchObject({
        ok: false,
        fieldErrors: { [field]: [message] },
      });
    }
    expect(await outcomeRows()).toEqual({ targets: 0, readings: 0 });
  });

  it("go with their touchpoint when it is deleted", async () => {
    signInAs(ws.lead);
    await setTarget({ scope: ws.touchpointScope, measureId: ws.csat.id, value: 4 });
    await recordReading({ scope: ws.touchpointScope, measureId: ws.csat.id, month: "2026-11", value: 4 });
    await recordReading({ scope: ws.journeyScope, measureId: ws.csat.id, month: "2026-11", value: 4 });
    const prisma = await getPrisma();
    await prisma.touchpoint.delete({ where: { id: ws.touchpoint.id } });
    expect(await outcomeRows()).toEqual({ targets: 0, readings: 1 });
  });
});

describe("what a touchpoint's page reads", () => {
  it("every measure, its target, status for the month (else the month before), and twelve months of readings", async () => {
    signInAs(ws.lead);
    await setTarget({ scope: ws.touchpointScope, measureId: ws.csat.id, value: 4.2 });
    for (const [month, value] of [
      ["2025-10", 4.9],
      ["2025-11", 4.8],
      ["2026-09", 4.4],
      ["2026-10", 3.1],
    ] as const) {
      await recordReading({ scope: ws.touchpointScope, measureId: ws.csat.id, month, value });
    }
    await recordReading({ scope: ws.journeyScope, measureId: ws.csat.id, month: "2026-11", value: 2 });
    const outcomes = await getScopeOutcomes({
      workspaceId: ws.workspace.id,
      scopeId: ws.touchpoint.id,
      month: "2026-11",
    });
    expect(outcomes.map((o) => o.measure.name)).toEqual(["Complaints", "CSAT"]);
    const [complaints, csat] = outcomes as [(typeof outcomes)[0], (typeof outcomes)[0]];
    expect(complaints).toMatchObject({ target: null, outcome: null, readings: [] });
    expect(csat.target).toBe(4.2);
    expect(csat.outcome).toMatchObject({ status: "OFF_TARGET", value: 3.1, readingMonth: "2026-10" });
    expect(csat.outcome?.shortfall).toBeCloseTo(1.1);
    // 2025-12 .. 2026-11: the reading of 2025-11 is outside the twelve months, the journey's own is elsewhere.
    expect(csat.readings.map((r) => [r.month, r.value])).toEqual([
      ["2026-09", 4.4],
      ["2026-10", 3.1],
    ]);
  });

  it("reads in the same number of queries however many measures and readings there are", async () => {
    const read = () =>
      getScopeOutcomes({ workspaceId: ws.workspace.id, scopeId: ws.touchpoint.id, month: "2026-11" });
    const few = await countQueries(getDb(), read);
    signInAs(ws.lead);
    for (let i = 0; i < 5; i++) {
      const measure = await createMeasure(ws.workspace.id, {
        name: `Percent ${i}`,
        kind: "PERCENT",
        direction: "HIGHER",
      });
      await setTarget({ scope: ws.touchpointScope, measureId: measure.id, value: 80 });
      for (const month of ["2026-09", "2026-10", "2026-11"]) {
        await recordReading({ scope: ws.touchpointScope, measureId: measure.id, month, value: 70 + i });
      }
    }
    expect(await countQueries(getDb(), read)).toBe(few);
  });
});
