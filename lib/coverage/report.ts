// Shapes the counts report-sql.ts returns into the coverage report. Pure (no I/O): stage status and every
// coverage come from lib/ownership, and names from the workspace's departments and journeys.

import { CHANNELS, type TChannel } from "../map/channels";
import {
  type Coverage,
  combineCoverage,
  getCoverageFromCounts,
  getStageStatusFromCoverage,
  groupBy,
} from "../ownership";
import type { ListedRow, ReportSqlRow, StageCountsRow } from "./report-sql";
import type {
  CoverageReport,
  FlaggedStage,
  Named,
  ReportJourney,
  ReportStage,
  ReportTouchpoint,
} from "./report-types";
import type { TCoverageFilters } from "./schemas";

const CHANNEL_BY_SLUG = new Map(CHANNELS.map((c) => [c.slug, c.value]));
const toNamed = ({ id, name }: Named): Named => ({ id, name });

export type ReportNames = {
  /** In the workspace's order. */
  departments: (Named & { color: string })[];
  /** In the workspace's order. */
  journeys: Named[];
};

function toChannel(slug: string): TChannel {
  const channel = CHANNEL_BY_SLUG.get(slug);
  if (!channel) throw new Error(`Unknown channel "${slug}"`);
  return channel;
}

/** Stages in position order with their status, and the journey's coverage rolled up from them. */
export function toReportStages(rows: readonly StageCountsRow[]): {
  stages: ReportStage[];
  coverage: Coverage;
} {
  const stages = [...rows]
    .sort((a, b) => a.position - b.position)
    .map((row) => {
      const coverage = getCoverageFromCounts(row);
      return { id: row.id, name: row.name, status: getStageStatusFromCoverage(coverage), coverage };
    });
  return { stages, coverage: combineCoverage(stages.map((s) => s.coverage)) };
}

export function buildCoverageReport(
  names: ReportNames,
  counts: ReportSqlRow,
  filters: TCoverageFilters,
): CoverageReport {
  const departmentNames = new Map(names.departments.map((d) => [d.id, d.name]));
  const named = (id: string): Named => ({ id, name: departmentNames.get(id) ?? "" });
  const journeyIndex = new Map(names.journeys.map((j, index) => [j.id, index]));
  const stagesByJourney = groupBy(counts.stages, (s) => s.journeyId);
  const handoffsByJourney = new Map(counts.journeyHandoffs.map((h) => [h.journeyId, h]));

  const journeys: ReportJourney[] = [];
  const flaggedStages: FlaggedStage[] = [];
  for (const journey of names.journeys.filter((j) => !filters.journeyId || j.id === filters.journeyId)) {
    const { stages, coverage } = toReportStages(stagesByJourney.get(journey.id) ?? []);
    for (const stage of stages) {
      if (stage.status === "UNOWNED" || stage.status === "CONTESTED")
        flaggedStages.push({
          journey: toNamed(journey),
          stage: toNamed(stage),
          status: stage.status,
          coverage: stage.coverage,
        });
    }
    const handoffs = handoffsByJourney.get(journey.id);
    journeys.push({
      ...toNamed(journey),
      coverage,
      stages,
      handoffs: handoffs?.handoffs ?? 0,
      unbridgedHandoffs: handoffs?.unbridged ?? 0,
    });
  }

  const journeyNames = new Map(names.journeys.map((j) => [j.id, j.name]));
  const toTouchpoint = (row: ListedRow): ReportTouchpoint => ({
    id: row.id,
    name: row.name,
    channel: toChannel(row.channel),
    journey: { id: row.journeyId, name: journeyNames.get(row.journeyId) ?? "" },
    stage: { id: row.stageId, name: row.stageName },
    status: row.status,
    accountable: row.accountable.map(named),
    pendingClaims: row.pendingClaims.map((c) => ({ department: named(c.departmentId), role: c.role })),
  });
  const load = new Map(counts.load.map((l) => [l.departmentId, l]));
  const stale = new Map(counts.staleByDepartment.map((l) => [l.departmentId, l.stale]));
  const byJourneyOrder = (a: string, b: string) => (journeyIndex.get(a) ?? 0) - (journeyIndex.get(b) ?? 0);

  return {
    filters,
    options: { journeys: names.journeys.map(toNamed), departments: names.departments.map(toNamed) },
    totals: {
      coverage: combineCoverage(journeys.map((j) => j.coverage)),
      flaggedStages: flaggedStages.length,
      handoffs: journeys.reduce((sum, j) => sum + j.handoffs, 0),
      unbridgedHandoffs: journeys.reduce((sum, j) => sum + j.unbridgedHandoffs, 0),
      handoffPairs: counts.pairCount,
      stale: counts.staleCount,
    },
    verificationCadenceDays: counts.cadenceDays,
    journeys,
    flaggedStages,
    unowned: counts.unowned.map(toTouchpoint),
    contested: counts.contested.map(toTouchpoint),
    stale: counts.stale.map((row) => ({ ...toTouchpoint(row), confirmedAt: row.confirmedAt })),
    departments: names.departments
      .filter((d) => !filters.departmentId || d.id === filters.departmentId)
      .map((d) => ({
        ...toNamed(d),
        color: d.color,
        accountable: load.get(d.id)?.accountable ?? 0,
        responsible: load.get(d.id)?.responsible ?? 0,
        stale: stale.get(d.id) ?? 0,
      })),
    handoffs: counts.pairs.map((p) => ({
      from: named(p.from),
      to: named(p.to),
      count: p.count,
      unbridged: p.unbridged,
      bridged: p.count - p.unbridged,
      journeys: [...p.journeys].sort(byJourneyOrder).map((id) => ({ id, name: journeyNames.get(id) ?? "" })),
    })),
  };
}
