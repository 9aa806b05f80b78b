// Touchpoint and stage status, plus coverage ratios, derived from RACI holdings and open claims.
import { getDepartmentIdsWithRole, type TouchpointRoles } from "./roles";

export type TouchpointStatus = "UNOWNED" | "OWNED" | "CONTESTED";
export type StageStatus = "EMPTY" | TouchpointStatus;

export const TOUCHPOINT_STATUSES: readonly TouchpointStatus[] = Object.freeze([
  "UNOWNED",
  "OWNED",
  "CONTESTED",
] as const);

export type TouchpointOwnership = {
  status: TouchpointStatus;
  /** The single A holder, only when status is OWNED. */
  ownerId: string | null;
  /** Departments holding A (more than one means contested). */
  accountableIds: string[];
  /** Departments with an open claim for A, including a holder re-claiming its own A. */
  claimantIds: string[];
  responsibleIds: string[];
  /** Warning, never a status: owned but nobody does the work. */
  hasNoResponsible: boolean;
};

export type Coverage = {
  total: number;
  owned: number;
  unowned: number;
  contested: number;
  /** owned ÷ total; null when there is nothing to cover (never NaN). */
  ratio: number | null;
};

/**
 * A is a single seat: holders and A-claimants all compete for it.
 * Two or more distinct contenders → CONTESTED, so a holder re-claiming its own A is harmless
 * and a lone claim with no holder leaves the touchpoint UNOWNED.
 */
function getStatusFromContenders(opts: {
  accountableIds: readonly string[];
  claimantIds: readonly string[];
}): TouchpointStatus {
  const contenders = new Set([...opts.accountableIds, ...opts.claimantIds]);
  if (contenders.size >= 2) return "CONTESTED";
  if (opts.accountableIds.length === 1) return "OWNED";
  return "UNOWNED";
}

export function getTouchpointOwnership(touchpoint: TouchpointRoles): TouchpointOwnership {
  const accountableIds = getDepartmentIdsWithRole(touchpoint.assignments, "A");
  // Only claims for A matter; claims for R/C/I never affect status.
  const claimantIds = getDepartmentIdsWithRole(touchpoint.openClaims ?? [], "A");
  const responsibleIds = getDepartmentIdsWithRole(touchpoint.assignments, "R");
  const status = getStatusFromContenders({ accountableIds, claimantIds });
  const ownerId = status === "OWNED" ? (accountableIds[0] ?? null) : null;

  return {
    status,
    ownerId,
    accountableIds,
    claimantIds,
    responsibleIds,
    hasNoResponsible: status === "OWNED" && responsibleIds.length === 0,
  };
}

export function getTouchpointStatus(touchpoint: TouchpointRoles): TouchpointStatus {
  return getTouchpointOwnership(touchpoint).status;
}

/** Worst status wins: a dispute outranks a gap, which outranks full ownership. */
export function getStageStatus(statuses: readonly TouchpointStatus[]): StageStatus {
  return getStageStatusFromCoverage(getCoverage(statuses));
}

/** The same rule read from a stage's counts (counted in SQL, say) rather than its statuses. */
export function getStageStatusFromCoverage(coverage: Coverage): StageStatus {
  if (coverage.total === 0) return "EMPTY";
  if (coverage.contested > 0) return "CONTESTED";
  if (coverage.unowned > 0) return "UNOWNED";
  return "OWNED";
}

function toRatio(owned: number, total: number): number | null {
  if (total === 0) return null;
  return owned / total;
}

/** Works at any level (stage, journey, workspace): pass that level's touchpoint statuses. */
export function getCoverage(statuses: readonly TouchpointStatus[]): Coverage {
  const counts = { owned: 0, unowned: 0, contested: 0 };
  for (const status of statuses) {
    if (status === "OWNED") counts.owned += 1;
    else if (status === "UNOWNED") counts.unowned += 1;
    else counts.contested += 1;
  }
  return getCoverageFromCounts(counts);
}

/** A coverage from touchpoints counted by status elsewhere (in SQL, say). */
export function getCoverageFromCounts(counts: {
  owned: number;
  unowned: number;
  contested: number;
}): Coverage {
  const { owned, unowned, contested } = counts;
  const total = owned + unowned + contested;
  return { total, owned, unowned, contested, ratio: toRatio(owned, total) };
}

/**
 * Rolls coverages up (e.g. journeys → workspace) by summing counts.
 * Ratio of sums, not mean of ratios, so big journeys weigh more than tiny ones.
 */
export function combineCoverage(coverages: readonly Coverage[]): Coverage {
  const sum = (pick: (coverage: Coverage) => number): number =>
    coverages.reduce((acc, coverage) => acc + pick(coverage), 0);
  const total = sum((c) => c.total);
  const owned = sum((c) => c.owned);
  return {
    total,
    owned,
    unowned: sum((c) => c.unowned),
    contested: sum((c) => c.contested),
    ratio: toRatio(owned, total),
  };
}
