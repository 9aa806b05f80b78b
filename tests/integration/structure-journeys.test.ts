import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { createJourney, deleteJourney, reorderJourney, updateJourney } from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import {
  countRows,
  createMappedWorkspace,
  createWorkspace,
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
});
