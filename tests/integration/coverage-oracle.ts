// The oracle for lib/coverage's SQL report: the same report built in memory from every row, each number
// by lib/ownership's rules. Pure (no I/O), so tests can also feed it generated rows.

import type { CoverageReport, FlaggedStage, Named, ReportJourney } from "../../lib/coverage/report-types";
import type { ListLimits, TCoverageFilters } from "../../lib/coverage/schemas";
import type { TChannel } from "../../lib/map/channels";
import {
  attachRoles,
  combineCoverage,
  getCoverage,
  getDepartmentLoad,
  getJourneySummary,
  getStageStatus,
  groupBy,
  isOwnershipStale,
  type JourneyHandoffs,
  type RaciRole,
  summarizeHandoffs,
  type TouchpointRoles,
} from "../../lib/ownership";
import { type ListedTouchpoint, sortTouchpoints, toReportTouchpoint } from "./coverage-oracle-lists";

/** Flat rows as the database holds them. */
export type CoverageRows = {
  departments: (Named & { color: string })[];
  journeys: Named[];
  stages: (Named & { journeyId: string; position: number })[];
  touchpoints: (Named & {
    journeyId: string;
    stageId: string;
    position: number;
    channel: TChannel;
    ownershipConfirmedAt: Date | null;
  })[];
  assignments: { touchpointId: string; departmentId: string; role: RaciRole }[];
  pendingClaims: { touchpointId: string; departmentId: string; role: RaciRole }[];
  verificationCadenceDays: number;
};

const NO_LIMITS: ListLimits = { unowned: null, contested: null, handoffs: null, stale: null };
const cap = <T>(list: T[], limit: number | null): T[] => (limit === null ? list : list.slice(0, limit));

const toNamed = ({ id, name }: Named): Named => ({ id, name });

function applyKnownFilters(rows: CoverageRows, filters: TCoverageFilters): TCoverageFilters {
  const isJourney = rows.journeys.some((j) => j.id === filters.journeyId);
  const isDepartment = rows.departments.some((d) => d.id === filters.departmentId);
  return {
    journeyId: isJourney ? filters.journeyId : undefined,
    departmentId: isDepartment ? filters.departmentId : undefined,
    sort: filters.sort,
  };
}

export function buildCoverageReport(
  rows: CoverageRows,
  requested: TCoverageFilters,
  limits: ListLimits = NO_LIMITS,
  asOf: Date = new Date(),
): CoverageReport {
  const cadenceDays = rows.verificationCadenceDays;
  const filters = applyKnownFilters(rows, requested);
  const { departmentId } = filters;
  const departmentNames = new Map(rows.departments.map((d) => [d.id, d.name]));
  const stagesByJourney = groupBy(rows.stages, (s) => s.journeyId);
  const withRoles = attachRoles({
    touchpoints: rows.touchpoints,
    assignments: rows.assignments,
    openClaims: rows.pendingClaims.filter((c) => c.role === "A"),
  });
  const touchpointsByJourney = groupBy(withRoles, (t) => t.journeyId);
  const claimsByTouchpoint = groupBy(rows.pendingClaims, (c) => c.touchpointId);
  // The department filter keeps the touchpoints it holds a role on or has a pending claim for.
  const isIncluded = (t: (typeof withRoles)[number]): boolean =>
    !departmentId ||
    t.assignments.some((a) => a.departmentId === departmentId) ||
    (claimsByTouchpoint.get(t.id) ?? []).some((c) => c.departmentId === departmentId);

  const journeys: ReportJourney[] = [];
  const flaggedStages: FlaggedStage[] = [];
  const listed: ListedTouchpoint[] = [];
  const stale: (ListedTouchpoint & { confirmedAt: Date | null; ownerId: string })[] = [];
  const handoffsByJourney: JourneyHandoffs[] = [];
  const included: TouchpointRoles[] = [];
  for (const journey of rows.journeys.filter((j) => !filters.journeyId || j.id === filters.journeyId)) {
    const journeyStages = stagesByJourney.get(journey.id) ?? [];
    const touchpoints = touchpointsByJourney.get(journey.id) ?? [];
    // Handoffs need the whole journey: a filtered-out touchpoint still sits between two others.
    const summary = getJourneySummary({ stages: journeyStages, touchpoints });
    const handoffs = summary.handoffs.filter(
      (h) => !departmentId || h.fromDepartmentId === departmentId || h.toDepartmentId === departmentId,
    );
    handoffsByJourney.push({ journeyId: journey.id, handoffs });
    const byId = new Map(touchpoints.map((t) => [t.id, t]));
    const ownerships = summary.touchpoints.filter((o) => isIncluded(byId.get(o.touchpointId)!));
    const stageNames = new Map(journeyStages.map((s) => [s.id, s.name]));
    const stages = summary.stages.map(({ stageId }) => {
      const statuses = ownerships.filter((o) => o.stageId === stageId).map((o) => o.status);
      return {
        id: stageId,
        name: stageNames.get(stageId) ?? "",
        status: getStageStatus(statuses),
        coverage: getCoverage(statuses),
      };
    });
    for (const stage of stages) {
      if (stage.status === "UNOWNED" || stage.status === "CONTESTED")
        flaggedStages.push({
          journey: toNamed(journey),
          stage: toNamed(stage),
          status: stage.status,
          coverage: stage.coverage,
        });
    }
    ownerships.forEach((ownership, index) => {
      const touchpoint = byId.get(ownership.touchpointId)!;
      included.push(touchpoint);
      const stage = { id: ownership.stageId, name: stageNames.get(ownership.stageId) ?? "" };
      const claims = claimsByTouchpoint.get(touchpoint.id) ?? [];
      const entry = {
        ...toReportTouchpoint({ touchpoint, ownership, journey, stage, claims, departmentNames }),
        order: [journeys.length, index] as [number, number],
      };
      const confirmedAt = touchpoint.ownershipConfirmedAt;
      if (isOwnershipStale({ status: ownership.status, confirmedAt, cadenceDays, now: asOf }))
        stale.push({ ...entry, confirmedAt, ownerId: ownership.ownerId! });
      if (ownership.status !== "OWNED") listed.push(entry);
    });
    journeys.push({
      ...toNamed(journey),
      coverage: getCoverage(ownerships.map((o) => o.status)),
      stages,
      handoffs: handoffs.length,
      unbridgedHandoffs: handoffs.filter((h) => !h.isBridged).length,
    });
  }

  const departments = rows.departments.filter((d) => !departmentId || d.id === departmentId);
  const load = getDepartmentLoad({ departmentIds: departments.map((d) => d.id), touchpoints: included });
  const named = (id: string): Named => ({ id, name: departmentNames.get(id) ?? "" });
  const journeyNames = new Map(rows.journeys.map((j) => [j.id, j.name]));
  const pairs = summarizeHandoffs(handoffsByJourney, {
    departmentOrder: rows.departments.map((d) => d.id),
  });
  const handoffTotal = journeys.reduce((sum, j) => sum + j.handoffs, 0);

  return {
    filters,
    options: { journeys: rows.journeys.map(toNamed), departments: rows.departments.map(toNamed) },
    totals: {
      coverage: combineCoverage(journeys.map((j) => j.coverage)),
      flaggedStages: flaggedStages.length,
      handoffs: handoffTotal,
      unbridgedHandoffs: journeys.reduce((sum, j) => sum + j.unbridgedHandoffs, 0),
      handoffPairs: pairs.length,
      stale: stale.length,
    },
    verificationCadenceDays: cadenceDays,
    journeys,
    flaggedStages,
    unowned: cap(
      sortTouchpoints(
        listed.filter((t) => t.status === "UNOWNED"),
        filters.sort,
      ),
      limits.unowned,
    ),
    contested: cap(
      sortTouchpoints(
        listed.filter((t) => t.status === "CONTESTED"),
        filters.sort,
      ),
      limits.contested,
    ),
    stale: cap(
      [...stale].sort(
        (a, b) =>
          (a.confirmedAt?.getTime() ?? -Infinity) - (b.confirmedAt?.getTime() ?? -Infinity) ||
          a.order[0] - b.order[0] ||
          a.order[1] - b.order[1],
      ),
      limits.stale,
    ).map(({ order: _order, ownerId: _owner, confirmedAt, ...touchpoint }) => ({
      ...touchpoint,
      confirmedAt: confirmedAt?.toISOString() ?? null,
    })),
    departments: departments.map((d, i) => ({
      ...toNamed(d),
      color: d.color,
      ...pick(load[i]),
      stale: stale.filter((t) => t.ownerId === d.id).length,
    })),
    handoffs: cap(pairs, limits.handoffs).map((p) => ({
      from: named(p.fromDepartmentId),
      to: named(p.toDepartmentId),
      count: p.count,
      unbridged: p.unbridged,
      bridged: p.bridged,
      journeys: p.journeyIds.map((id) => ({ id, name: journeyNames.get(id) ?? "" })),
    })),
  };
}

function pick(load: { accountable: number; responsible: number } | undefined) {
  return { accountable: load?.accountable ?? 0, responsible: load?.responsible ?? 0 };
}
