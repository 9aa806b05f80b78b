import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { createStage, deleteStage, reorderStage, updateStage } from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import {
  countRows,
  createMappedWorkspace,
  createJourney as makeJourney,
  createStage as makeStage,
  createTouchpoint as makeTouchpoint,
  setRole,
} from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const UNKNOWN = "00000000-0000-7000-8000-000000000000";

async function stageOrder(journeyId: string) {
  const prisma = await getPrisma();
  const rows = await prisma.stage.findMany({ where: { journeyId }, orderBy: { position: "asc" } });
  return rows.map((s) => [s.name, s.position]);
}

/** A journey with stages A, B, C, D at positions 0..3. */
async function createFourStages() {
  const mapped = await createMappedWorkspace();
  const prisma = await getPrisma();
  await prisma.stage.update({ where: { id: mapped.stage.id }, data: { name: "A" } });
  for (const name of ["B", "C", "D"]) await makeStage({ journeyId: mapped.journey.id, name });
  const stages = await prisma.stage.findMany({
    where: { journeyId: mapped.journey.id },
    orderBy: { position: "asc" },
  });
  return { ...mapped, stages };
}

describe("createStage", () => {
  it("appends a stage to its journey and audits it with the journey", async () => {
    const { journey, workspace } = await createMappedWorkspace();
    const result = await createStage({
      journeyId: journey.id,
      name: "Compare",
      description: "Reads reviews",
    });
    expect(result).toMatchObject({ ok: true, data: { name: "Compare", position: 1, journeyId: journey.id } });
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "stage.created" } });
    expect(event).toMatchObject({ workspaceId: workspace.id, journeyId: journey.id, entityType: "stage" });
  });

  it("gives parallel creations distinct, contiguous positions", async () => {
    const { journey } = await createMappedWorkspace();
    const results = await Promise.all(
      ["P1", "P2", "P3", "P4", "P5"].map((name) => createStage({ journeyId: journey.id, name })),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await stageOrder(journey.id)).map(([, position]) => position)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it.each([
    ["an unknown journey", { journeyId: UNKNOWN }, "not_found"],
    ["an empty name", { name: " " }, "invalid"],
    ["a name over 120 characters", { name: "s".repeat(121) }, "invalid"],
    ["a name the journey already has", { name: "Taken" }, "conflict"],
  ])("refuses %s and writes nothing", async (_what, override, code) => {
    const { journey } = await createMappedWorkspace();
    await makeStage({ journeyId: journey.id, name: "Taken" });
    const before = await countRows();
    const result = await createStage({ journeyId: journey.id, name: "New", ...override });
    expect(result).toMatchObject({ ok: false, code });
    expect(await countRows()).toEqual(before);
  });

  it("allows a name another journey's stage has", async () => {
    const { workspace, stage } = await createMappedWorkspace();
    const other = await makeJourney({ workspaceId: workspace.id });
    expect((await createStage({ journeyId: other.id, name: stage.name })).ok).toBe(true);
  });
});

describe("updateStage", () => {
  it("renames and describes, auditing before and after", async () => {
    const { stage, journey } = await createMappedWorkspace();
    const result = await updateStage({ id: stage.id, name: "Discover", description: "Hears of us" });
    expect(result).toMatchObject({ ok: true, data: { name: "Discover", description: "Hears of us" } });
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "stage.updated" } });
    expect(event).toMatchObject({
      journeyId: journey.id,
      before: { name: stage.name },
      after: { name: "Discover" },
    });
  });

  it("refuses a duplicate name and an unknown id, writing nothing", async () => {
    const { stage, journey } = await createMappedWorkspace();
    await makeStage({ journeyId: journey.id, name: "Other" });
    const before = await countRows();
    expect(await updateStage({ id: stage.id, name: "Other" })).toMatchObject({ ok: false, code: "conflict" });
    expect(await updateStage({ id: UNKNOWN, name: "X" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await countRows()).toEqual(before);
  });
});

describe("reorderStage", () => {
  it("moves a stage down and up, keeping positions 0..n-1, and audits each move", async () => {
    const { journey, stages } = await createFourStages();
    const [a, , , d] = stages;
    expect(await reorderStage({ id: a!.id, toIndex: 2 })).toMatchObject({ ok: true, data: { position: 2 } });
    expect(await stageOrder(journey.id)).toEqual([
      ["B", 0],
      ["C", 1],
      ["A", 2],
      ["D", 3],
    ]);
    expect(await reorderStage({ id: d!.id, toIndex: 0 })).toMatchObject({ ok: true, data: { position: 0 } });
    expect((await stageOrder(journey.id)).map(([name]) => name)).toEqual(["D", "B", "C", "A"]);
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { action: "stage.reordered" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.entityId, e.before, e.after])).toEqual([
      [a!.id, { name: "A", position: 0 }, { name: "A", position: 2 }],
      [d!.id, { name: "D", position: 3 }, { name: "D", position: 0 }],
    ]);
  });

  it("writes no event when the stage stays where it is", async () => {
    const { stages } = await createFourStages();
    const before = await countRows();
    expect(await reorderStage({ id: stages[1]!.id, toIndex: 1 })).toMatchObject({ ok: true });
    expect(await countRows()).toEqual(before);
  });

  it("refuses a position past the end, a negative one and an unknown id, writing nothing", async () => {
    const { journey, stages } = await createFourStages();
    const before = await countRows();
    expect(await reorderStage({ id: stages[0]!.id, toIndex: 4 })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await reorderStage({ id: stages[0]!.id, toIndex: -1 })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await reorderStage({ id: UNKNOWN, toIndex: 0 })).toMatchObject({ ok: false, code: "not_found" });
    expect(await countRows()).toEqual(before);
    expect((await stageOrder(journey.id)).map(([name]) => name)).toEqual(["A", "B", "C", "D"]);
  });
});

describe("deleteStage", () => {
  it("deletes a stage with its touchpoints and roles, recording what went, and closes the gap", async () => {
    const { journey, stages, touchpoint, departments } = await createFourStages();
    await makeTouchpoint({ stageId: stages[0]!.id });
    await setRole({ touchpointId: touchpoint.id, departmentId: departments[0]!.id, role: "R" });
    expect(await deleteStage({ id: stages[0]!.id })).toEqual({ ok: true, data: { id: stages[0]!.id } });
    expect(await stageOrder(journey.id)).toEqual([
      ["B", 0],
      ["C", 1],
      ["D", 2],
    ]);
    const prisma = await getPrisma();
    expect(await prisma.touchpoint.count({ where: { journeyId: journey.id } })).toBe(0);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "stage.deleted" } });
    expect(event).toMatchObject({
      journeyId: journey.id,
      before: { name: "A", touchpoints: 2, assignments: 1 },
    });
  });

  it("refuses an unknown id and writes nothing", async () => {
    await createFourStages();
    const before = await countRows();
    expect(await deleteStage({ id: UNKNOWN })).toMatchObject({ ok: false, code: "not_found" });
    expect(await countRows()).toEqual(before);
  });
});
