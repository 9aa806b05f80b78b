import "server-only";
import { getPrisma } from "../db/client";
import type { TChannel } from "../map/channels";
import type { DepartmentImpact, JourneyImpact, StageImpact, TouchpointImpact } from "./impact";

export type StructureDepartment = {
  id: string;
  name: string;
  color: string;
  description: string | null;
  /** What a delete would take with it; `members` > 0 blocks the delete. */
  impact: DepartmentImpact;
  /** Its department heads: with none, it is headless and every touchpoint it is Accountable for is at risk. */
  heads: number;
  /** Touchpoints it holds A on. */
  accountable: number;
};
export type StructureJourney = {
  id: string;
  name: string;
  description: string | null;
  impact: JourneyImpact;
};
export type StructureOverview = { departments: StructureDepartment[]; journeys: StructureJourney[] };

export type StructureTouchpoint = {
  id: string;
  name: string;
  description: string | null;
  channel: TChannel;
  version: number;
  impact: TouchpointImpact;
};
export type StructureStage = {
  id: string;
  name: string;
  description: string | null;
  impact: StageImpact;
  touchpoints: StructureTouchpoint[];
};
export type JourneyStructure = {
  journey: { id: string; name: string; description: string | null };
  stages: StructureStage[];
};

function countsBy<K extends string>(
  rows: ({ _count: { _all: number } } & Record<K, string | null>)[],
  key: K,
) {
  const counts = new Map<string | null, number>();
  for (const row of rows) counts.set(row[key], (counts.get(row[key]) ?? 0) + row._count._all);
  return counts;
}

/** Departments and journeys in order, with what deleting each would take with it, in a fixed number of reads. */
export async function getStructureOverview(workspaceId: string): Promise<StructureOverview> {
  const prisma = await getPrisma();
  const where = { workspaceId };
  const [departments, journeys, roles, claims, members, stages, touchpoints, journeyRoles] =
    await Promise.all([
      prisma.department.findMany({
        where,
        orderBy: { position: "asc" },
        select: { id: true, name: true, color: true, description: true },
      }),
      prisma.journey.findMany({
        where,
        orderBy: { position: "asc" },
        select: { id: true, name: true, description: true },
      }),
      // By role too: the A count says what a headless department puts at risk.
      prisma.assignment.groupBy({ by: ["departmentId", "role"], where, _count: { _all: true } }),
      prisma.claim.groupBy({
        by: ["departmentId"],
        where: { ...where, status: "PENDING" },
        _count: { _all: true },
      }),
      prisma.membership.groupBy({ by: ["departmentId", "role"], where, _count: { _all: true } }),
      prisma.stage.groupBy({ by: ["journeyId"], where, _count: { _all: true } }),
      prisma.touchpoint.groupBy({ by: ["journeyId"], where, _count: { _all: true } }),
      prisma.$queryRaw<{ journeyId: string; count: number }[]>`
      SELECT t."journeyId"::text AS "journeyId", count(*)::int AS "count"
      FROM "Assignment" a JOIN "Touchpoint" t ON t."id" = a."touchpointId"
      WHERE a."workspaceId" = ${workspaceId}::uuid
      GROUP BY t."journeyId"`,
    ]);
  const roleCounts = countsBy(roles, "departmentId");
  const claimCounts = countsBy(claims, "departmentId");
  const memberCounts = countsBy(members, "departmentId");
  const headCounts = countsBy(
    members.filter((row) => row.role === "DEPARTMENT_HEAD"),
    "departmentId",
  );
  const accountableCounts = countsBy(
    roles.filter((row) => row.role === "A"),
    "departmentId",
  );
  const stageCounts = countsBy(stages, "journeyId");
  const touchpointCounts = countsBy(touchpoints, "journeyId");
  const journeyRoleCounts = new Map(journeyRoles.map((row) => [row.journeyId, row.count]));
  return {
    departments: departments.map((d) => ({
      ...d,
      impact: {
        assignments: roleCounts.get(d.id) ?? 0,
        pendingClaims: claimCounts.get(d.id) ?? 0,
        members: memberCounts.get(d.id) ?? 0,
      },
      heads: headCounts.get(d.id) ?? 0,
      accountable: accountableCounts.get(d.id) ?? 0,
    })),
    journeys: journeys.map((j) => ({
      ...j,
      impact: {
        stages: stageCounts.get(j.id) ?? 0,
        touchpoints: touchpointCounts.get(j.id) ?? 0,
        assignments: journeyRoleCounts.get(j.id) ?? 0,
      },
    })),
  };
}

/** One journey's stages and touchpoints in order, scoped to the workspace; null when it is not there. */
export async function getJourneyStructure(opts: {
  workspaceId: string;
  journeyId: string;
}): Promise<JourneyStructure | null> {
  const prisma = await getPrisma();
  const journey = await prisma.journey.findFirst({
    where: { id: opts.journeyId, workspaceId: opts.workspaceId },
    select: { id: true, name: true, description: true },
  });
  if (!journey) return null;
  const where = { workspaceId: opts.workspaceId, journeyId: journey.id };
  const [stages, touchpoints, roles] = await Promise.all([
    prisma.stage.findMany({
      where,
      orderBy: { position: "asc" },
      select: { id: true, name: true, description: true },
    }),
    prisma.touchpoint.findMany({
      where,
      orderBy: [{ stageId: "asc" }, { position: "asc" }],
      select: { id: true, stageId: true, name: true, description: true, channel: true, version: true },
    }),
    prisma.assignment.groupBy({
      by: ["touchpointId"],
      where: { workspaceId: opts.workspaceId, touchpoint: { journeyId: journey.id } },
      _count: { _all: true },
    }),
  ]);
  const roleCounts = countsBy(roles, "touchpointId");
  const byStage = new Map<string, StructureTouchpoint[]>();
  for (const { stageId, ...touchpoint } of touchpoints) {
    const list = byStage.get(stageId) ?? [];
    list.push({ ...touchpoint, impact: { assignments: roleCounts.get(touchpoint.id) ?? 0 } });
    byStage.set(stageId, list);
  }
  return {
    journey,
    stages: stages.map((stage) => {
      const list = byStage.get(stage.id) ?? [];
      const assignments = list.reduce((sum, t) => sum + t.impact.assignments, 0);
      return { ...stage, touchpoints: list, impact: { touchpoints: list.length, assignments } };
    }),
  };
}
