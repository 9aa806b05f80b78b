import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import {
  createDepartment,
  createTouchpoint,
  deleteDepartment,
  updateDepartment,
} from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import {
  addMember,
  countRows,
  createMappedWorkspace,
  createWorkspace,
  createDepartment as makeDepartment,
  setRole,
} from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const UNKNOWN = "00000000-0000-7000-8000-000000000000";

async function positionsOf(workspaceId: string) {
  const prisma = await getPrisma();
  const rows = await prisma.department.findMany({ where: { workspaceId }, orderBy: { position: "asc" } });
  return rows.map((d) => [d.name, d.position]);
}

describe("createDepartment", () => {
  it("appends a department with its colour and writes an audit event", async () => {
    const workspace = await createWorkspace();
    await makeDepartment({ workspaceId: workspace.id, name: "Sales" });
    const result = await createDepartment({
      workspaceId: workspace.id,
      name: "  Billing  ",
      color: "#1D4ED8",
      description: "Invoices and refunds",
    });
    expect(result).toMatchObject({
      ok: true,
      data: { name: "Billing", color: "#1d4ed8", description: "Invoices and refunds", position: 1 },
    });
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "department.created" } });
    expect(event).toMatchObject({ workspaceId: workspace.id, entityType: "department", before: null });
    expect(result.ok && event.entityId).toBe(result.ok && result.data.id);
    expect(event.departmentId).toBe(result.ok ? result.data.id : null);
    expect(event.after).toMatchObject({ name: "Billing", color: "#1d4ed8", position: 1 });
  });

  it.each([
    ["an empty name", { name: "   " }, "invalid", /Enter a name/],
    ["a name over 120 characters", { name: "x".repeat(121) }, "invalid", /120 characters/],
    ["a colour that is not #rrggbb", { color: "blue" }, "invalid", /#rrggbb/],
    ["a short colour", { color: "#fff" }, "invalid", /#rrggbb/],
    ["a description over 1000 characters", { description: "x".repeat(1001) }, "invalid", /1000 characters/],
    ["a malformed workspace id", { workspaceId: "nope" }, "invalid", /not valid/],
    ["an unknown workspace", { workspaceId: UNKNOWN }, "not_found", /workspace was not found/],
    [
      "a name the workspace already uses",
      { name: "Sales" },
      "conflict",
      /already has a department named “Sales”/,
    ],
  ])("refuses %s with a clear message and writes nothing", async (_what, override, code, message) => {
    const workspace = await createWorkspace();
    await makeDepartment({ workspaceId: workspace.id, name: "Sales" });
    const before = await countRows();
    const result = await createDepartment({
      workspaceId: workspace.id,
      name: "Ops",
      color: "#000000",
      ...override,
    });
    expect(result).toMatchObject({ ok: false, code });
    const text = result.ok
      ? ""
      : [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ");
    expect(text).toMatch(message);
    expect(await countRows()).toEqual(before);
  });

  it("allows the same name in another workspace", async () => {
    const ours = await createWorkspace();
    const theirs = await createWorkspace();
    await makeDepartment({ workspaceId: theirs.id, name: "Sales" });
    const result = await createDepartment({ workspaceId: ours.id, name: "Sales", color: "#000000" });
    expect(result.ok).toBe(true);
  });
});

describe("updateDepartment", () => {
  it("renames, recolours and re-describes, auditing before and after", async () => {
    const workspace = await createWorkspace();
    const department = await makeDepartment({ workspaceId: workspace.id, name: "Sales", color: "#111111" });
    const result = await updateDepartment({ id: department.id, name: "Sales & Partners", color: "#222222" });
    expect(result).toMatchObject({ ok: true, data: { name: "Sales & Partners", color: "#222222" } });
    const cleared = await updateDepartment({ id: department.id, description: "" });
    expect(cleared).toMatchObject({ ok: true, data: { description: null } });
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { entityId: department.id, action: "department.updated" },
      orderBy: { id: "asc" },
    });
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({
      before: { name: "Sales", color: "#111111" },
      after: { name: "Sales & Partners", color: "#222222" },
      departmentId: department.id,
    });
  });

  it.each([
    ["an unknown id", { id: UNKNOWN }, "not_found"],
    ["an empty name", { name: "" }, "invalid"],
    ["a bad colour", { color: "#12345g" }, "invalid"],
    ["nothing to change", { name: undefined }, "invalid"],
    ["a name another department has", { name: "Billing" }, "conflict"],
  ])("refuses %s and writes nothing", async (_what, override, code) => {
    const workspace = await createWorkspace();
    await makeDepartment({ workspaceId: workspace.id, name: "Billing" });
    const department = await makeDepartment({ workspaceId: workspace.id, name: "Sales" });
    const before = await countRows();
    const result = await updateDepartment({ id: department.id, name: "Renamed", ...override });
    expect(result).toMatchObject({ ok: false, code });
    expect(await countRows()).toEqual(before);
    const prisma = await getPrisma();
    expect((await prisma.department.findUniqueOrThrow({ where: { id: department.id } })).name).toBe("Sales");
  });
});

describe("deleteDepartment", () => {
  it("deletes a department with its roles, closes the gap and bumps the touched touchpoints", async () => {
    const { workspace, departments, touchpoint } = await createMappedWorkspace({ departments: 3 });
    const [first, middle, last] = departments;
    await setRole({ touchpointId: touchpoint.id, departmentId: middle!.id, role: "A" });
    const result = await deleteDepartment({ id: middle!.id });
    expect(result).toEqual({ ok: true, data: { id: middle!.id } });
    expect(await positionsOf(workspace.id)).toEqual([
      [first!.name, 0],
      [last!.name, 1],
    ]);
    const prisma = await getPrisma();
    expect(await prisma.assignment.count({ where: { touchpointId: touchpoint.id } })).toBe(0);
    expect((await prisma.touchpoint.findUniqueOrThrow({ where: { id: touchpoint.id } })).version).toBe(1);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "department.deleted" } });
    expect(event).toMatchObject({ entityId: middle!.id, before: { name: middle!.name, assignments: 1 } });
  });

  it("refuses while a member belongs to the department, saying so, and writes nothing", async () => {
    const { workspace, departments } = await createMappedWorkspace({ departments: 1 });
    await addMember({ workspaceId: workspace.id, role: "DEPARTMENT_HEAD", departmentId: departments[0]!.id });
    const before = await countRows();
    const result = await deleteDepartment({ id: departments[0]!.id });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(result.ok ? "" : result.formError).toMatch(/1 member belongs to it/);
    expect(await countRows()).toEqual(before);
  });

  it("refuses an unknown or malformed id and writes nothing", async () => {
    await createMappedWorkspace();
    const before = await countRows();
    expect(await deleteDepartment({ id: UNKNOWN })).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteDepartment({ id: "1" })).toMatchObject({ ok: false, code: "invalid" });
    expect(await countRows()).toEqual(before);
  });
});

describe("what a workspace can hold (its RACI sheet must import back into it)", () => {
  it("refuses a department named like a fixed column of the sheet", async () => {
    const workspace = await createWorkspace();
    for (const name of ["journey", "Stage", "TOUCHPOINT", "channel"])
      expect(await createDepartment({ workspaceId: workspace.id, name, color: "#000000" })).toMatchObject({
        ok: false,
        code: "invalid",
        fieldErrors: { name: [expect.stringMatching(/is a column of the RACI sheet/)] },
      });
  });

  it("refuses a department past 200, and a touchpoint past 20,000", async () => {
    const { workspace, stage, journey } = await createMappedWorkspace();
    const prisma = await getPrisma();
    const existing = await prisma.department.count({ where: { workspaceId: workspace.id } });
    await prisma.department.createMany({
      data: Array.from({ length: 200 - existing }, (_, i) => ({
        workspaceId: workspace.id,
        name: `Filler ${i}`,
        color: "#000000",
        position: existing + i,
      })),
    });
    expect(
      await createDepartment({ workspaceId: workspace.id, name: "One more", color: "#000000" }),
    ).toMatchObject({
      ok: false,
      code: "conflict",
      formError: "A workspace holds at most 200 departments.",
    });
    const touchpoints = await prisma.touchpoint.count({ where: { workspaceId: workspace.id } });
    // One statement: 20,000 rows through Prisma's createMany take half a minute on the embedded database.
    await prisma.$executeRaw`
      INSERT INTO "Touchpoint" ("id", "workspaceId", "journeyId", "stageId", "name", "channel", "position", "updatedAt")
      SELECT gen_random_uuid(), ${workspace.id}::uuid, ${journey.id}::uuid, ${stage.id}::uuid, 'Filler ' || g, 'web',
        ${touchpoints} + g, now()
      FROM generate_series(0, ${20_000 - touchpoints - 1}::int) AS g`;
    expect(await createTouchpoint({ stageId: stage.id, name: "One more", channel: "WEB" })).toMatchObject({
      ok: false,
      code: "conflict",
      formError: expect.stringMatching(/at most 20000 touchpoints/),
    });
  });
});
