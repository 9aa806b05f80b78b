// The matrix's outcome column (issue #14, item 6): each touchpoint of the journey with a target gets the outcome
// report's summary (status, counts, worst miss), read in a fixed number of queries however large the journey.
import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { getMatrixOutcomes } from "../../lib/matrix/queries";
import type { Month } from "../../lib/outcomes/rules";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import * as f from "./factories";

const getDb = registerTestDb();

const MONTH: Month = "2026-06";

async function createMeasures(workspaceId: string) {
  const prisma = await getPrisma();
  const [csat, complaints] = await Promise.all([
    prisma.measure.create({
      data: { workspaceId, name: "CSAT", kind: "SCORE", direction: "HIGHER", scaleMin: 1, scaleMax: 5 },
    }),
    prisma.measure.create({ data: { workspaceId, name: "Complaints", kind: "COUNT", direction: "LOWER" } }),
  ]);
  return { csat, complaints };
}

/** A target on the touchpoint (or the journey itself) with its readings by month. */
async function addTarget(opts: {
  workspaceId: string;
  journeyId: string;
  touchpointId: string | null;
  measureId: string;
  target: number;
  readings?: Record<Month, number>;
}) {
  const prisma = await getPrisma();
  const scope = {
    workspaceId: opts.workspaceId,
    measureId: opts.measureId,
    journeyId: opts.journeyId,
    touchpointId: opts.touchpointId,
    scopeId: opts.touchpointId ?? opts.journeyId,
  };
  await prisma.outcomeTarget.create({ data: { ...scope, value: opts.target } });
  await prisma.outcomeReading.createMany({
    data: Object.entries(opts.readings ?? {}).map(([month, value]) => ({ ...scope, month, value })),
  });
}

async function createJourneyWithTouchpoints(workspaceId: string, count: number) {
  const journey = await f.createJourney({ workspaceId });
  const stage = await f.createStage({ journeyId: journey.id });
  const touchpoints = [];
  for (let i = 0; i < count; i++) touchpoints.push(await f.createTouchpoint({ stageId: stage.id }));
  return { journey, touchpoints };
}

describe("getMatrixOutcomes", () => {
  it("summarises each touchpoint's targets for the month, leaving out those without any", async () => {
    const workspace = await f.createWorkspace();
    const { csat, complaints } = await createMeasures(workspace.id);
    const { journey, touchpoints } = await createJourneyWithTouchpoints(workspace.id, 4);
    const [missing, meeting, unread, bare] = touchpoints as [
      (typeof touchpoints)[0],
      (typeof touchpoints)[0],
      (typeof touchpoints)[0],
      (typeof touchpoints)[0],
    ];
    const on = { workspaceId: workspace.id, journeyId: journey.id };
    // Two misses: CSAT by 1.1 of a 4-point scale, complaints by 15 over a target of 20 (the worse share).
    await addTarget({
      ...on,
      touchpointId: missing.id,
      measureId: csat.id,
      target: 4.2,
      readings: { "2026-05": 3.1 },
    });
    await addTarget({
      ...on,
      touchpointId: missing.id,
      measureId: complaints.id,
      target: 20,
      readings: { [MONTH]: 35 },
    });
    await addTarget({
      ...on,
      touchpointId: meeting.id,
      measureId: csat.id,
      target: 4,
      readings: { [MONTH]: 4.5 },
    });
    await addTarget({
      ...on,
      touchpointId: meeting.id,
      measureId: complaints.id,
      target: 20,
      readings: { [MONTH]: 3 },
    });
    // A reading two months back no longer counts.
    await addTarget({
      ...on,
      touchpointId: unread.id,
      measureId: csat.id,
      target: 4,
      readings: { "2026-04": 4.5 },
    });
    await addTarget({
      ...on,
      touchpointId: unread.id,
      measureId: complaints.id,
      target: 20,
      readings: { [MONTH]: 3 },
    });
    // The journey's own target, and another journey's touchpoint: neither is a row of this matrix.
    await addTarget({ ...on, touchpointId: null, measureId: csat.id, target: 4, readings: { [MONTH]: 1 } });
    const other = await createJourneyWithTouchpoints(workspace.id, 1);
    await addTarget({
      workspaceId: workspace.id,
      journeyId: other.journey.id,
      touchpointId: other.touchpoints[0]!.id,
      measureId: csat.id,
      target: 4,
      readings: { [MONTH]: 1 },
    });

    const outcomes = await getMatrixOutcomes({
      workspaceId: workspace.id,
      journeyId: journey.id,
      month: MONTH,
    });
    expect(Object.keys(outcomes).sort()).toEqual([missing.id, meeting.id, unread.id].sort());
    expect(outcomes[bare.id]).toBeUndefined();
    expect(outcomes[missing.id]).toEqual({
      status: "OFF_TARGET",
      counts: { targets: 2, onTarget: 0, offTarget: 2, noData: 0 },
      worst: { measure: "Complaints", value: 35, target: 20 },
    });
    expect(outcomes[meeting.id]).toEqual({
      status: "ON_TARGET",
      counts: { targets: 2, onTarget: 2, offTarget: 0, noData: 0 },
      worst: null,
    });
    expect(outcomes[unread.id]).toEqual({
      status: "NO_DATA",
      counts: { targets: 2, onTarget: 1, offTarget: 0, noData: 1 },
      worst: null,
    });
  });

  it("finds nothing for another workspace's journey", async () => {
    const ours = await f.createWorkspace();
    const theirs = await f.createWorkspace();
    const { csat } = await createMeasures(theirs.id);
    const { journey, touchpoints } = await createJourneyWithTouchpoints(theirs.id, 1);
    await addTarget({
      workspaceId: theirs.id,
      journeyId: journey.id,
      touchpointId: touchpoints[0]!.id,
      measureId: csat.id,
      target: 4,
      readings: { [MONTH]: 1 },
    });
    expect(await getMatrixOutcomes({ workspaceId: ours.id, journeyId: journey.id, month: MONTH })).toEqual(
      {},
    );
  });

  it("reads in the same number of queries for 2 touchpoints and 60", async () => {
    const read = async (count: number) => {
      const workspace = await f.createWorkspace();
      const { csat, complaints } = await createMeasures(workspace.id);
      const { journey, touchpoints } = await createJourneyWithTouchpoints(workspace.id, count);
      for (const [i, t] of touchpoints.entries()) {
        const on = { workspaceId: workspace.id, journeyId: journey.id, touchpointId: t.id };
        await addTarget({ ...on, measureId: csat.id, target: 4, readings: { [MONTH]: 3 + (i % 3) } });
        await addTarget({ ...on, measureId: complaints.id, target: 20, readings: { "2026-05": 10 + i } });
      }
      let outcomes: Awaited<ReturnType<typeof getMatrixOutcomes>> = {};
      const queries = await countQueries(getDb(), async () => {
        outcomes = await getMatrixOutcomes({
          workspaceId: workspace.id,
          journeyId: journey.id,
          month: MONTH,
        });
      });
      expect(Object.keys(outcomes)).toHaveLength(count);
      return queries;
    };
    const small = await read(2);
    expect(await read(60)).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });
});
