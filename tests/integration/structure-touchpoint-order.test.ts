import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { moveTouchpoint, reorderTouchpoint } from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import {
  countRows,
  createMappedWorkspace,
  createJourney as makeJourney,
  createStage as makeStage,
  createTouchpoint as makeTouchpoint,
} from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const UNKNOWN = "00000000-0000-7000-8000-000000000000";

async function names(stageId: string) {
  const prisma = await getPrisma();
  const rows = await prisma.touchpoint.findMany({ where: { stageId }, orderBy: { position: "asc" } });
  // Positions must stay 0..n-1: any gap or duplicate shows up here.
  expect(rows.map((t) => t.position)).toEqual(rows.map((_, i) => i));
  return rows.map((t) => t.name);
}

/** Stage "One" with touchpoints a, b, c, d and stage "Two" with x, y, in one journey. */
async function createTwoStages() {
  const mapped = await createMappedWorkspace();
  const prisma = await getPrisma();
  await prisma.touchpoint.update({ where: { id: mapped.touchpoint.id }, data: { name: "a" } });
  for (const name of ["b", "c", "d"]) await makeTouchpoint({ stageId: mapped.stage.id, name });
  const two = await makeStage({ journeyId: mapped.journey.id, name: "Two" });
  for (const name of ["x", "y"]) await makeTouchpoint({ stageId: two.id, name });
  const byName = new Map(
    (await prisma.touchpoint.findMany({ where: { journeyId: mapped.journey.id } })).map((t) => [t.name, t]),
  );
  const get = (name: string) => byName.get(name)!;
  return { ...mapped, one: mapped.stage, two, get };
}

describe("reorderTouchpoint", () => {
  it("moves a touchpoint within its stage, keeps positions contiguous, bumps its version and audits", async () => {
    const { one, get, journey } = await createTwoStages();
    const result = await reorderTouchpoint({ id: get("a").id, toIndex: 3 });
    expect(result).toMatchObject({ ok: true, data: { position: 3, version: 1 } });
    expect(await names(one.id)).toEqual(["b", "c", "d", "a"]);
    expect(await reorderTouchpoint({ id: get("c").id, toIndex: 0 })).toMatchObject({ ok: true });
    expect(await names(one.id)).toEqual(["c", "b", "d", "a"]);
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "touchpoint.reordered" } });
    expect(event).toMatchObject({
      entityId: get("a").id,
      journeyId: journey.id,
      before: { name: "a", position: 0, version: 0 },
      after: { name: "a", position: 3, version: 1 },
    });
  });

  it("refuses a position past the end and an unknown id, writing nothing", async () => {
    const { one, get } = await createTwoStages();
    const before = await countRows();
    expect(await reorderTouchpoint({ id: get("a").id, toIndex: 4 })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await reorderTouchpoint({ id: UNKNOWN, toIndex: 0 })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await countRows()).toEqual(before);
    expect(await names(one.id)).toEqual(["a", "b", "c", "d"]);
  });
});

describe("moveTouchpoint", () => {
  it("appends to the other stage, closes the gap in the old one, bumps the version and audits", async () => {
    const { one, two, get, journey } = await createTwoStages();
    const result = await moveTouchpoint({ id: get("b").id, stageId: two.id });
    expect(result).toMatchObject({ ok: true, data: { stageId: two.id, position: 2, version: 1 } });
    expect(await names(one.id)).toEqual(["a", "c", "d"]);
    expect(await names(two.id)).toEqual(["x", "y", "b"]);
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "touchpoint.moved" } });
    expect(event).toMatchObject({
      journeyId: journey.id,
      before: { stageId: one.id, position: 1 },
      after: { stageId: two.id, position: 2 },
    });
  });

  it("inserts at an index, and moves back again", async () => {
    const { one, two, get } = await createTwoStages();
    expect(await moveTouchpoint({ id: get("d").id, stageId: two.id, toIndex: 0 })).toMatchObject({
      ok: true,
    });
    expect(await names(two.id)).toEqual(["d", "x", "y"]);
    expect(await moveTouchpoint({ id: get("x").id, stageId: one.id, toIndex: 1 })).toMatchObject({
      ok: true,
    });
    expect(await names(one.id)).toEqual(["a", "x", "b", "c"]);
    expect(await names(two.id)).toEqual(["d", "y"]);
  });

  it("refuses another journey's stage with a clear message and writes nothing", async () => {
    const { workspace, one, get } = await createTwoStages();
    const elsewhere = await makeStage({ journeyId: (await makeJourney({ workspaceId: workspace.id })).id });
    const before = await countRows();
    const result = await moveTouchpoint({ id: get("a").id, stageId: elsewhere.id });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      formError: "A touchpoint can only move to a stage of its own journey.",
    });
    expect(await countRows()).toEqual(before);
    expect(await names(one.id)).toEqual(["a", "b", "c", "d"]);
  });

  it.each([
    ["an unknown stage", (s: Setup) => ({ id: s.get("a").id, stageId: UNKNOWN }), "not_found"],
    ["an unknown touchpoint", (s: Setup) => ({ id: UNKNOWN, stageId: s.two.id }), "not_found"],
    ["its own stage", (s: Setup) => ({ id: s.get("a").id, stageId: s.one.id }), "invalid"],
    [
      "an index past the end",
      (s: Setup) => ({ id: s.get("a").id, stageId: s.two.id, toIndex: 3 }),
      "invalid",
    ],
  ])("refuses %s and writes nothing", async (_what, input, code) => {
    const setup = await createTwoStages();
    const before = await countRows();
    expect(await moveTouchpoint(input(setup))).toMatchObject({ ok: false, code });
    expect(await countRows()).toEqual(before);
    expect(await names(setup.one.id)).toEqual(["a", "b", "c", "d"]);
    expect(await names(setup.two.id)).toEqual(["x", "y"]);
  });

  it("refuses a name the target stage already has and leaves both stages as they were", async () => {
    const { two, get } = await createTwoStages();
    await makeTouchpoint({ stageId: two.id, name: "a" });
    const before = await countRows();
    const result = await moveTouchpoint({ id: get("a").id, stageId: two.id });
    expect(result).toMatchObject({ ok: false, code: "conflict", formError: expect.stringMatching(/“Two”/) });
    expect(await countRows()).toEqual(before);
  });
});

describe("concurrent reordering", () => {
  it("serialises parallel moves in one journey: every one succeeds and positions stay contiguous", async () => {
    const { one, two, get } = await createTwoStages();
    const results = await Promise.all([
      // Every index stays valid in whatever order these run: stage One keeps 3 or 4 touchpoints throughout.
      reorderTouchpoint({ id: get("a").id, toIndex: 2 }),
      reorderTouchpoint({ id: get("d").id, toIndex: 0 }),
      moveTouchpoint({ id: get("b").id, stageId: two.id, toIndex: 0 }),
      moveTouchpoint({ id: get("y").id, stageId: one.id }),
      reorderTouchpoint({ id: get("x").id, toIndex: 0 }),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.formError))).toEqual(Array(5).fill("ok"));
    // names() also checks that each stage's positions are exactly 0..n-1.
    expect([...(await names(one.id)), ...(await names(two.id))].sort()).toEqual([
      "a",
      "b",
      "c",
      "d",
      "x",
      "y",
    ]);
  });
});

type Setup = Awaited<ReturnType<typeof createTwoStages>>;
