import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/coverage/route";
import { getHeadlessDepartments } from "../../lib/coverage/headless-queries";
import { getPrisma } from "../../lib/db/client";
import { DEMO_USERS } from "../../lib/demo/demo-users";
import { seedDemoWorkspace } from "../../lib/demo/seed";
import { getStructureOverview } from "../../lib/structure/queries";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import {
  addMember,
  createJourney,
  createMappedWorkspace,
  createStage,
  createTouchpoint,
  setRole,
} from "./factories";

const getDb = registerTestDb();
signInAsLeadOfNewWorkspaces();
const NO_FILTERS = {};

/**
 * Three departments: the first holds A on the first journey's touchpoint (contested with the second) and on a
 * second journey's; the second holds A there and R on the other; the third has a head and holds A.
 */
async function createWorkspaceWithHeadless() {
  const mapped = await createMappedWorkspace({ departments: 3 });
  const [first, second, headed] = mapped.departments as [
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
  ];
  const other = await createJourney({ workspaceId: mapped.workspace.id, name: "Second journey" });
  const otherStage = await createStage({ journeyId: other.id, name: "Second stage" });
  const later = await createTouchpoint({ stageId: otherStage.id, name: "Later" });
  await setRole({ touchpointId: mapped.touchpoint.id, departmentId: first.id, role: "A" });
  await setRole({ touchpointId: mapped.touchpoint.id, departmentId: second.id, role: "A" });
  await setRole({ touchpointId: later.id, departmentId: first.id, role: "A" });
  await setRole({ touchpointId: later.id, departmentId: second.id, role: "R" });
  await setRole({ touchpointId: later.id, departmentId: headed.id, role: "C" });
  const spare = await createTouchpoint({ stageId: otherStage.id, name: "Spare" });
  await setRole({ touchpointId: spare.id, departmentId: headed.id, role: "A" });
  await addMember({ workspaceId: mapped.workspace.id, role: "DEPARTMENT_HEAD", departmentId: headed.id });
  return { ...mapped, first, second, headed, other, otherStage, later };
}

async function api(query: string) {
  const response = await GET(new Request(`http://localhost/api/v1/coverage?${query}`));
  return { status: response.status, body: await response.json() };
}

describe("headless departments", () => {
  it("flags each department without a head with the touchpoints it is Accountable for, contested or not", async () => {
    const w = await createWorkspaceWithHeadless();
    const report = await getHeadlessDepartments({
      workspaceId: w.workspace.id,
      filters: NO_FILTERS,
      limit: null,
    });
    const here = {
      journey: { id: w.journey.id, name: w.journey.name },
      stage: { id: w.stage.id, name: w.stage.name },
    };
    const there = {
      journey: { id: w.other.id, name: w.other.name },
      stage: { id: w.otherStage.id, name: "Second stage" },
    };
    expect(report).toEqual({
      departments: [
        {
          id: w.first.id,
          name: w.first.name,
          accountable: 2,
          touchpoints: [
            { id: w.touchpoint.id, name: w.touchpoint.name, ...here },
            { id: w.later.id, name: "Later", ...there },
          ],
        },
        {
          id: w.second.id,
          name: w.second.name,
          accountable: 1,
          touchpoints: [{ id: w.touchpoint.id, name: w.touchpoint.name, ...here }],
        },
      ],
      atRisk: 3,
    });

    const overview = await getStructureOverview(w.workspace.id);
    expect(overview.departments.map((d) => [d.name, d.heads, d.accountable])).toEqual([
      [w.first.name, 0, 2],
      [w.second.name, 0, 1],
      [w.headed.name, 1, 1],
    ]);
  });

  it("unflags a department once it has a head", async () => {
    const w = await createWorkspaceWithHeadless();
    await addMember({ workspaceId: w.workspace.id, role: "DEPARTMENT_HEAD", departmentId: w.first.id });
    const report = await getHeadlessDepartments({
      workspaceId: w.workspace.id,
      filters: NO_FILTERS,
      limit: null,
    });
    expect(report.departments.map((d) => d.id)).toEqual([w.second.id]);
    expect(report.atRisk).toBe(1);
    const overview = await getStructureOverview(w.workspace.id);
    expect(overview.departments.find((d) => d.id === w.first.id)?.heads).toBe(1);
  });

  it("does not count a head who belongs to another workspace, and lists no other workspace's departments", async () => {
    const w = await createWorkspaceWithHeadless();
    const theirs = await createMappedWorkspace({ departments: 1 });
    await setRole({ touchpointId: theirs.touchpoint.id, departmentId: theirs.departments[0]!.id, role: "A" });
    // A membership of their workspace naming our department: nothing in the schema ties the two workspaces.
    const { user } = await addMember({
      workspaceId: theirs.workspace.id,
      role: "DEPARTMENT_HEAD",
      departmentId: w.first.id,
    });
    // The same person is an ordinary member here, which does not make them a head either.
    await addMember({ workspaceId: w.workspace.id, role: "VIEWER", userId: user.id });
    const report = await getHeadlessDepartments({
      workspaceId: w.workspace.id,
      filters: NO_FILTERS,
      limit: null,
    });
    expect(report.departments.map((d) => d.id)).toEqual([w.first.id, w.second.id]);
    const overview = await getStructureOverview(w.workspace.id);
    expect(overview.departments.find((d) => d.id === w.first.id)?.heads).toBe(0);
  });

  it("keeps the filtered department, and only the filtered journey's touchpoints; ignores ids from elsewhere", async () => {
    const w = await createWorkspaceWithHeadless();
    const theirs = await createMappedWorkspace({ departments: 1 });
    const read = (filters: { journeyId?: string; departmentId?: string }) =>
      getHeadlessDepartments({ workspaceId: w.workspace.id, filters, limit: null });

    const bySecond = await read({ departmentId: w.second.id });
    expect(bySecond.departments.map((d) => [d.id, d.accountable])).toEqual([[w.second.id, 1]]);
    expect((await read({ departmentId: w.headed.id })).departments).toEqual([]);

    const byOther = await read({ journeyId: w.other.id });
    expect(byOther.departments.map((d) => [d.id, d.accountable, d.touchpoints.map((t) => t.id)])).toEqual([
      [w.first.id, 1, [w.later.id]],
      [w.second.id, 0, []],
    ]);
    expect(byOther.atRisk).toBe(1);

    const both = await read({ journeyId: w.other.id, departmentId: w.first.id });
    expect(both.departments.map((d) => [d.id, d.accountable])).toEqual([[w.first.id, 1]]);

    // Another workspace's ids name nothing here: read as unfiltered, as the coverage report drops them.
    const stale = await read({ journeyId: theirs.journey.id, departmentId: theirs.departments[0]!.id });
    expect(stale).toEqual(await read({}));
  });

  it("lists the first touchpoints across the whole card, in department then journey order, and counts them all", async () => {
    const w = await createWorkspaceWithHeadless();
    for (let i = 0; i < 3; i++) {
      const extra = await createTouchpoint({ stageId: w.stage.id, name: `Extra ${i}` });
      await setRole({ touchpointId: extra.id, departmentId: w.second.id, role: "A" });
    }
    const first3 = await getHeadlessDepartments({
      workspaceId: w.workspace.id,
      filters: NO_FILTERS,
      limit: 3,
    });
    expect(first3.departments.map((d) => [d.accountable, d.touchpoints.map((t) => t.name)])).toEqual([
      [2, [w.touchpoint.name, "Later"]],
      [4, [w.touchpoint.name]],
    ]);
    expect(first3.atRisk).toBe(6);
    const none = await getHeadlessDepartments({ workspaceId: w.workspace.id, filters: NO_FILTERS, limit: 0 });
    expect(none.departments.map((d) => [d.accountable, d.touchpoints])).toEqual([
      [2, []],
      [4, []],
    ]);
  });

  it("reads in one query whatever the size", async () => {
    const small = await createMappedWorkspace({ departments: 1 });
    const large = await createWorkspaceWithHeadless();
    for (let i = 0; i < 5; i++) {
      const stage = await createStage({ journeyId: large.journey.id });
      const touchpoint = await createTouchpoint({ stageId: stage.id });
      await setRole({ touchpointId: touchpoint.id, departmentId: large.first.id, role: "A" });
    }
    const read = (workspaceId: string) => () =>
      getHeadlessDepartments({ workspaceId, filters: NO_FILTERS, limit: null });
    expect(await countQueries(getDb(), read(large.workspace.id))).toBe(1);
    expect(await countQueries(getDb(), read(small.workspace.id))).toBe(1);
  });

  it("answers in GET /api/v1/coverage with the dashboard's numbers, filters applied", async () => {
    const w = await createWorkspaceWithHeadless();
    const { status, body } = await api(`workspace=${w.workspace.slug}`);
    expect(status).toBe(200);
    expect(body.headlessDepartments).toEqual([
      { id: w.first.id, name: w.first.name, accountable: 2 },
      { id: w.second.id, name: w.second.name, accountable: 1 },
    ]);
    const byJourney = await api(`workspace=${w.workspace.slug}&journey=${w.other.id}`);
    expect(byJourney.body.headlessDepartments).toEqual([
      { id: w.first.id, name: w.first.name, accountable: 1 },
      { id: w.second.id, name: w.second.name, accountable: 0 },
    ]);
    const byDepartment = await api(`workspace=${w.workspace.slug}&department=${w.headed.id}`);
    expect(byDepartment.body.headlessDepartments).toEqual([]);
  });

  it("has the demo show a department without a head that is Accountable for something", async () => {
    const prisma = await getPrisma();
    const { workspaceId } = await seedDemoWorkspace(prisma);
    const report = await getHeadlessDepartments({ workspaceId, filters: NO_FILTERS, limit: null });
    const names = report.departments.map((d) => d.name);
    expect(names).not.toContain(DEMO_USERS.head.department);
    expect(report.departments.some((d) => d.accountable > 0)).toBe(true);
  });
});
