import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getActivityFilterOptions, getActivityPage, getActivityView } from "../../lib/audit/queries";
import { type TActivityCursor, type TActivityFilters, ZActivityCursor } from "../../lib/audit/schemas";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";

const getDb = registerTestDb();

const ACTIONS = ["stage.created", "touchpoint.updated", "assignment.set", "journey.created"];
const BASE = Date.UTC(2026, 10, 26, 9, 0, 0);
const ws = { a: randomUUID(), b: randomUUID() };
const journeys = [randomUUID(), randomUUID()] as const;
const departments = [randomUUID(), randomUUID(), randomUUID()] as const;
const other = { journey: randomUUID(), department: randomUUID() };
const userId = randomUUID();

type Row = {
  id: string;
  createdAt: Date;
  journeyId: string | null;
  departmentId: string | null;
  action: string;
};

/** The expected trail, computed apart from the code under test: filtered in JS, (createdAt, id) descending. */
async function getExpected(workspaceId: string, filters: TActivityFilters = {}): Promise<string[]> {
  const rows = await getDb().prisma.auditEvent.findMany({ where: { workspaceId } });
  const all: Row[] = rows.map((r) => ({ ...r, id: r.id.toString() }));
  return all
    .filter((r) => !filters.journeyId || r.journeyId === filters.journeyId)
    .filter((r) => !filters.departmentId || r.departmentId === filters.departmentId)
    .filter((r) => !filters.action || r.action === filters.action)
    .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || Number(BigInt(y.id) - BigInt(x.id)))
    .map((r) => r.id);
}

/** Follows nextCursor (through its URL form) from the newest page to the last. */
async function collectPages(opts: { workspaceId?: string; filters?: TActivityFilters; pageSize: number }) {
  const pages: string[][] = [];
  let cursor: TActivityCursor | null = null;
  for (let guard = 0; guard < 200; guard++) {
    const page = await getActivityPage({
      workspaceId: opts.workspaceId ?? ws.a,
      filters: opts.filters ?? {},
      cursor,
      pageSize: opts.pageSize,
    });
    pages.push(page.events.map((e) => e.id));
    if (!page.nextCursor) return pages;
    cursor = ZActivityCursor.parse(page.nextCursor);
  }
  throw new Error("pagination never ended");
}

beforeAll(async () => {
  const { prisma } = getDb();
  await prisma.user.create({ data: { id: userId, email: "ada@example.com", name: "Ada Lovelace" } });
  await prisma.workspace.createMany({ data: [ws.a, ws.b].map((id) => ({ id, name: id, slug: id })) });
  await prisma.journey.createMany({
    data: [
      { id: journeys[1], workspaceId: ws.a, name: "Get help", position: 1 },
      { id: journeys[0], workspaceId: ws.a, name: "Buy online", position: 0 },
      { id: other.journey, workspaceId: ws.b, name: "Elsewhere", position: 0 },
    ],
  });
  const department = (id: string, workspaceId: string, position: number) => ({
    ...{ id, workspaceId, position, name: `Department ${position}`, color: "#123456" },
  });
  await prisma.department.createMany({
    data: [...departments.map((id, i) => department(id, ws.a, i)), department(other.department, ws.b, 0)],
  });
  // Triples share a createdAt (one transaction); the last two rows are older than their ids suggest.
  const mine = Array.from({ length: 60 }, (_, i) => ({
    workspaceId: ws.a,
    actorId: i % 7 === 0 ? userId : null,
    action: ACTIONS[i % 4]!,
    entityType: "stage",
    entityId: `entity-${i}`,
    journeyId: [journeys[0], journeys[1], null][i % 3],
    departmentId: [departments[0], departments[1], null, null, departments[0]][i % 5],
    before: i % 2 === 0 ? { name: `Old ${i}` } : undefined,
    after: { name: `Item ${i}` },
    createdAt: new Date(i >= 58 ? BASE - 5_000 : BASE + Math.floor(i / 3) * 1_000),
  }));
  // Audit ids are plain text, so another tenant's events can even carry this workspace's journey id.
  const theirs = Array.from({ length: 8 }, (_, i) => ({
    workspaceId: ws.b,
    action: i === 0 ? "claim.approved" : ACTIONS[i % 4]!,
    entityType: "stage",
    journeyId: i % 2 === 0 ? journeys[0] : other.journey,
    departmentId: i % 2 === 0 ? departments[0] : other.department,
    createdAt: new Date(BASE + i * 2_500),
  }));
  await prisma.auditEvent.createMany({ data: [...mine.slice(0, 30), ...theirs, ...mine.slice(30)] });
});

describe("getActivityPage", () => {
  it("lists events newest first and chains pages through every event exactly once", async () => {
    const expected = await getExpected(ws.a);
    expect(expected).toHaveLength(60);
    for (const pageSize of [7, 30, 60, 100]) {
      const pages = await collectPages({ pageSize });
      expect(pages.flat()).toEqual(expected);
      expect(pages).toHaveLength(Math.ceil(60 / pageSize));
      for (const page of pages.slice(0, -1)) expect(page).toHaveLength(pageSize);
    }
  });

  it.each<[string, TActivityFilters, number]>([
    ["journey", { journeyId: journeys[0] }, 20],
    ["department", { departmentId: departments[1] }, 12],
    ["action", { action: "assignment.set" }, 15],
    ["journey and action", { journeyId: journeys[1], action: "stage.created" }, 5],
    ["all three", { journeyId: journeys[0], departmentId: departments[0], action: "stage.created" }, 2],
    ["a department with no events", { departmentId: departments[2] }, 0],
  ])("filters by %s, exactly", async (_, filters, count) => {
    const expected = await getExpected(ws.a, filters);
    expect(expected).toHaveLength(count);
    expect((await collectPages({ filters, pageSize: 4 })).flat()).toEqual(expected);
  });

  it("never shows another workspace's events, even ones carrying this workspace's ids", async () => {
    const theirs = new Set(await getExpected(ws.b));
    const filters = { journeyId: journeys[0], departmentId: departments[0] };
    expect((await collectPages({ filters, pageSize: 5 })).flat().some((id) => theirs.has(id))).toBe(false);
    expect((await collectPages({ workspaceId: ws.b, pageSize: 3 })).flat()).toEqual([...theirs]);
  });

  it("names the actor, else Someone, and gives ids as strings", async () => {
    const { events } = await getActivityPage({ workspaceId: ws.a, filters: {}, pageSize: 60 });
    const byEntity = new Map(events.map((e) => [e.entityId, e]));
    expect(byEntity.get("entity-7")?.actorName).toBe("Ada Lovelace");
    expect(byEntity.get("entity-8")?.actorName).toBe("Someone");
    expect(byEntity.get("entity-8")?.after).toEqual({ name: "Item 8" });
    for (const event of events) expect(event.id).toMatch(/^\d+$/);
  });

  it("runs one query per page, whatever the page size, depth or data volume", async () => {
    const first = await getActivityPage({ workspaceId: ws.a, filters: {}, pageSize: 50 });
    const deep = ZActivityCursor.parse(first.nextCursor);
    const reads = [
      () => getActivityPage({ workspaceId: ws.a, filters: {}, pageSize: 5 }),
      () => getActivityPage({ workspaceId: ws.a, filters: {}, pageSize: 60 }),
      () => getActivityPage({ workspaceId: ws.a, filters: {}, cursor: deep, pageSize: 5 }),
      () => getActivityPage({ workspaceId: ws.b, filters: { action: "claim.approved" }, pageSize: 5 }),
    ];
    // One at a time: countQueries swaps the shared client.
    const counts: number[] = [];
    for (const read of reads) counts.push(await countQueries(getDb(), read));
    expect(counts).toEqual([1, 1, 1, 1]);
  });
});

describe("getActivityFilterOptions", () => {
  it("lists only this workspace's journeys and departments in order, and the actions its trail holds", async () => {
    const options = await getActivityFilterOptions(ws.a);
    expect(options.journeys).toEqual([
      { id: journeys[0], name: "Buy online" },
      { id: journeys[1], name: "Get help" },
    ]);
    expect(options.departments.map((d) => d.id)).toEqual([...departments]);
    expect(options.actions).toEqual([...ACTIONS].sort());
    const theirs = await getActivityFilterOptions(ws.b);
    expect(theirs.journeys.map((j) => j.id)).toEqual([other.journey]);
    expect(theirs.actions).toContain("claim.approved");
    expect(await countQueries(getDb(), () => getActivityFilterOptions(ws.a))).toBe(3);
  });
});

describe("getActivityView", () => {
  it("applies valid URL filters and reports, then drops, the ones that do not parse or name nothing", async () => {
    const valid = await getActivityView({
      workspaceId: ws.a,
      searchParams: { action: "journey.created", journey: "" },
    });
    expect(valid.filters).toEqual({ action: "journey.created" });
    expect(valid.ignored).toEqual([]);
    expect(valid.page.events.map((e) => e.id)).toEqual(
      await getExpected(ws.a, { action: "journey.created" }),
    );

    const searchParams = {
      journey: other.journey,
      department: "nope",
      action: ["a.b", "c.d"],
      before: "x_1",
    };
    const bad = await getActivityView({ workspaceId: ws.a, searchParams });
    expect(bad.filters).toEqual({});
    expect([...bad.ignored].sort()).toEqual(["action", "before", "department", "journey"]);
    expect(bad.isNewest).toBe(true);
    expect(bad.page.events).toHaveLength(50);
    expect(await countQueries(getDb(), () => getActivityView({ workspaceId: ws.a, searchParams }))).toBe(4);
  });

  it("follows the cursor in the URL", async () => {
    const first = await getActivityView({ workspaceId: ws.a, searchParams: {} });
    const second = await getActivityView({
      workspaceId: ws.a,
      searchParams: { before: first.page.nextCursor! },
    });
    expect(second.isNewest).toBe(false);
    expect([...first.page.events, ...second.page.events].map((e) => e.id)).toEqual(await getExpected(ws.a));
    expect(second.page.nextCursor).toBeNull();
  });
});
