import { describe, expect, it } from "vitest";
import { getJourneyStructure, getStructureOverview } from "../../lib/structure/queries";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import { addMember, createMappedWorkspace, createStage, createTouchpoint, setRole } from "./factories";

const getDb = registerTestDb();
signInAsLeadOfNewWorkspaces();

describe("getStructureOverview", () => {
  it("lists departments and journeys in order with what deleting each would take", async () => {
    const { workspace, departments, journey, touchpoint } = await createMappedWorkspace({
      departments: 2,
    });
    await createTouchpoint({ stageId: (await createStage({ journeyId: journey.id })).id });
    await setRole({ touchpointId: touchpoint.id, departmentId: departments[0]!.id, role: "A" });
    await addMember({ workspaceId: workspace.id, role: "DEPARTMENT_HEAD", departmentId: departments[1]!.id });
    const overview = await getStructureOverview(workspace.id);
    expect(overview.departments.map((d) => [d.name, d.impact])).toEqual([
      [departments[0]!.name, { assignments: 1, pendingClaims: 0, members: 0 }],
      [departments[1]!.name, { assignments: 0, pendingClaims: 0, members: 1 }],
    ]);
    expect(overview.journeys).toEqual([
      {
        id: journey.id,
        name: journey.name,
        description: null,
        impact: { stages: 2, touchpoints: 2, assignments: 1 },
      },
    ]);
  });
});

describe("getJourneyStructure", () => {
  it("returns stages in order, each with its touchpoints in order and their role counts", async () => {
    const { journey, stage, touchpoint, departments } = await createMappedWorkspace();
    const later = await createTouchpoint({ stageId: stage.id, name: "Later", channel: "PHONE" });
    const empty = await createStage({ journeyId: journey.id, name: "Empty" });
    await setRole({ touchpointId: later.id, departmentId: departments[0]!.id, role: "R" });
    await setRole({ touchpointId: later.id, departmentId: departments[1]!.id, role: "A" });
    const structure = await getJourneyStructure({ workspaceId: journey.workspaceId, journeyId: journey.id });
    expect(structure?.journey).toEqual({ id: journey.id, name: journey.name, description: null });
    expect(structure?.stages.map((s) => [s.id, s.impact, s.touchpoints.map((t) => t.name)])).toEqual([
      [stage.id, { touchpoints: 2, assignments: 2 }, [touchpoint.name, "Later"]],
      [empty.id, { touchpoints: 0, assignments: 0 }, []],
    ]);
    expect(structure?.stages[0]?.touchpoints[1]).toMatchObject({
      channel: "PHONE",
      version: 0,
      impact: { assignments: 2 },
    });
  });

  it("finds nothing for another workspace's journey", async () => {
    const ours = await createMappedWorkspace();
    const theirs = await createMappedWorkspace();
    expect(
      await getJourneyStructure({ workspaceId: ours.workspace.id, journeyId: theirs.journey.id }),
    ).toBeNull();
  });

  it("reads in the same number of queries whatever the size", async () => {
    const small = await createMappedWorkspace({ departments: 1 });
    const large = await createMappedWorkspace({ departments: 4 });
    for (let s = 0; s < 3; s++) {
      const stage = await createStage({ journeyId: large.journey.id });
      for (let t = 0; t < 4; t++) {
        const touchpoint = await createTouchpoint({ stageId: stage.id });
        await setRole({ touchpointId: touchpoint.id, departmentId: large.departments[t]!.id, role: "A" });
      }
    }
    const read = (m: typeof small) => () =>
      getJourneyStructure({ workspaceId: m.workspace.id, journeyId: m.journey.id });
    expect(await countQueries(getDb(), read(large))).toBe(await countQueries(getDb(), read(small)));
    const overview = (m: typeof small) => () => getStructureOverview(m.workspace.id);
    expect(await countQueries(getDb(), overview(large))).toBe(await countQueries(getDb(), overview(small)));
  });
});
