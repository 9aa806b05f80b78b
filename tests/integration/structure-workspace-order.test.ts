// Reordering departments and journeys, the two structure entities ordered within their workspace: one suite run
// for each, since they share one implementation (lib/structure/entity-crud.ts) and must behave alike.
import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import * as structure from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { actingAs, signInAsLeadOfNewWorkspaces } from "./auth";
import * as f from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const UNKNOWN = "00000000-0000-7000-8000-000000000000";

type Outcome =
  | { ok: true; data: { id: string; name: string; position: number } }
  | { ok: false; code: string; formError: string; fieldErrors?: Record<string, string[] | undefined> };
type Kind = {
  kind: "department" | "journey";
  plural: string;
  label: string;
  /** The audit column that names the moved row. */
  refColumn: "departmentId" | "journeyId";
  make: (workspaceId: string, name: string) => Promise<{ id: string }>;
  reorder: (input: { id: string; toIndex: number }) => Promise<Outcome>;
  create: (workspaceId: string, name: string) => Promise<{ ok: true } | { ok: false; formError: string }>;
  remove: (id: string) => Promise<{ ok: true } | { ok: false; formError: string }>;
  names: (workspaceId: string) => Promise<{ name: string; position: number }[]>;
};

const KINDS: Kind[] = [
  {
    kind: "department",
    plural: "departments",
    label: "Department",
    refColumn: "departmentId",
    make: (workspaceId, name) => f.createDepartment({ workspaceId, name }),
    reorder: structure.reorderDepartment,
    create: (workspaceId, name) => structure.createDepartment({ workspaceId, name, color: "#000000" }),
    remove: (id) => structure.deleteDepartment({ id }),
    names: async (workspaceId) =>
      (await getPrisma()).department.findMany({ where: { workspaceId }, orderBy: { position: "asc" } }),
  },
  {
    kind: "journey",
    plural: "journeys",
    label: "Journey",
    refColumn: "journeyId",
    make: (workspaceId, name) => f.createJourney({ workspaceId, name }),
    reorder: structure.reorderJourney,
    create: (workspaceId, name) => structure.createJourney({ workspaceId, name }),
    remove: (id) => structure.deleteJourney({ id }),
    names: async (workspaceId) =>
      (await getPrisma()).journey.findMany({ where: { workspaceId }, orderBy: { position: "asc" } }),
  },
];

describe.each(KINDS)("reordering a $kind", (k) => {
  /** The names in order; positions must stay 0..n-1: any gap or duplicate fails here. */
  async function order(workspaceId: string) {
    const rows = await k.names(workspaceId);
    expect(rows.map((row) => row.position)).toEqual(rows.map((_, i) => i));
    return rows.map((row) => row.name);
  }

  /** A workspace with rows A, B, C, D at positions 0..3. */
  async function createFour() {
    const workspace = await f.createWorkspace();
    const rows = [];
    for (const name of ["A", "B", "C", "D"]) rows.push(await k.make(workspace.id, name));
    return { workspace, rows };
  }

  it("moves one down and up, keeping positions 0..n-1, and audits each move by name", async () => {
    const { workspace, rows } = await createFour();
    const [a, , , d] = rows;
    expect(await k.reorder({ id: a!.id, toIndex: 2 })).toMatchObject({
      ok: true,
      data: { id: a!.id, name: "A", position: 2 },
    });
    expect(await order(workspace.id)).toEqual(["B", "C", "A", "D"]);
    expect(await k.reorder({ id: d!.id, toIndex: 0 })).toMatchObject({ ok: true, data: { position: 0 } });
    expect(await order(workspace.id)).toEqual(["D", "B", "C", "A"]);
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { workspaceId: workspace.id, action: `${k.kind}.reordered` },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.entityType, e.entityId, e[k.refColumn], e.before, e.after])).toEqual([
      [k.kind, a!.id, a!.id, { name: "A", position: 0 }, { name: "A", position: 2 }],
      [k.kind, d!.id, d!.id, { name: "D", position: 3 }, { name: "D", position: 0 }],
    ]);
  });

  it("writes no event when it stays where it is", async () => {
    const { rows } = await createFour();
    const before = await f.countRows();
    expect(await k.reorder({ id: rows[1]!.id, toIndex: 1 })).toMatchObject({
      ok: true,
      data: { position: 1 },
    });
    expect(await f.countRows()).toEqual(before);
  });

  it.each([
    [
      "a position past the end",
      { toIndex: 4 },
      "invalid",
      `has 4 ${k.plural}: choose a position from 1 to 4`,
    ],
    ["a negative position", { toIndex: -1 }, "invalid", "cannot be negative"],
    ["a fractional position", { toIndex: 1.5 }, "invalid", "whole number"],
    ["a position that is not a number", { toIndex: Number.NaN }, "invalid", "must be a number"],
    ["an unknown id", { id: UNKNOWN }, "not_found", `${k.label} was not found`],
    ["a malformed id", { id: "nope" }, "invalid", "not valid"],
  ])("refuses %s with a clear message and writes nothing", async (_what, override, code, message) => {
    const { workspace, rows } = await createFour();
    const before = await f.countRows();
    const result = await k.reorder({ id: rows[0]!.id, toIndex: 2, ...override });
    expect(result).toMatchObject({ ok: false, code });
    const failure = result as { formError: string; fieldErrors?: Record<string, string[]> };
    expect([failure.formError, ...Object.values(failure.fieldErrors ?? {}).flat()].join(" ")).toContain(
      message,
    );
    expect(await f.countRows()).toEqual(before);
    expect(await order(workspace.id)).toEqual(["A", "B", "C", "D"]);
  });

  it.each(["VIEWER", "EXECUTIVE", "DEPARTMENT_HEAD"] as const)(
    "refuses a member who is %s and writes nothing",
    async (role) => {
      const { workspace, rows } = await createFour();
      const department = await f.createDepartment({ workspaceId: workspace.id, name: "Heads here" });
      const departmentId = role === "DEPARTMENT_HEAD" ? department.id : undefined;
      const { user } = await f.addMember({ workspaceId: workspace.id, role, departmentId });
      const before = await f.countRows();
      const result = await actingAs(user, () => k.reorder({ id: rows[3]!.id, toIndex: 0 }));
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
      expect(await f.countRows()).toEqual(before);
      expect((await order(workspace.id)).filter((name) => name !== "Heads here")).toEqual([
        "A",
        "B",
        "C",
        "D",
      ]);
    },
  );

  it("refuses a CX lead of another workspace as if it did not exist", async () => {
    const { workspace, rows } = await createFour();
    const elsewhere = await f.createWorkspace();
    const { user } = await f.addMember({ workspaceId: elsewhere.id, role: "CX_LEAD" });
    const before = await f.countRows();
    const result = await actingAs(user, () => k.reorder({ id: rows[0]!.id, toIndex: 3 }));
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await f.countRows()).toEqual(before);
    expect(await order(workspace.id)).toEqual(["A", "B", "C", "D"]);
  });

  it("serialises parallel moves, creates and deletes in one workspace: positions stay 0..n-1", async () => {
    const { workspace, rows } = await createFour();
    const [a, b, c, d] = rows;
    const results = await Promise.all([
      // Enough overlapping moves that, without the workspace lock, PostgreSQL runs hit a unique violation.
      // Every index stays valid in whatever order these run: the workspace keeps 3 to 5 rows.
      k.reorder({ id: a!.id, toIndex: 2 }),
      k.reorder({ id: d!.id, toIndex: 0 }),
      k.create(workspace.id, "E"),
      k.remove(c!.id),
      k.reorder({ id: b!.id, toIndex: 1 }),
      k.reorder({ id: a!.id, toIndex: 0 }),
      k.reorder({ id: d!.id, toIndex: 2 }),
      k.reorder({ id: b!.id, toIndex: 0 }),
      k.reorder({ id: a!.id, toIndex: 1 }),
      k.reorder({ id: d!.id, toIndex: 1 }),
    ]);
    expect(results.map((r) => (r.ok ? "ok" : (r as { formError: string }).formError))).toEqual(
      Array(10).fill("ok"),
    );
    expect((await order(workspace.id)).sort()).toEqual(["A", "B", "D", "E"]);
  });
});
