import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCoverageHistory } from "../../lib/coverage/queries";
import { getUtcDayString, recordCoverageSnapshot } from "../../lib/coverage/snapshots";
import { getPrisma } from "../../lib/db/client";
import { withTransaction } from "../../lib/db/transaction";
import { applyAssignment } from "../../lib/matrix/assignments";
import { getCoverage } from "../../lib/ownership";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import { type Cell, insertWorkspace, workspaceArb } from "./coverage-workspace-arb";
import { createMappedWorkspace } from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const NONE: Cell = { role: null, claim: null };
const A: Cell = { role: "A", claim: null };
const claimA: Cell = { role: null, claim: { role: "A", status: "PENDING" } };

async function snapshotCounts(workspaceId: string) {
  return withTransaction((tx) => recordCoverageSnapshot(tx, workspaceId));
}

describe("recordCoverageSnapshot's SQL counts what lib/ownership counts", () => {
  it("on every contest shape DESIGN.md names", async () => {
    const { workspace, statuses } = await insertWorkspace([
      [
        [
          [A, A, NONE, NONE], // two A holders: contested
          [A, claimA, NONE, NONE], // holder + another department's pending A claim: contested
          [claimA, claimA, NONE, NONE], // two pending A claims, nobody holds A: contested
          [{ role: "A", claim: { role: "A", status: "PENDING" } }, NONE, NONE, NONE], // holder re-claims: owned
        ],
        [
          [A, { role: "R", claim: { role: "R", status: "PENDING" } }, NONE, NONE], // R claim ignored: owned
          [claimA, NONE, NONE, NONE], // a lone claim: unowned
          [A, { role: null, claim: { role: "A", status: "REJECTED" } }, NONE, NONE], // decided claim: owned
          [NONE, { role: "R", claim: null }, NONE, NONE], // nobody accountable: unowned
        ],
      ],
    ]);
    expect(statuses).toEqual([
      ...["CONTESTED", "CONTESTED", "CONTESTED", "OWNED"],
      ...["OWNED", "UNOWNED", "OWNED", "UNOWNED"],
    ]);
    expect(await snapshotCounts(workspace.id)).toEqual({
      touchpoints: 8,
      owned: 3,
      unowned: 2,
      contested: 3,
    });
  });

  it("on generated workspaces", async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (spec) => {
        const { workspace, statuses } = await insertWorkspace(spec);
        const { total, owned, unowned, contested } = getCoverage(statuses);
        expect(await snapshotCounts(workspace.id)).toEqual({ touchpoints: total, owned, unowned, contested });
      }),
      { numRuns: 25 },
    );
  });

  it("counts an empty workspace as zeros", async () => {
    const { workspace } = await insertWorkspace([[]]);
    expect(await snapshotCounts(workspace.id)).toEqual({
      touchpoints: 0,
      owned: 0,
      unowned: 0,
      contested: 0,
    });
  });
});

describe("snapshot rows", () => {
  it("keeps one row per workspace and UTC day, rewritten by later changes that day", async () => {
    const { workspace, touchpointIds } = await insertWorkspace([[[[NONE, NONE, NONE, NONE]]]]);
    const late = new Date("2031-03-04T23:59:00-05:00"); // already the 5th in UTC
    expect(getUtcDayString(late)).toBe("2031-03-05");
    await withTransaction((tx) => recordCoverageSnapshot(tx, workspace.id, { now: late }));
    const prisma = await getPrisma();
    const department = await prisma.department.findFirstOrThrow({ where: { workspaceId: workspace.id } });
    await prisma.assignment.create({
      data: {
        workspaceId: workspace.id,
        touchpointId: touchpointIds[0]!,
        departmentId: department.id,
        role: "A",
      },
    });
    await withTransaction((tx) => recordCoverageSnapshot(tx, workspace.id, { now: late }));
    const rows = await prisma.coverageSnapshot.findMany({ where: { workspaceId: workspace.id } });
    expect(rows).toMatchObject([{ touchpoints: 1, owned: 1, unowned: 0, contested: 0 }]);
    expect(rows[0]!.day.toISOString()).toBe("2031-03-05T00:00:00.000Z");
  });

  it("a cell edit writes today's snapshot in its transaction, and history reads it back", async () => {
    const { workspace, touchpoint, departments } = await createMappedWorkspace();
    const result = await applyAssignment({
      touchpointId: touchpoint.id,
      departmentId: departments[0]!.id,
      role: "A",
      expectedVersion: 0,
    });
    expect(result.ok).toBe(true);
    const history = await getCoverageHistory({ workspaceId: workspace.id });
    expect(history).toEqual([
      { day: getUtcDayString(new Date()), touchpoints: 1, owned: 1, unowned: 0, contested: 0, ratio: 1 },
    ]);

    // A refused edit (stale version) rolls its snapshot back with everything else.
    await applyAssignment({
      touchpointId: touchpoint.id,
      departmentId: departments[1]!.id,
      role: "A",
      expectedVersion: 0,
    });
    expect((await getCoverageHistory({ workspaceId: workspace.id }))[0]?.contested).toBe(0);
  });
});
