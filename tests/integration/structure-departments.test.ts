import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import {
  createDepartment,
  deleteDepartment,
  reorderDepartment,
  updateDepartment,
} from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { actingAs, signInAsLeadOfNewWorkspaces } from "./auth";
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

describe("reorderDepartment", () => {
  /** A workspace with departments A, B, C, D at positions 0..3. */
  async function createFourDepartments() {
    const workspace = await createWorkspace();
    const departments = [];
    for (const name of ["A", "B", "C", "D"]) {
      departments.push(await makeDepartment({ workspaceId: workspace.id, name }));
    }
    return { workspace, departments };
  }

  it("moves a department down and up, keeping positions 0..n-1, and audits each move by name", async () => {
    const { workspace, departments } = await createFourDepartments();
    const [a, , , d] = departments;
    expect(await reorderDepartment({ id: a!.id, toIndex: 2 })).toMatchObject({
      ok: true,
      data: { id: a!.id, name: "A", position: 2 },
    });
    expect(await positionsOf(workspace.id)).toEqual([
      ["B", 0],
      ["C", 1],
      ["A", 2],
      ["D", 3],
    ]);
    expect(await reorderDepartment({ id: d!.id, toIndex: 0 })).toMatchObject({
      ok: true,
      data: { position: 0 },
    });
    expect((await positionsOf(workspace.id)).map(([name]) => name)).toEqual(["D", "B", "C", "A"]);
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { workspaceId: workspace.id, action: "department.reordered" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.entityType, e.entityId, e.departmentId, e.before, e.after])).toEqual([
      ["department", a!.id, a!.id, { name: "A", position: 0 }, { name: "A", position: 2 }],
      ["department", d!.id, d!.id, { name: "D", position: 3 }, { name: "D", position: 0 }],
    ]);
  });

  it("writes no event when the department stays where it is", async () => {
    const { departments } = await createFourDepartments();
    const before = await countRows();
    expect(await reorderDepartment({ id: departments[1]!.id, toIndex: 1 })).toMatchObject({
      ok: true,
      data: { position: 1 },
    });
    expect(await countRows()).toEqual(before);
  });

  it.each([
    [
      "a position past the end",
      { toIndex: 4 },
      "invalid",
      /has 4 departments: choose a position from 1 to 4/,
    ],
    ["a negative position", { toIndex: -1 }, "invalid", /cannot be negative/],
    ["a fractional position", { toIndex: 1.5 }, "invalid", /whole number/],
    ["an unknown id", { id: UNKNOWN }, "not_found", /Department was not found/],
    ["a malformed id", { id: "1" }, "invalid", /not valid/],
  ])("refuses %s with a clear message and writes nothing", async (_what, override, code, message) => {
    const { workspace, departments } = await createFourDepartments();
    const before = await countRows();
    const result = await reorderDepartment({ id: departments[0]!.id, toIndex: 2, ...override });
    expect(result).toMatchObject({ ok: false, code });
    const text = result.ok
      ? ""
      : [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ");
    expect(text).toMatch(message);
    expect(await countRows()).toEqual(before);
    expect((await positionsOf(workspace.id)).map(([name]) => name)).toEqual(["A", "B", "C", "D"]);
  });

  it.each(["VIEWER", "EXECUTIVE", "DEPARTMENT_HEAD"] as const)(
    "refuses a member who is %s and writes nothing",
    async (role) => {
      const { workspace, departments } = await createFourDepartments();
      const departmentId = role === "DEPARTMENT_HEAD" ? departments[3]!.id : undefined;
      const { user } = await addMember({ workspaceId: workspace.id, role, departmentId });
      const before = await countRows();
      const result = await actingAs(user, () => reorderDepartment({ id: departments[3]!.id, toIndex: 0 }));
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await countRows()).toEqual(before);
      expect((await positionsOf(workspace.id)).map(([name]) => name)).toEqual(["A", "B", "C", "D"]);
    },
  );

  it("refuses a CX lead of another workspace as if the department did not exist", async () => {
    const { workspace, departments } = await createFourDepartments();
    const elsewhere = await createWorkspace();
    const { user } = await addMember({ workspaceId: elsewhere.id, role: "CX_LEAD" });
    const before = await countRows();
    const result = await actingAs(user, () => reorderDepartment({ id: departments[0]!.id, toIndex: 3 }));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await countRows()).toEqual(before);
    expect((await positionsOf(workspace.id)).map(([name]) => name)).toEqual(["A", "B", "C", "D"]);
  });

  it("serialises parallel moves, creates and deletes in one workspace: positions stay 0..n-1", async () => {
    const { workspace, departments } = await createFourDepartments();
    const [a, b, c, d] = departments;
    const results = await Promise.all([
      // Enough overlapping moves that, without the workspace lock, PostgreSQL runs hit a unique violation.
      // Every index stays valid in whatever order these run: the workspace keeps 3 to 5 departments.
      reorderDepartment({ id: a!.id, toIndex: 2 }),
      reorderDepartment({ id: d!.id, toIndex: 0 }),
      createDepartment({ workspaceId: workspace.id, name: "E", color: "#000000" }),
      deleteDepartment({ id: c!.id }),
      reorderDepartment({ id: b!.id, toIndex: 1 }),
      reorderDepartment({ id: a!.id, toIndex: 0 }),
      reorderDepartment({ id: d!.id, toIndex: 2 }),
      reorderDepartment({ id: b!.id, toIndex: 0 }),
      reorderDepartment({ id: a!.id, toIndex: 1 }),
      reorderDepartment({ id: d!.id, toIndex: 1 }),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : r.formError))).toEqual(Array(10).fill("ok"));
    const rows = await positionsOf(workspace.id);
    expect(rows.map(([, position]) => position)).toEqual([0, 1, 2, 3]);
    expect(rows.map(([name]) => name).sort()).toEqual(["A", "B", "D", "E"]);
  });
});
