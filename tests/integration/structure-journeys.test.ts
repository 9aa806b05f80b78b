import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { createJourney, deleteJourney, reorderJourney, updateJourney } from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { actingAs, signInAsLeadOfNewWorkspaces } from "./auth";
import {
  addMember,
  countRows,
  createMappedWorkspace,
  createWorkspace,
  createDepartment as makeDepartment,
  createJourney as makeJourney,
  createStage as makeStage,
  createTouchpoint as makeTouchpoint,
  setRole,
} from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const UNKNOWN = "00000000-0000-7000-8000-000000000000";

describe("createJourney", () => {
  it("appends a journey and writes an audit event with its id as the journey", async () => {
    const workspace = await createWorkspace();
    await makeJourney({ workspaceId: workspace.id });
    const result = await createJourney({ workspaceId: workspace.id, name: "Move house", description: "" });
    expect(result).toMatchObject({ ok: true, data: { name: "Move house", description: null, position: 1 } });
    if (!result.ok) return;
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "journey.created" } });
    expect(event).toMatchObject({
      workspaceId: workspace.id,
      entityType: "journey",
      entityId: result.data.id,
      journeyId: result.data.id,
      after: { name: "Move house", position: 1 },
    });
  });

  it.each([
    ["an empty name", { name: "" }, "invalid"],
    ["a name over 120 characters", { name: "j".repeat(121) }, "invalid"],
    ["an unknown workspace", { workspaceId: UNKNOWN }, "not_found"],
    ["a duplicate name", { name: "Taken" }, "conflict"],
  ])("refuses %s and writes nothing", async (_what, override, code) => {
    const workspace = await createWorkspace();
    await makeJourney({ workspaceId: workspace.id, name: "Taken" });
    const before = await countRows();
    const result = await createJourney({ workspaceId: workspace.id, name: "New", ...override });
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? "" : result.formError).toMatch(/\w+/);
    expect(await countRows()).toEqual(before);
  });
});

describe("updateJourney", () => {
  it("renames and describes, auditing before and after", async () => {
    const { journey } = await createMappedWorkspace();
    const result = await updateJourney({ id: journey.id, name: "Buy in store", description: "At the till" });
    expect(result).toMatchObject({ ok: true, data: { name: "Buy in store", description: "At the till" } });
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "journey.updated" } });
    expect(event).toMatchObject({
      journeyId: journey.id,
      before: { name: journey.name, description: null },
      after: { name: "Buy in store", description: "At the till" },
    });
  });

  it("refuses a duplicate name, an unknown id and an over-long description, writing nothing", async () => {
    const { workspace, journey } = await createMappedWorkspace();
    await makeJourney({ workspaceId: workspace.id, name: "Other" });
    const before = await countRows();
    expect(await updateJourney({ id: journey.id, name: "Other" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect(await updateJourney({ id: UNKNOWN, name: "X" })).toMatchObject({ ok: false, code: "not_found" });
    expect(await updateJourney({ id: journey.id, description: "d".repeat(1001) })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { description: [expect.stringMatching(/1000/)] },
    });
    expect(await countRows()).toEqual(before);
  });
});

describe("deleteJourney", () => {
  it("deletes the journey with its stages, touchpoints and roles, recording what went, and closes the gap", async () => {
    const { workspace, journey, stage, touchpoint, departments } = await createMappedWorkspace();
    await makeTouchpoint({ stageId: stage.id });
    await makeStage({ journeyId: journey.id });
    await setRole({ touchpointId: touchpoint.id, departmentId: departments[0]!.id, role: "A" });
    const second = await makeJourney({ workspaceId: workspace.id, name: "Second" });
    const third = await makeJourney({ workspaceId: workspace.id, name: "Third" });

    expect(await deleteJourney({ id: journey.id })).toEqual({ ok: true, data: { id: journey.id } });
    const prisma = await getPrisma();
    const left = await prisma.journey.findMany({
      where: { workspaceId: workspace.id },
      orderBy: { position: "asc" },
    });
    expect(left.map((j) => [j.id, j.position])).toEqual([
      [second.id, 0],
      [third.id, 1],
    ]);
    expect(await prisma.stage.count({ where: { journeyId: journey.id } })).toBe(0);
    expect(await prisma.assignment.count({ where: { workspaceId: workspace.id } })).toBe(0);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "journey.deleted" } });
    expect(event).toMatchObject({
      entityId: journey.id,
      journeyId: journey.id,
      before: { name: journey.name, stages: 2, touchpoints: 2, assignments: 1 },
      after: null,
    });
  });

  it("refuses an unknown id and writes nothing", async () => {
    await createMappedWorkspace();
    const before = await countRows();
    expect(await deleteJourney({ id: UNKNOWN })).toMatchObject({ ok: false, code: "not_found" });
    expect(await countRows()).toEqual(before);
  });
});

describe("reorderJourney", () => {
  async function journeyOrder(workspaceId: string) {
    const prisma = await getPrisma();
    const rows = await prisma.journey.findMany({ where: { workspaceId }, orderBy: { position: "asc" } });
    // Positions must stay 0..n-1: any gap or duplicate shows up here.
    expect(rows.map((j) => j.position)).toEqual(rows.map((_, i) => i));
    return rows.map((j) => j.name);
  }

  /** A workspace with journeys A, B, C, D at positions 0..3. */
  async function createFourJourneys() {
    const workspace = await createWorkspace();
    const journeys = [];
    for (const name of ["A", "B", "C", "D"])
      journeys.push(await makeJourney({ workspaceId: workspace.id, name }));
    return { workspace, journeys };
  }

  it("moves a journey down and up, keeping positions 0..n-1, and audits each move by name", async () => {
    const { workspace, journeys } = await createFourJourneys();
    const [a, , , d] = journeys;
    expect(await reorderJourney({ id: d!.id, toIndex: 1 })).toMatchObject({
      ok: true,
      data: { id: d!.id, name: "D", position: 1 },
    });
    expect(await journeyOrder(workspace.id)).toEqual(["A", "D", "B", "C"]);
    expect(await reorderJourney({ id: a!.id, toIndex: 3 })).toMatchObject({
      ok: true,
      data: { position: 3 },
    });
    expect(await journeyOrder(workspace.id)).toEqual(["D", "B", "C", "A"]);
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { workspaceId: workspace.id, action: "journey.reordered" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.entityType, e.entityId, e.journeyId, e.before, e.after])).toEqual([
      ["journey", d!.id, d!.id, { name: "D", position: 3 }, { name: "D", position: 1 }],
      ["journey", a!.id, a!.id, { name: "A", position: 0 }, { name: "A", position: 3 }],
    ]);
  });

  it("moves a journey with its stages and touchpoints untouched", async () => {
    const { journey, stage, touchpoint, workspace } = await createMappedWorkspace();
    await makeJourney({ workspaceId: workspace.id, name: "Later" });
    expect(await reorderJourney({ id: journey.id, toIndex: 1 })).toMatchObject({ ok: true });
    const prisma = await getPrisma();
    expect(await prisma.stage.findUniqueOrThrow({ where: { id: stage.id } })).toMatchObject({
      journeyId: journey.id,
      position: 0,
    });
    expect(await prisma.touchpoint.findUniqueOrThrow({ where: { id: touchpoint.id } })).toMatchObject({
      stageId: stage.id,
      position: 0,
      version: 0,
    });
  });

  it("writes no event when the journey stays where it is", async () => {
    const { journeys } = await createFourJourneys();
    const before = await countRows();
    expect(await reorderJourney({ id: journeys[3]!.id, toIndex: 3 })).toMatchObject({ ok: true });
    expect(await countRows()).toEqual(before);
  });

  it.each([
    ["a position past the end", { toIndex: 4 }, "invalid", /has 4 journeys: choose a position from 1 to 4/],
    ["a negative position", { toIndex: -1 }, "invalid", /cannot be negative/],
    ["a position that is not a number", { toIndex: Number.NaN }, "invalid", /must be a number/],
    ["an unknown id", { id: UNKNOWN }, "not_found", /Journey was not found/],
    ["a malformed id", { id: "nope" }, "invalid", /not valid/],
  ])("refuses %s with a clear message and writes nothing", async (_what, override, code, message) => {
    const { workspace, journeys } = await createFourJourneys();
    const before = await countRows();
    const result = await reorderJourney({ id: journeys[0]!.id, toIndex: 1, ...override });
    expect(result).toMatchObject({ ok: false, code });
    const text = result.ok
      ? ""
      : [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ");
    expect(text).toMatch(message);
    expect(await countRows()).toEqual(before);
    expect(await journeyOrder(workspace.id)).toEqual(["A", "B", "C", "D"]);
  });

  it.each(["VIEWER", "EXECUTIVE", "DEPARTMENT_HEAD"] as const)(
    "refuses a member who is %s and writes nothing",
    async (role) => {
      const { workspace, journeys } = await createFourJourneys();
      const department = await makeDepartment({ workspaceId: workspace.id });
      const departmentId = role === "DEPARTMENT_HEAD" ? department.id : undefined;
      const { user } = await addMember({ workspaceId: workspace.id, role, departmentId });
      const before = await countRows();
      const result = await actingAs(user, () => reorderJourney({ id: journeys[3]!.id, toIndex: 0 }));
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await countRows()).toEqual(before);
      expect(await journeyOrder(workspace.id)).toEqual(["A", "B", "C", "D"]);
    },
  );

  it("refuses a CX lead of another workspace as if the journey did not exist", async () => {
    const { workspace, journeys } = await createFourJourneys();
    const elsewhere = await createWorkspace();
    const { user } = await addMember({ workspaceId: elsewhere.id, role: "CX_LEAD" });
    const before = await countRows();
    const result = await actingAs(user, () => reorderJourney({ id: journeys[0]!.id, toIndex: 3 }));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await countRows()).toEqual(before);
    expect(await journeyOrder(workspace.id)).toEqual(["A", "B", "C", "D"]);
  });

  it("serialises parallel moves, creates and deletes in one workspace: positions stay 0..n-1", async () => {
    const { workspace, journeys } = await createFourJourneys();
    const [a, b, c, d] = journeys;
    const results = await Promise.all([
      // Enough overlapping moves that, without the workspace lock, PostgreSQL runs hit a unique violation.
      // Every index stays valid in whatever order these run: the workspace keeps 3 to 5 journeys.
      reorderJourney({ id: a!.id, toIndex: 2 }),
      reorderJourney({ id: d!.id, toIndex: 0 }),
      createJourney({ workspaceId: workspace.id, name: "E" }),
      deleteJourney({ id: c!.id }),
      reorderJourney({ id: b!.id, toIndex: 1 }),
      reorderJourney({ id: a!.id, toIndex: 0 }),
      reorderJourney({ id: d!.id, toIndex: 2 }),
      reorderJourney({ id: b!.id, toIndex: 0 }),
      reorderJourney({ id: a!.id, toIndex: 1 }),
      reorderJourney({ id: d!.id, toIndex: 1 }),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.formError))).toEqual(Array(10).fill("ok"));
    // journeyOrder() also checks that the positions are exactly 0..n-1.
    expect((await journeyOrder(workspace.id)).sort()).toEqual(["A", "B", "D", "E"]);
  });
});
