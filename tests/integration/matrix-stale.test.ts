// The matrix flags stale ownership (DESIGN.md, Verification) by the rule the coverage report counts with: owned
// and not confirmed within the workspace's cadence, judged at one moment for every row; a change of A confirms.
import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { setAssignment } from "../../lib/matrix/actions";
import { getJourneyMatrix } from "../../lib/matrix/queries";
import { getDepartmentVerification } from "../../lib/verification/queries";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import * as f from "./factories";

const getDb = registerTestDb();
signInAsLeadOfNewWorkspaces();

const DAY = 86_400_000;

/** Backdates a touchpoint's confirmation to `days` days before `asOf`. */
async function age(touchpointId: string, days: number, asOf = new Date()) {
  const prisma = await getPrisma();
  await prisma.touchpoint.update({
    where: { id: touchpointId },
    data: { ownershipConfirmedAt: new Date(asOf.getTime() - days * DAY) },
  });
}

async function staleRows(map: { workspace: { id: string }; journey: { id: string } }, asOf?: Date) {
  const matrix = await getJourneyMatrix({ workspaceId: map.workspace.id, journeyId: map.journey.id, asOf });
  if (!matrix) throw new Error("the journey's matrix was expected");
  const rows = matrix.stages.flatMap((s) => s.touchpoints);
  return { matrix, rows, stale: rows.filter((t) => t.isStale).map((t) => t.name) };
}

describe("the matrix's stale flags", () => {
  it("flag owned rows confirmed longer ago than the cadence, never unowned or contested ones", async () => {
    const map = await f.createMappedWorkspace({ departments: 2 });
    const [billing, support] = map.departments;
    const add = async (name: string, owners: string[], days: number) => {
      const touchpoint = await f.createTouchpoint({ stageId: map.stage.id, name });
      for (const departmentId of owners)
        await f.setRole({ touchpointId: touchpoint.id, departmentId, role: "A" });
      await age(touchpoint.id, days);
      return touchpoint;
    };
    await add("Old", [billing!.id], 91);
    await add("Recent", [billing!.id], 89);
    await add("Support's old", [support!.id], 400);
    await add("Fought over", [billing!.id, support!.id], 400);
    await add("Nobody's", [], 400);

    const { rows, stale, matrix } = await staleRows(map);
    expect(stale).toEqual(["Old", "Support's old"]);
    expect(matrix.verification.cadenceDays).toBe(90);
    const old = rows.find((t) => t.name === "Old")!;
    expect(old.confirmedAt!.getTime()).toBeLessThan(Date.now() - 90 * DAY);

    // The same rows the SQL twin (staleSql, through the verification query) finds, as of the same moment.
    const asOf = matrix.verification.asOf;
    const twin = await Promise.all(
      [billing!, support!].map((d) =>
        getDepartmentVerification({ workspaceId: map.workspace.id, departmentId: d.id, asOf }),
      ),
    );
    const twinStale = twin.flatMap((v) => v.items.filter((i) => i.stale).map((i) => i.touchpointName));
    expect(twinStale.sort()).toEqual([...stale].sort());
  });

  it("follow the workspace's cadence and the moment they are judged at", async () => {
    const map = await f.createMappedWorkspace({ departments: 1 });
    const [billing] = map.departments;
    await f.setRole({ touchpointId: map.touchpoint.id, departmentId: billing!.id, role: "A" });
    await age(map.touchpoint.id, 45);
    expect((await staleRows(map)).stale).toEqual([]);
    expect((await staleRows(map, new Date(Date.now() + 46 * DAY))).stale).toEqual([map.touchpoint.name]);

    const prisma = await getPrisma();
    await prisma.workspace.update({ where: { id: map.workspace.id }, data: { verificationCadenceDays: 30 } });
    const { stale, matrix } = await staleRows(map);
    expect(stale).toEqual([map.touchpoint.name]);
    expect(matrix.verification.cadenceDays).toBe(30);
  });

  it("clear when A changes hands through the matrix, and stay when another role changes", async () => {
    const map = await f.createMappedWorkspace({ departments: 2 });
    const [billing, support] = map.departments;
    await f.setRole({ touchpointId: map.touchpoint.id, departmentId: billing!.id, role: "A" });
    await age(map.touchpoint.id, 200);
    expect((await staleRows(map)).stale).toEqual([map.touchpoint.name]);

    const edit = (departmentId: string, role: "A" | "R" | null, expectedVersion: number) =>
      setAssignment({ touchpointId: map.touchpoint.id, departmentId, role, expectedVersion });
    expect(await edit(support!.id, "R", 0)).toMatchObject({ ok: true });
    expect((await staleRows(map)).stale).toEqual([map.touchpoint.name]);

    // Billing's A goes to Support: contested for a moment, then owned by Support and confirmed by the change.
    expect(await edit(support!.id, "A", 1)).toMatchObject({ ok: true });
    expect(await edit(billing!.id, null, 2)).toMatchObject({ ok: true });
    const { rows, stale } = await staleRows(map);
    expect(stale).toEqual([]);
    expect(rows[0]).toMatchObject({ status: "OWNED", ownerId: support!.id, isStale: false });
  });

  it("read in as many queries with stale rows as without", async () => {
    const fresh = await f.createMappedWorkspace({ departments: 2 });
    const aged = await f.createMappedWorkspace({ departments: 2 });
    for (let t = 0; t < 12; t++) {
      const touchpoint = await f.createTouchpoint({ stageId: aged.stage.id });
      await f.setRole({ touchpointId: touchpoint.id, departmentId: aged.departments[t % 2]!.id, role: "A" });
      await age(touchpoint.id, 100 + t);
    }
    const read = (map: typeof fresh) => () =>
      getJourneyMatrix({ workspaceId: map.workspace.id, journeyId: map.journey.id });
    expect(await countQueries(getDb(), read(aged))).toBe(await countQueries(getDb(), read(fresh)));
    expect((await staleRows(aged)).stale).toHaveLength(12);
  });
});
