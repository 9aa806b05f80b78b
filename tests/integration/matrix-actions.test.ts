import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { setAssignment } from "../../lib/matrix/actions";
import { getJourneyMatrix } from "../../lib/matrix/queries";
import { getTouchpointOwnership } from "../../lib/ownership";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import {
  countRows,
  createDepartment,
  createJourney,
  createMappedWorkspace,
  createStage,
  createTouchpoint,
  setRole,
} from "./factories";

const getDb = registerTestDb();
signInAsLeadOfNewWorkspaces();

async function versionOf(touchpointId: string) {
  const prisma = await getPrisma();
  return (await prisma.touchpoint.findUniqueOrThrow({ where: { id: touchpointId } })).version;
}

describe("setAssignment", () => {
  it("sets, changes and clears a role, bumping the version and auditing each change", async () => {
    const { touchpoint, departments, journey } = await createMappedWorkspace();
    const [billing] = departments;
    const first = await setAssignment({
      touchpointId: touchpoint.id,
      departmentId: billing!.id,
      role: "R",
      expectedVersion: 0,
    });
    expect(first).toMatchObject({
      ok: true,
      data: { version: 1, assignments: [{ departmentId: billing!.id, role: "R" }] },
    });

    const second = await setAssignment({
      touchpointId: touchpoint.id,
      departmentId: billing!.id,
      role: "A",
      expectedVersion: 1,
    });
    expect(second.ok && getTouchpointOwnership(second.data)).toMatchObject({
      status: "OWNED",
      ownerId: billing!.id,
    });

    const cleared = await setAssignment({
      touchpointId: touchpoint.id,
      departmentId: billing!.id,
      role: null,
      expectedVersion: 2,
    });
    expect(cleared).toMatchObject({ ok: true, data: { version: 3, assignments: [] } });
    expect(await versionOf(touchpoint.id)).toBe(3);

    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { entityId: touchpoint.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.journeyId, e.departmentId])).toEqual(
      Array(3).fill(["assignment.set", journey.id, billing!.id]),
    );
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [null, { role: "R", touchpointName: touchpoint.name, departmentName: billing!.name }],
      [
        { role: "R", touchpointName: touchpoint.name, departmentName: billing!.name },
        { role: "A", touchpointName: touchpoint.name, departmentName: billing!.name },
      ],
      [{ role: "A", touchpointName: touchpoint.name, departmentName: billing!.name }, null],
    ]);
  });

  it("allows a second A, making the touchpoint contested and naming the other department", async () => {
    const { touchpoint, departments } = await createMappedWorkspace();
    const [sales, ecommerce] = departments;
    await setRole({ touchpointId: touchpoint.id, departmentId: sales!.id, role: "A" });
    const result = await setAssignment({
      touchpointId: touchpoint.id,
      departmentId: ecommerce!.id,
      role: "A",
      expectedVersion: 0,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(getTouchpointOwnership(result.data).status).toBe("CONTESTED");
    expect(result.data.warning).toBe(`${touchpoint.name} is now contested: ${sales!.name} also holds A.`);
  });

  it("refuses a stale version as a conflict and writes nothing", async () => {
    const { touchpoint, departments } = await createMappedWorkspace();
    await setAssignment({
      touchpointId: touchpoint.id,
      departmentId: departments[0]!.id,
      role: "A",
      expectedVersion: 0,
    });
    const before = await countRows();
    const stale = await setAssignment({
      touchpointId: touchpoint.id,
      departmentId: departments[1]!.id,
      role: "R",
      expectedVersion: 0,
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(await countRows()).toEqual(before);
    expect(await versionOf(touchpoint.id)).toBe(1);
  });

  it.each([
    ["a role letter that is not R/A/C/I", { role: "X" }, "invalid"],
    ["a malformed touchpoint id", { touchpointId: "not-a-uuid" }, "invalid"],
    ["a negative version", { expectedVersion: -1 }, "invalid"],
    ["an unknown touchpoint", { touchpointId: "00000000-0000-7000-8000-000000000000" }, "not_found"],
    ["an unknown department", { departmentId: "00000000-0000-7000-8000-000000000000" }, "not_found"],
  ])("refuses %s with a clear message and writes nothing", async (_name, override, code) => {
    const { touchpoint, departments } = await createMappedWorkspace();
    const before = await countRows();
    const result = await setAssignment({
      touchpointId: touchpoint.id,
      departmentId: departments[0]!.id,
      role: "A",
      expectedVersion: 0,
      ...override,
    } as Parameters<typeof setAssignment>[0]);
    expect(result).toMatchObject({ ok: false, code });
    expect(result.ok ? "" : result.formError).toMatch(/\w+/);
    expect(await countRows()).toEqual(before);
  });

  it("never lets a department of another workspace take a role", async () => {
    const ours = await createMappedWorkspace();
    const theirs = await createMappedWorkspace();
    const before = await countRows();
    const result = await setAssignment({
      touchpointId: ours.touchpoint.id,
      departmentId: theirs.departments[0]!.id,
      role: "A",
      expectedVersion: 0,
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await countRows()).toEqual(before);
  });

  it("lets exactly one of many parallel writers of one touchpoint win; the rest are told of the conflict", async () => {
    const { touchpoint, workspace } = await createMappedWorkspace({ departments: 0 });
    const departments = [];
    for (let i = 0; i < 8; i++)
      departments.push(await createDepartment({ workspaceId: workspace.id, name: `Dept ${i}` }));
    const results = await Promise.all(
      departments.map((d) =>
        setAssignment({ touchpointId: touchpoint.id, departmentId: d.id, role: "A", expectedVersion: 0 }),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(Array(7).fill("conflict"));
    const prisma = await getPrisma();
    expect(await prisma.assignment.count({ where: { touchpointId: touchpoint.id } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { entityId: touchpoint.id } })).toBe(1);
    expect(await versionOf(touchpoint.id)).toBe(1);
  });

  it("lets parallel writers of different touchpoints all succeed", async () => {
    const { stage, departments } = await createMappedWorkspace();
    const touchpoints = [];
    for (let i = 0; i < 10; i++)
      touchpoints.push(await createTouchpoint({ stageId: stage.id, name: `T${i}` }));
    const results = await Promise.all(
      touchpoints.map((t) =>
        setAssignment({
          touchpointId: t.id,
          departmentId: departments[0]!.id,
          role: "R",
          expectedVersion: 0,
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
  });
});

describe("getJourneyMatrix", () => {
  it("reads a journey in the same small number of queries whatever its size", async () => {
    const small = await createMappedWorkspace({ departments: 2 });
    const large = await createMappedWorkspace({ departments: 12 });
    for (let s = 0; s < 4; s++) {
      const stage = s === 0 ? large.stage : await createStage({ journeyId: large.journey.id });
      for (let t = 0; t < 10; t++) {
        const touchpoint = await createTouchpoint({ stageId: stage.id });
        await setRole({
          touchpointId: touchpoint.id,
          departmentId: large.departments[t % 12]!.id,
          role: "A",
        });
      }
    }
    const smallCount = await countQueries(getDb(), () =>
      getJourneyMatrix({ workspaceId: small.workspace.id, journeyId: small.journey.id }),
    );
    const largeCount = await countQueries(getDb(), () =>
      getJourneyMatrix({ workspaceId: large.workspace.id, journeyId: large.journey.id }),
    );
    expect(largeCount).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(6);
  });

  it("finds nothing for another workspace's journey", async () => {
    const ours = await createMappedWorkspace();
    const theirs = await createJourney({ workspaceId: (await createMappedWorkspace()).workspace.id });
    expect(await getJourneyMatrix({ workspaceId: ours.workspace.id, journeyId: theirs.id })).toBeNull();
  });
});
