// Journey ordering and a one-call summary (stage statuses, coverage, handoffs) for a journey.
import { getHandoffs, type Handoff } from "./handoffs";
import type { TouchpointRoles } from "./roles";
import {
  type Coverage,
  getCoverage,
  getStageStatus,
  getTouchpointOwnership,
  type StageStatus,
  type TouchpointOwnership,
} from "./status";

export type PositionedStage = { id: string; position: number };
export type PositionedTouchpoint = { stageId: string; position: number };

export type JourneySummaryTouchpoint = { id: string; stageId: string; position: number } & TouchpointRoles;

export type StageSummary = { stageId: string; status: StageStatus; coverage: Coverage };

export type JourneySummary = {
  /** Stages in position order, empty ones included (status EMPTY, ratio null). */
  stages: StageSummary[];
  /** Touchpoints in journey order with their derived ownership. */
  touchpoints: (TouchpointOwnership & { touchpointId: string; stageId: string })[];
  coverage: Coverage;
  handoffs: Handoff[];
};

// Array.prototype.sort is stable, so equal positions keep their input order.
function byPosition(a: { position: number }, b: { position: number }): number {
  return a.position - b.position;
}

/**
 * Journey order: stages by position, then touchpoints by position within their stage.
 * Touchpoints of unknown stages are dropped: they have no place in the journey.
 */
export function sortJourney<S extends PositionedStage, T extends PositionedTouchpoint>(opts: {
  stages: readonly S[];
  touchpoints: readonly T[];
}): T[] {
  const byStage = new Map<string, T[]>();
  for (const touchpoint of opts.touchpoints) {
    const group = byStage.get(touchpoint.stageId) ?? [];
    group.push(touchpoint);
    byStage.set(touchpoint.stageId, group);
  }

  const seenStageIds = new Set<string>();
  const ordered: T[] = [];
  for (const stage of [...opts.stages].sort(byPosition)) {
    // A duplicated stage id must not emit its touchpoints twice.
    if (seenStageIds.has(stage.id)) continue;
    seenStageIds.add(stage.id);
    ordered.push(...(byStage.get(stage.id) ?? []).sort(byPosition));
  }
  return ordered;
}

export function getJourneySummary<T extends JourneySummaryTouchpoint>(opts: {
  stages: readonly PositionedStage[];
  touchpoints: readonly T[];
}): JourneySummary {
  const ordered = sortJourney(opts);
  const touchpoints = ordered.map((touchpoint) => ({
    ...getTouchpointOwnership(touchpoint),
    touchpointId: touchpoint.id,
    stageId: touchpoint.stageId,
  }));

  const stageIds = [...new Set([...opts.stages].sort(byPosition).map((stage) => stage.id))];
  const stages = stageIds.map((stageId) => {
    const statuses = touchpoints.filter((tp) => tp.stageId === stageId).map((tp) => tp.status);
    return { stageId, status: getStageStatus(statuses), coverage: getCoverage(statuses) };
  });

  return {
    stages,
    touchpoints,
    coverage: getCoverage(touchpoints.map((tp) => tp.status)),
    handoffs: getHandoffs(ordered),
  };
}
