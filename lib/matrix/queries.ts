import "server-only";
import { getPrisma } from "../db/client";
import type { TChannel } from "../map/channels";
import { summarizeTouchpoints, type TouchpointOutcomeSummary } from "../outcomes/report";
import { getOutcomeReport } from "../outcomes/report-queries";
import type { Month } from "../outcomes/rules";
import {
  attachRoles,
  type Coverage,
  getJourneySummary,
  groupBy,
  type Handoff,
  isOwnershipStale,
  type RaciRole,
  type StageStatus,
  type TouchpointOwnership,
} from "../ownership";

export type MatrixDepartment = { id: string; name: string; color: string };
export type MatrixTouchpoint = TouchpointOwnership & {
  id: string;
  stageId: string;
  name: string;
  description: string | null;
  channel: TChannel;
  version: number;
  /** Role by department id; departments without a role are absent. */
  roles: Record<string, RaciRole>;
  /** When its A last changed hands or was confirmed (DESIGN.md, Verification). */
  confirmedAt: Date | null;
  /** Owned and not confirmed within the workspace's cadence, as of the matrix's `asOf`: a flag, never a status. */
  isStale: boolean;
};
export type MatrixStage = {
  id: string;
  name: string;
  status: StageStatus;
  coverage: Coverage;
  touchpoints: MatrixTouchpoint[];
};
export type JourneyMatrix = {
  journey: { id: string; name: string; description: string | null };
  departments: MatrixDepartment[];
  stages: MatrixStage[];
  coverage: Coverage;
  handoffs: Handoff[];
  /** What the stale flags were judged with: the workspace's cadence, as of one moment for every row. */
  verification: { cadenceDays: number; asOf: Date };
};

/**
 * One journey's matrix in a fixed number of queries (the journey with its workspace's cadence, then five reads
 * in parallel), scoped to the workspace so another tenant's journey id finds nothing. Stale is judged as of
 * `asOf` (default now): a page passes its one `now` so every row is judged at the same moment.
 */
export async function getJourneyMatrix(opts: {
  workspaceId: string;
  journeyId: string;
  asOf?: Date;
}): Promise<JourneyMatrix | null> {
  const prisma = await getPrisma();
  const asOf = opts.asOf ?? new Date();
  const found = await prisma.journey.findFirst({
    where: { id: opts.journeyId, workspaceId: opts.workspaceId },
    select: {
      id: true,
      name: true,
      description: true,
      workspace: { select: { verificationCadenceDays: true } },
    },
  });
  if (!found) return null;
  const { workspace, ...journey } = found;
  const cadenceDays = workspace.verificationCadenceDays;

  const inJourney = { touchpoint: { journeyId: journey.id } };
  const [departments, stages, touchpoints, assignments, openClaims] = await Promise.all([
    prisma.department.findMany({
      where: { workspaceId: opts.workspaceId },
      orderBy: { position: "asc" },
      select: { id: true, name: true, color: true },
    }),
    prisma.stage.findMany({
      where: { journeyId: journey.id },
      orderBy: { position: "asc" },
      select: { id: true, name: true, position: true },
    }),
    prisma.touchpoint.findMany({
      where: { journeyId: journey.id },
      select: {
        id: true,
        stageId: true,
        position: true,
        name: true,
        description: true,
        channel: true,
        version: true,
        ownershipConfirmedAt: true,
      },
    }),
    prisma.assignment.findMany({
      where: inJourney,
      select: { touchpointId: true, departmentId: true, role: true },
    }),
    prisma.claim.findMany({
      where: { ...inJourney, status: "PENDING", role: "A" },
      select: { touchpointId: true, departmentId: true, role: true },
    }),
  ]);

  const withRoles = attachRoles({ touchpoints, assignments, openClaims });
  const summary = getJourneySummary({ stages, touchpoints: withRoles });
  const byId = new Map(withRoles.map((t) => [t.id, t]));
  const rows = groupBy(
    summary.touchpoints.map((ownership): MatrixTouchpoint => {
      const t = byId.get(ownership.touchpointId)!;
      return {
        ...ownership,
        id: t.id,
        name: t.name,
        description: t.description,
        channel: t.channel,
        version: t.version,
        roles: Object.fromEntries(t.assignments.map((a) => [a.departmentId, a.role])),
        confirmedAt: t.ownershipConfirmedAt,
        isStale: isOwnershipStale({
          status: ownership.status,
          confirmedAt: t.ownershipConfirmedAt,
          cadenceDays,
          now: asOf,
        }),
      };
    }),
    (row) => row.stageId,
  );
  const stageSummaries = new Map(summary.stages.map((s) => [s.stageId, s]));

  return {
    journey,
    departments,
    stages: stages.map((stage) => {
      const s = stageSummaries.get(stage.id)!;
      return {
        id: stage.id,
        name: stage.name,
        status: s.status,
        coverage: s.coverage,
        touchpoints: rows.get(stage.id) ?? [],
      };
    }),
    coverage: summary.coverage,
    handoffs: summary.handoffs,
    verification: { cadenceDays, asOf },
  };
}

/** What a matrix row shows of its touchpoint's outcomes: the summary of report.ts, slimmed for the browser. */
export type MatrixOutcome = Pick<TouchpointOutcomeSummary, "status" | "counts"> & {
  worst: { measure: string; value: number; target: number } | null;
};

/**
 * The outcome of each touchpoint of a journey with at least one target, by touchpoint id: the outcome report's
 * own reads (a fixed number, whatever the journey's size) and rules, so the matrix agrees with the dashboard.
 * The page runs it beside getJourneyMatrix.
 */
export async function getMatrixOutcomes(opts: {
  workspaceId: string;
  journeyId: string;
  month?: Month;
}): Promise<Record<string, MatrixOutcome>> {
  const report = await getOutcomeReport({
    workspaceId: opts.workspaceId,
    month: opts.month,
    filters: { journeyId: opts.journeyId },
  });
  // A journey of another workspace is dropped from the filter: its report is not this journey's.
  if (report.filters.journeyId !== opts.journeyId) return {};
  const outcomes: Record<string, MatrixOutcome> = {};
  for (const [touchpointId, summary] of summarizeTouchpoints(report.targets)) {
    const { worst } = summary;
    outcomes[touchpointId] = {
      status: summary.status,
      counts: summary.counts,
      worst: worst && { measure: worst.measure.name, value: worst.value, target: worst.target },
    };
  }
  return outcomes;
}
