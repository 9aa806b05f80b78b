// The claims and contests lists, a page at a time: boundaries, totals, a stable order (ties broken by id), the
// forgiving ?page= value, and the same number of queries for a small workspace as for a large one.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getContestsPage } from "../../lib/claims/contest-queries";
import { CLAIMS_PAGE_SIZE, parsePageParam } from "../../lib/claims/pagination";
import { getPendingClaimsPage } from "../../lib/claims/queries";
import { getPrisma } from "../../lib/db/client";
import { countQueries, profileQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import * as f from "./factories";

const getDb = registerTestDb();

type Claimed = { id: string; createdAt: Date };

/** `count` pending R claims over touchpoints of one stage, three departments each; every third shares a time. */
async function seedPendingClaims(count: number) {
  const mapped = await f.createMappedWorkspace({ departments: 3 });
  const workspaceId = mapped.workspace.id;
  const prisma = await getPrisma();
  const touchpointIds = Array.from({ length: Math.ceil(count / 3) }, () => randomUUID());
  await prisma.touchpoint.createMany({
    data: touchpointIds.map((id, index) => ({
      id,
      workspaceId,
      journeyId: mapped.journey.id,
      stageId: mapped.stage.id,
      name: `Queue ${index + 1}`,
      channel: "WEB" as const,
      position: index + 1,
    })),
  });
  const base = Date.UTC(2026, 0, 1);
  // Random v4 ids, so the id order is not the insertion order and the tie-breaker has work to do.
  const claims = Array.from({ length: count }, (_, i) => ({
    id: randomUUID(),
    workspaceId,
    touchpointId: touchpointIds[Math.floor(i / 3)]!,
    departmentId: mapped.departments[i % 3]!.id,
    role: "R" as const,
    reason: `Claim ${i + 1}`,
    createdAt: new Date(base + Math.floor(i / 3) * 1000),
  }));
  await prisma.claim.createMany({ data: claims });
  const oldestFirst = [...claims].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1),
  );
  return { ...mapped, workspaceId, claims: oldestFirst as Claimed[] };
}

let small: Awaited<ReturnType<typeof seedPendingClaims>>;
let large: Awaited<ReturnType<typeof seedPendingClaims>>;

beforeAll(async () => {
  small = await seedPendingClaims(3);
  large = await seedPendingClaims(60);
});

describe("pending claims, a page at a time", () => {
  it("splits 60 claims into pages of 25, 25 and 10, oldest first with ties broken by id, none twice", async () => {
    const pages = [];
    for (const page of [1, 2, 3])
      pages.push(await getPendingClaimsPage({ workspaceId: large.workspaceId, page }));
    expect(pages.map((p) => p.items.length)).toEqual([25, 25, 10]);
    expect(pages.map((p) => [p.info.page, p.info.from, p.info.to, p.info.total, p.info.pageCount])).toEqual([
      [1, 1, 25, 60, 3],
      [2, 26, 50, 60, 3],
      [3, 51, 60, 60, 3],
    ]);
    expect(pages.flatMap((p) => p.items.map((c) => c.id))).toEqual(large.claims.map((c) => c.id));
    expect(CLAIMS_PAGE_SIZE).toBe(25);
  });

  it("shows the last page for a page past the end, and the first for a value that is not a page", async () => {
    const read = (raw: string) =>
      getPendingClaimsPage({ workspaceId: large.workspaceId, page: parsePageParam(raw) });
    const last = await read("99");
    expect(last.info).toMatchObject({ page: 3, from: 51, to: 60 });
    expect(last.items.map((c) => c.id)).toEqual(large.claims.slice(50).map((c) => c.id));
    for (const raw of ["0", "-2", "abc", "1.5", ""]) {
      const first = await read(raw);
      expect(first.info.page, raw).toBe(1);
      expect(first.items[0]?.id, raw).toBe(large.claims[0]!.id);
    }
    expect((await read("999999999999")).info.page).toBe(3);
  });

  it("counts only the workspace's pending claims, and says who holds A beside an A claim", async () => {
    const mapped = await f.createMappedWorkspace({ departments: 2 });
    const [holder, claimant] = mapped.departments as [
      (typeof mapped.departments)[0],
      (typeof mapped.departments)[0],
    ];
    await f.setRole({ touchpointId: mapped.touchpoint.id, departmentId: holder.id, role: "A" });
    const prisma = await getPrisma();
    const workspaceId = mapped.workspace.id;
    const other = await f.createTouchpoint({ stageId: mapped.stage.id });
    await prisma.claim.createMany({
      data: [
        {
          workspaceId,
          touchpointId: mapped.touchpoint.id,
          departmentId: claimant.id,
          role: "A",
          reason: "Ours",
        },
        { workspaceId, touchpointId: other.id, departmentId: claimant.id, role: "R", reason: "Done" },
      ],
    });
    await prisma.claim.updateMany({ where: { touchpointId: other.id }, data: { status: "REJECTED" } });
    const page = await getPendingClaimsPage({ workspaceId, page: 1 });
    expect(page.info).toMatchObject({ total: 1, pageCount: 1, from: 1, to: 1 });
    expect(page.items.map((c) => [c.reason, c.otherHolderNames])).toEqual([["Ours", [holder.name]]]);
    const empty = await getPendingClaimsPage({ workspaceId: (await f.createWorkspace()).id, page: 2 });
    expect(empty).toEqual({
      items: [],
      info: { page: 1, pageCount: 1, pageSize: 25, total: 0, from: 0, to: 0 },
    });
  });

  it("reads a page in the same queries for 3 claims as for 60: a cheap count and the rows", async () => {
    const read = (w: typeof small, page: number) => () =>
      getPendingClaimsPage({ workspaceId: w.workspaceId, page });
    expect(await countQueries(getDb(), read(small, 1))).toBe(2);
    expect(await countQueries(getDb(), read(large, 1))).toBe(2);
    expect(await countQueries(getDb(), read(large, 3))).toBe(2);
    // Past the end: the last page's rows once more.
    expect(await countQueries(getDb(), read(small, 50))).toBe(3);
    expect(await countQueries(getDb(), read(large, 50))).toBe(3);
    const { profile } = await profileQueries(getDb(), [read(large, 2)]);
    expect(profile.queries.map((q) => [q.operation, q.calls]).sort()).toEqual([
      ["Claim.count", 1],
      ["Claim.findMany", 1],
    ]);
  });
});

/** `count` contested touchpoints over two journeys (two A holders, or a holder and an A claim), between others. */
async function seedContests(count: number) {
  const mapped = await f.createMappedWorkspace({ departments: 3 });
  const [a, b, c] = mapped.departments as [
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
  ];
  const workspaceId = mapped.workspace.id;
  const prisma = await getPrisma();
  const later = await f.createJourney({ workspaceId });
  const stages = [
    mapped.stage,
    await f.createStage({ journeyId: later.id }),
    await f.createStage({ journeyId: later.id }),
  ];
  const contested: string[] = [];
  for (let i = 0; i < count; i++) {
    // Filled in journey order: the first journey's stage, then the second's two stages in turn.
    const stage = stages[Math.min(2, Math.floor((i * 3) / count))]!;
    const touchpoint = await f.createTouchpoint({ stageId: stage.id });
    contested.push(touchpoint.id);
    await f.setRole({ touchpointId: touchpoint.id, departmentId: a.id, role: "A" });
    if (i % 2 === 0) await f.setRole({ touchpointId: touchpoint.id, departmentId: b.id, role: "A" });
    else
      await prisma.claim.create({
        data: {
          workspaceId,
          touchpointId: touchpoint.id,
          departmentId: c.id,
          role: "A",
          reason: `Contest ${i}`,
        },
      });
    // An owned neighbour, never listed.
    const owned = await f.createTouchpoint({ stageId: stage.id });
    await f.setRole({ touchpointId: owned.id, departmentId: b.id, role: "A" });
  }
  return { workspaceId, contested, departments: { a, b, c } };
}

describe("contests, a page at a time", () => {
  let few: Awaited<ReturnType<typeof seedContests>>;
  let many: Awaited<ReturnType<typeof seedContests>>;
  beforeAll(async () => {
    few = await seedContests(3);
    many = await seedContests(30);
  });

  it("lists contested touchpoints in journey order, 25 a page", async () => {
    const first = await getContestsPage({ workspaceId: many.workspaceId, page: 1 });
    const second = await getContestsPage({ workspaceId: many.workspaceId, page: 2 });
    expect([first.info, second.info].map((i) => [i.page, i.from, i.to, i.total])).toEqual([
      [1, 1, 25, 30],
      [2, 26, 30, 30],
    ]);
    const ids = [...first.items, ...second.items].map((c) => c.id);
    expect(ids).toEqual(many.contested);
    const { a, b, c } = many.departments;
    expect(first.items[0]!.sides.map((s) => [s.departmentId, s.isHolder])).toEqual([
      [a.id, true],
      [b.id, true],
    ]);
    expect(first.items[1]!.sides.map((s) => [s.departmentId, s.isHolder, s.claim?.reason])).toEqual([
      [a.id, true, undefined],
      [c.id, false, "Contest 1"],
    ]);
  });

  it("shows the last page for a page past the end", async () => {
    const page = await getContestsPage({ workspaceId: many.workspaceId, page: parsePageParam("7") });
    expect(page.info).toMatchObject({ page: 2, from: 26, to: 30 });
    expect(page.items.map((c) => c.id)).toEqual(many.contested.slice(25));
  });

  it("reads a page in the same number of queries for 3 contests as for 30", async () => {
    const read = (w: typeof few, page: number) => () => getContestsPage({ workspaceId: w.workspaceId, page });
    // The count, the page's ids and their details; past the end, the last page's ids once more.
    expect(await countQueries(getDb(), read(few, 1))).toBe(3);
    expect(await countQueries(getDb(), read(many, 1))).toBe(3);
    expect(await countQueries(getDb(), read(many, 2))).toBe(3);
    expect(await countQueries(getDb(), read(few, 9))).toBe(4);
    expect(await countQueries(getDb(), read(many, 9))).toBe(4);
  });
});
