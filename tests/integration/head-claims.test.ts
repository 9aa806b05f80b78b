// A department head's claims page read in SQL: the roles it holds, and the touchpoints it could take a page at
// a time (unowned → contested → owned, then journey order, then id), searchable by name and journey, scoped to
// the workspace and the department, with statuses that agree with lib/ownership, in a fixed number of queries.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getDepartmentClaims } from "../../lib/claims/head-queries";
import { parseCandidateFilters, type TCandidateFilters } from "../../lib/claims/schemas";
import { getPrisma } from "../../lib/db/client";
import { getTouchpointOwnership } from "../../lib/ownership";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import * as f from "./factories";

const getDb = registerTestDb();

type Scope = { workspaceId: string; departmentId: string };

const read = (scope: Scope, page = 1, filters: TCandidateFilters = {}) =>
  getDepartmentClaims({ ...scope, page, filters });

const RANK = { UNOWNED: 0, CONTESTED: 1, OWNED: 2 } as const;

/**
 * The candidates as lib/ownership sees them, from every row of the workspace in memory (as the page used to
 * read them): the oracle the SQL must agree with, row for row.
 */
async function getOracle(scope: Scope, filters: TCandidateFilters = {}) {
  const prisma = await getPrisma();
  const where = { workspaceId: scope.workspaceId };
  const [touchpoints, assignments, claims, departments] = await Promise.all([
    prisma.touchpoint.findMany({
      where,
      select: {
        id: true,
        name: true,
        journeyId: true,
        position: true,
        journey: { select: { name: true, position: true } },
        stage: { select: { name: true, position: true } },
      },
    }),
    prisma.assignment.findMany({ where, select: { touchpointId: true, departmentId: true, role: true } }),
    prisma.claim.findMany({
      where: { ...where, status: "PENDING" },
      select: { touchpointId: true, departmentId: true, role: true },
    }),
    prisma.department.findMany({ where, select: { id: true, name: true, position: true } }),
  ]);
  const byPosition = [...departments].sort((a, b) => a.position - b.position);
  const namesOf = (ids: string[]) => byPosition.filter((d) => ids.includes(d.id)).map((d) => d.name);
  const q = filters.q?.toLowerCase();
  return touchpoints
    .map((t) => {
      const ownership = getTouchpointOwnership({
        assignments: assignments.filter((a) => a.touchpointId === t.id),
        openClaims: claims.filter((c) => c.touchpointId === t.id),
      });
      const holds = assignments.find((a) => a.touchpointId === t.id && a.departmentId === scope.departmentId);
      const hasClaim = claims.some((c) => c.touchpointId === t.id && c.departmentId === scope.departmentId);
      return {
        row: {
          id: t.id,
          name: t.name,
          journeyName: t.journey.name,
          stageName: t.stage.name,
          status: ownership.status,
          holderNames: namesOf(ownership.accountableIds),
          claimantNames: namesOf(
            ownership.claimantIds.filter((id) => !ownership.accountableIds.includes(id)),
          ),
        },
        isCandidate:
          holds?.role !== "A" &&
          !hasClaim &&
          (!q || t.name.toLowerCase().includes(q)) &&
          (!filters.journeyId || t.journeyId === filters.journeyId),
        key: [RANK[ownership.status], t.journey.position, t.stage.position, t.position] as const,
      };
    })
    .filter((c) => c.isCandidate)
    .sort((a, b) => {
      for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
      return a.row.id < b.row.id ? -1 : 1;
    })
    .map((c) => c.row);
}

/** One department's view of every case the status rule has, over two journeys whose order is not the ids'. */
async function seedMixed() {
  const prisma = await getPrisma();
  const mapped = await f.createMappedWorkspace({ departments: 3 });
  const [mine, x, y] = mapped.departments as [
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
  ];
  const workspaceId = mapped.workspace.id;
  const second = await f.createJourney({ workspaceId });
  const laterStage = await f.createStage({ journeyId: second.id });
  const tp = (stageId: string, name: string) => f.createTouchpoint({ stageId, name });
  const claim = (touchpointId: string, departmentId: string, role: "A" | "R") =>
    prisma.claim.create({ data: { workspaceId, touchpointId, departmentId, role, reason: "Ours" } });
  const A = (touchpointId: string, departmentId: string, role: "A" | "R" = "A") =>
    f.setRole({ touchpointId, departmentId, role });

  const order = await prisma.touchpoint.update({
    where: { id: mapped.touchpoint.id },
    data: { name: "Order email" },
  });
  const refund = await tp(mapped.stage.id, "Refund call");
  await A(refund.id, x.id);
  const held = await tp(mapped.stage.id, "Held seat");
  await A(held.id, mine.id);
  // The second journey's touchpoints come before the first journey's second stage, so ids are not the order.
  const chat = await tp(laterStage.id, "Chat 50% off");
  await claim(chat.id, y.id, "A");
  const claimedR = await tp(laterStage.id, "Claimed work");
  await claim(claimedR.id, mine.id, "R");
  const delivery = await tp(laterStage.id, "Delivery_window SMS");
  await A(delivery.id, x.id);
  await A(delivery.id, mine.id, "R");
  const returns = await tp(laterStage.id, "Returns portal");
  await A(returns.id, x.id);
  await claim(returns.id, x.id, "A");
  const claimedA = await tp(laterStage.id, "Claimed seat");
  await A(claimedA.id, x.id);
  await claim(claimedA.id, mine.id, "A");
  const secondStage = await f.createStage({ journeyId: mapped.journey.id });
  const invoiceEmail = await tp(secondStage.id, "Invoice email");
  await A(invoiceEmail.id, y.id);
  await A(invoiceEmail.id, x.id);
  const dispute = await tp(secondStage.id, "Invoice dispute");
  await A(dispute.id, x.id);
  await claim(dispute.id, y.id, "A");
  const reminder = await tp(mapped.stage.id, "Invoice reminder");
  await claim(reminder.id, y.id, "A");
  await claim(reminder.id, x.id, "A");
  const t = { order, refund, held, chat, claimedR, delivery, returns, claimedA };
  return {
    scope: { workspaceId, departmentId: mine.id },
    departments: { mine, x, y },
    journeys: { first: mapped.journey, second },
    t: { ...t, invoiceEmail, dispute, reminder },
  };
}

let mixed: Awaited<ReturnType<typeof seedMixed>>;

beforeAll(async () => {
  mixed = await seedMixed();
});

describe("the touchpoints a department could take", () => {
  it("lists unowned, then contested, then owned, each in journey order, leaving out A held and open claims", async () => {
    const page = await read(mixed.scope);
    const { t } = mixed;
    const { x, y } = mixed.departments;
    expect(page.candidates.items.map((c) => [c.name, c.status, c.holderNames, c.claimantNames])).toEqual([
      [t.order.name, "UNOWNED", [], []],
      [t.chat.name, "UNOWNED", [], [y.name]],
      [t.reminder.name, "CONTESTED", [], [x.name, y.name]],
      [t.invoiceEmail.name, "CONTESTED", [x.name, y.name], []],
      [t.dispute.name, "CONTESTED", [x.name], [y.name]],
      [t.refund.name, "OWNED", [x.name], []],
      [t.delivery.name, "OWNED", [x.name], []],
      [t.returns.name, "OWNED", [x.name], []],
    ]);
    expect(page.candidates.items[0]).toEqual({
      id: t.order.id,
      name: t.order.name,
      journeyName: mixed.journeys.first.name,
      stageName: expect.any(String),
      status: "UNOWNED",
      holderNames: [],
      claimantNames: [],
    });
    expect(page.candidates.info).toMatchObject({ page: 1, pageCount: 1, total: 8, from: 1, to: 8 });
    expect(page.candidates.items).toEqual(await getOracle(mixed.scope));
  });

  it("searches names case-insensitively as typed, literally, and within a journey", async () => {
    const names = async (raw: { q?: string; journey?: string }) =>
      (await read(mixed.scope, 1, parseCandidateFilters(raw))).candidates.items.map((c) => c.name);
    const { t, journeys } = mixed;
    expect(await names({ q: "  INVOICE " })).toEqual([t.reminder.name, t.invoiceEmail.name, t.dispute.name]);
    expect(await names({ q: "e-mail" })).toEqual([]);
    // % and _ are letters here, not patterns.
    expect(await names({ q: "%" })).toEqual([t.chat.name]);
    expect(await names({ q: "_" })).toEqual([t.delivery.name]);
    expect(await names({ journey: journeys.second.id })).toEqual([
      t.chat.name,
      t.delivery.name,
      t.returns.name,
    ]);
    expect(await names({ q: "invoice", journey: journeys.second.id })).toEqual([]);
    expect(await names({ q: "email", journey: journeys.first.id })).toEqual([
      t.order.name,
      t.invoiceEmail.name,
    ]);
    // Claimed or held: never found, whatever the search.
    expect(await names({ q: "claimed" })).toEqual([]);
    expect(await names({ q: "held" })).toEqual([]);
    const filtered = await read(mixed.scope, 1, { q: "invoice" });
    expect(filtered.candidates.info.total).toBe(3);
    expect(filtered.filters).toEqual({ q: "invoice", journeyId: undefined });
    expect(filtered.candidates.items).toEqual(await getOracle(mixed.scope, { q: "invoice" }));
  });

  it("lists the roles the department holds in journey order, with status and names", async () => {
    const page = await read(mixed.scope);
    const { t } = mixed;
    expect(page.held.map((h) => [h.name, h.role, h.status, h.holderNames, h.claimantNames])).toEqual([
      [t.held.name, "A", "OWNED", [mixed.departments.mine.name], []],
      [t.delivery.name, "R", "OWNED", [mixed.departments.x.name], []],
    ]);
    expect(page.pending.map((c) => [c.touchpoint.name, c.role])).toEqual([
      [t.claimedA.name, "A"],
      [t.claimedR.name, "R"],
    ]);
    expect(page.pending[0]!.touchpoint.journeyName).toBe(mixed.journeys.second.name);
    expect(page.departmentName).toBe(mixed.departments.mine.name);
    expect(page.journeys.map((j) => j.id)).toEqual([mixed.journeys.first.id, mixed.journeys.second.id]);
  });

  it("agrees with lib/ownership for every other department of the workspace too", async () => {
    for (const department of [mixed.departments.x, mixed.departments.y]) {
      const scope = { workspaceId: mixed.scope.workspaceId, departmentId: department.id };
      expect((await read(scope)).candidates.items, department.name).toEqual(await getOracle(scope));
    }
  });
});

describe("scoping", () => {
  it("never shows another workspace's touchpoints, journeys or roles, and drops another workspace's journey", async () => {
    const other = await f.createMappedWorkspace({ departments: 1 });
    const [theirs] = other.departments as [(typeof other.departments)[0]];
    const prisma = await getPrisma();
    await prisma.touchpoint.update({
      where: { id: other.touchpoint.id },
      data: { name: "Invoice elsewhere" },
    });
    await f.setRole({ touchpointId: other.touchpoint.id, departmentId: theirs.id, role: "R" });

    const mine = await read(mixed.scope, 1, { q: "invoice", journeyId: other.journey.id });
    expect(mine.filters.journeyId).toBeUndefined();
    expect(mine.candidates.items.map((c) => c.id)).not.toContain(other.touchpoint.id);
    expect(mine.candidates.info.total).toBe(3);
    expect(mine.journeys.map((j) => j.id)).not.toContain(other.journey.id);

    // A department read against a workspace it is not in sees none of its own rows there.
    const crossed = await read({ workspaceId: mixed.scope.workspaceId, departmentId: theirs.id });
    expect(crossed.held).toEqual([]);
    expect(crossed.pending).toEqual([]);
    expect(crossed.departmentName).toBe("Your department");
    expect(crossed.candidates.items.map((c) => c.id)).not.toContain(other.touchpoint.id);
  });
});

/** `count` touchpoints over two journeys of two stages; every third owned by X, every seventh contested. */
async function seedMany(count: number) {
  const prisma = await getPrisma();
  const mapped = await f.createMappedWorkspace({ departments: 3 });
  const [mine, x, y] = mapped.departments as [
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
  ];
  const workspaceId = mapped.workspace.id;
  const second = await f.createJourney({ workspaceId });
  const stages = [
    mapped.stage,
    await f.createStage({ journeyId: mapped.journey.id }),
    await f.createStage({ journeyId: second.id }),
    await f.createStage({ journeyId: second.id }),
  ];
  // Random v4 ids, so the id order is not the insertion order.
  const touchpoints = Array.from({ length: count - 1 }, (_, i) => {
    const stage = stages[i % stages.length]!;
    return {
      id: randomUUID(),
      workspaceId,
      journeyId: stage.journeyId,
      stageId: stage.id,
      name: `Step ${String(i + 1).padStart(3, "0")}`,
      channel: "WEB" as const,
      position: 1 + Math.floor(i / stages.length),
    };
  });
  await prisma.touchpoint.createMany({ data: touchpoints });
  await prisma.assignment.createMany({
    data: touchpoints.flatMap((t, i) => [
      ...(i % 3 === 0 ? [{ workspaceId, touchpointId: t.id, departmentId: x.id, role: "A" as const }] : []),
      ...(i % 7 === 0 ? [{ workspaceId, touchpointId: t.id, departmentId: y.id, role: "A" as const }] : []),
      ...(i % 5 === 0
        ? [{ workspaceId, touchpointId: t.id, departmentId: mine.id, role: "C" as const }]
        : []),
    ]),
  });
  await prisma.claim.createMany({
    data: touchpoints
      .filter((_, i) => i % 4 === 1)
      .map((t) => ({
        workspaceId,
        touchpointId: t.id,
        departmentId: y.id,
        role: "A" as const,
        reason: "Ours",
      })),
  });
  return { scope: { workspaceId, departmentId: mine.id } };
}

describe("a page at a time", () => {
  let few: Awaited<ReturnType<typeof seedMany>>;
  let many: Awaited<ReturnType<typeof seedMany>>;
  beforeAll(async () => {
    few = await seedMany(3);
    many = await seedMany(60);
  });

  it("splits 60 candidates into pages of 25, 25 and 10 in the oracle's order, none twice", async () => {
    const pages = [];
    for (const page of [1, 2, 3]) pages.push(await read(many.scope, page));
    expect(pages.map((p) => [p.candidates.info.page, p.candidates.info.from, p.candidates.info.to])).toEqual([
      [1, 1, 25],
      [2, 26, 50],
      [3, 51, 60],
    ]);
    expect(pages.every((p) => p.candidates.info.total === 60)).toBe(true);
    const statuses = pages.flatMap((p) => p.candidates.items.map((c) => c.status));
    expect(new Set(statuses)).toEqual(new Set(["UNOWNED", "CONTESTED", "OWNED"]));
    expect(pages.flatMap((p) => p.candidates.items)).toEqual(await getOracle(many.scope));
  });

  it("shows the last page for a page past the end, and pages a search on its own total", async () => {
    const last = await read(many.scope, 99);
    expect(last.candidates.info).toMatchObject({ page: 3, from: 51, to: 60 });
    const search = { q: "step 0" };
    const first = await read(many.scope, 1, search);
    const second = await read(many.scope, 2, search);
    expect([first, second].map((p) => [p.candidates.info.total, p.candidates.info.pageCount])).toEqual([
      [59, 3],
      [59, 3],
    ]);
    const oracle = await getOracle(many.scope, search);
    expect([...first.candidates.items, ...second.candidates.items]).toEqual(oracle.slice(0, 50));
  });

  it("reads the page in the same number of queries for 3 touchpoints as for 60", async () => {
    const at =
      (w: typeof few, page: number, filters: TCandidateFilters = {}) =>
      () =>
        read(w.scope, page, filters);
    // Department and journeys; then pending claims, held roles, the candidates' count and page.
    expect(await countQueries(getDb(), at(few, 1))).toBe(6);
    expect(await countQueries(getDb(), at(many, 1))).toBe(6);
    expect(await countQueries(getDb(), at(many, 3, { q: "step" }))).toBe(6);
    // Past the end: the last page's rows once more.
    expect(await countQueries(getDb(), at(few, 9))).toBe(7);
    expect(await countQueries(getDb(), at(many, 9))).toBe(7);
  });
});
