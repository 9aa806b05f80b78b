import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getCoverageHistory } from "../../lib/coverage/queries";
import { countCoverage, getUtcDayString, recordCoverageSnapshot } from "../../lib/coverage/snapshots";
import { getPrisma } from "../../lib/db/client";
import { withTransaction } from "../../lib/db/transaction";
import { setAssignment } from "../../lib/matrix/actions";
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
  return countCoverage(await getPrisma(), workspaceId);
}

describe("the snapshot SQL counts what lib/ownership counts", () => {
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

const at = (day: string) => new Date(`${day}T12:00:00Z`);

/** One ownership change on a given UTC day, the way every action makes it: write, then record. */
async function setRole(opts: {
  workspaceId: string;
  touchpointId: string;
  departmentId: string;
  role: "A" | "R";
  day: string;
}) {
  await withTransaction(async (tx) => {
    const key = {
      touchpointId_departmentId: { touchpointId: opts.touchpointId, departmentId: opts.departmentId },
    };
    await tx.assignment.upsert({
      where: key,
      create: {
        workspaceId: opts.workspaceId,
        touchpointId: opts.touchpointId,
        departmentId: opts.departmentId,
        role: opts.role,
      },
      update: { role: opts.role },
    });
    await recordCoverageSnapshot(tx, opts.workspaceId, { now: at(opts.day) });
  });
}

async function storedRows(workspaceId: string) {
  const prisma = await getPrisma();
  const rows = await prisma.coverageSnapshot.findMany({
    where: { workspaceId },
    orderBy: { day: "asc" },
    select: { day: true, touchpoints: true, owned: true, unowned: true, contested: true },
  });
  return rows.map((row) => ({ ...row, day: getUtcDayString(row.day) }));
}

async function mappedWorkspace(touchpoints: number) {
  const { workspace, touchpointIds } = await insertWorkspace([
    [Array.from({ length: touchpoints }, () => [NONE, NONE, NONE, NONE])],
  ]);
  const prisma = await getPrisma();
  const departments = await prisma.department.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return { workspaceId: workspace.id, touchpointIds, departmentIds: departments.map((d) => d.id) };
}

describe("coverage history", () => {
  it("stores each past day's closing counts once, at the first change of a later day, and counts today live", async () => {
    const { workspaceId, touchpointIds, departmentIds } = await mappedWorkspace(3);
    const [d0, d1] = departmentIds as [string, string];
    const [t0, t1, t2] = touchpointIds as [string, string, string];
    await setRole({ workspaceId, touchpointId: t0, departmentId: d0, role: "A", day: "2031-03-01" });
    await setRole({ workspaceId, touchpointId: t1, departmentId: d0, role: "A", day: "2031-03-01" });
    // Changes on a day already marked write nothing: no row to fight over.
    expect(await storedRows(workspaceId)).toEqual([]);
    expect(await getCoverageHistory({ workspaceId, now: at("2031-03-01") })).toEqual([
      { day: "2031-03-01", touchpoints: 3, owned: 2, unowned: 1, contested: 0, ratio: 2 / 3 },
    ]);

    // Nothing on the 2nd; the first change on the 4th stores the 1st's closing counts (before that change).
    await setRole({ workspaceId, touchpointId: t0, departmentId: d1, role: "A", day: "2031-03-04" });
    await setRole({ workspaceId, touchpointId: t2, departmentId: d1, role: "A", day: "2031-03-04" });
    const closing1 = { day: "2031-03-01", touchpoints: 3, owned: 2, unowned: 1, contested: 0 };
    expect(await storedRows(workspaceId)).toEqual([closing1]);
    expect(await getCoverageHistory({ workspaceId, now: at("2031-03-04") })).toEqual([
      { ...closing1, ratio: 2 / 3 },
      { day: "2031-03-04", touchpoints: 3, owned: 2, unowned: 0, contested: 1, ratio: 2 / 3 },
    ]);
    // Read later, the 4th is still live until a change on another day closes it.
    expect(await getCoverageHistory({ workspaceId, now: at("2031-03-09") })).toEqual([
      { ...closing1, ratio: 2 / 3 },
      { day: "2031-03-09", touchpoints: 3, owned: 2, unowned: 0, contested: 1, ratio: 2 / 3 },
    ]);
    await setRole({ workspaceId, touchpointId: t0, departmentId: d1, role: "R", day: "2031-03-09" });
    expect(await storedRows(workspaceId)).toEqual([
      closing1,
      { day: "2031-03-04", touchpoints: 3, owned: 2, unowned: 0, contested: 1 },
    ]);
    // Only the last 90 days are read.
    expect((await getCoverageHistory({ workspaceId, now: at("2031-07-01") })).map((p) => p.day)).toEqual([
      "2031-07-01",
    ]);
  });

  it("uses the UTC day, whatever the server's time zone", async () => {
    const { workspaceId, touchpointIds, departmentIds } = await mappedWorkspace(1);
    const late = new Date("2031-03-04T23:59:00-05:00"); // already the 5th in UTC
    expect(getUtcDayString(late)).toBe("2031-03-05");
    await withTransaction(async (tx) => {
      await tx.assignment.create({
        data: { workspaceId, touchpointId: touchpointIds[0]!, departmentId: departmentIds[0]!, role: "A" },
      });
      await recordCoverageSnapshot(tx, workspaceId, { now: late });
    });
    await setRole({
      workspaceId,
      touchpointId: touchpointIds[0]!,
      departmentId: departmentIds[1]!,
      role: "A",
      day: "2031-03-06",
    });
    expect(await storedRows(workspaceId)).toEqual([
      { day: "2031-03-05", touchpoints: 1, owned: 1, unowned: 0, contested: 0 },
    ]);
  });

  it("is exact with many writers at once, also racing to close the previous day", async () => {
    const { workspaceId, touchpointIds, departmentIds } = await mappedWorkspace(24);
    const writers = (day: string, role: "A" | "R", departmentId: string, ids: readonly string[]) =>
      Promise.all(ids.map((touchpointId) => setRole({ workspaceId, touchpointId, departmentId, role, day })));
    const prisma = await getPrisma();
    await writers("2031-05-01", "A", departmentIds[0]!, touchpointIds.slice(0, 12));
    const closing1 = await countCoverage(prisma, workspaceId);
    expect(closing1).toEqual({ touchpoints: 24, owned: 12, unowned: 12, contested: 0 });
    // Every writer of the 2nd is the "first" change of its day until one has closed the 1st.
    await writers("2031-05-02", "A", departmentIds[1]!, touchpointIds.slice(6, 18));
    const closing2 = await countCoverage(prisma, workspaceId);
    expect(closing2).toEqual({ touchpoints: 24, owned: 12, unowned: 6, contested: 6 });
    await writers("2031-05-03", "R", departmentIds[2]!, touchpointIds.slice(0, 24));
    expect(await storedRows(workspaceId)).toEqual([
      { day: "2031-05-01", ...closing1 },
      { day: "2031-05-02", ...closing2 },
    ]);
    const live = await countCoverage(prisma, workspaceId);
    expect(await getCoverageHistory({ workspaceId, now: at("2031-05-03") })).toEqual([
      { day: "2031-05-01", ...closing1, ratio: 0.5 },
      { day: "2031-05-02", ...closing2, ratio: 0.5 },
      { day: "2031-05-03", ...live, ratio: 0.5 },
    ]);
  });

  it("has nothing for a workspace in which ownership never changed", async () => {
    const { workspaceId } = await mappedWorkspace(2);
    expect(await getCoverageHistory({ workspaceId })).toEqual([]);
  });

  it("a cell edit shows up in today's live point; a refused edit changes nothing", async () => {
    const { workspace, touchpoint, departments } = await createMappedWorkspace();
    const result = await setAssignment({
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

    // A refused edit (stale version) rolls back with everything else.
    await setAssignment({
      touchpointId: touchpoint.id,
      departmentId: departments[1]!.id,
      role: "A",
      expectedVersion: 0,
    });
    expect((await getCoverageHistory({ workspaceId: workspace.id }))[0]?.contested).toBe(0);
  });

  it("a transaction that fails after closing the day still leaves the day closed, and its change undone", async () => {
    const { workspaceId, touchpointIds, departmentIds } = await mappedWorkspace(1);
    await setRole({
      workspaceId,
      touchpointId: touchpointIds[0]!,
      departmentId: departmentIds[0]!,
      role: "A",
      day: "2031-07-01",
    });
    const failing = withTransaction(async (tx) => {
      await tx.assignment.create({
        data: { workspaceId, touchpointId: touchpointIds[0]!, departmentId: departmentIds[1]!, role: "A" },
      });
      await recordCoverageSnapshot(tx, workspaceId, { now: at("2031-07-02") });
      throw new Error("refused after recording");
    });
    await expect(failing).rejects.toThrow("refused after recording");
    const closing = { day: "2031-07-01", touchpoints: 1, owned: 1, unowned: 0, contested: 0 };
    expect(await storedRows(workspaceId)).toEqual([closing]);
    expect(await getCoverageHistory({ workspaceId, now: at("2031-07-02") })).toEqual([
      { ...closing, ratio: 1 },
      { ...closing, day: "2031-07-02", ratio: 1 },
    ]);
  });
});
