// The coverage report: every number the dashboard shows and GET /api/v1/coverage returns, in one shape.

import type { TChannel } from "../map/channels";
import type { Coverage, RaciRole, StageStatus, TouchpointStatus } from "../ownership";
import type { TCoverageFilters } from "./schemas";

export type Named = { id: string; name: string };

export type ReportStage = Named & { status: StageStatus; coverage: Coverage };

export type ReportJourney = Named & {
  coverage: Coverage;
  /** Stages in chronological order, empty ones included. */
  stages: ReportStage[];
  handoffs: number;
  unbridgedHandoffs: number;
};

export type ReportTouchpoint = Named & {
  channel: TChannel;
  journey: Named;
  stage: Named;
  status: TouchpointStatus;
  /** Departments holding A, in department order. */
  accountable: Named[];
  /** Every pending claim (any role; only claims for A affect status), in department order. */
  pendingClaims: { department: Named; role: RaciRole }[];
};

/** An owned touchpoint whose ownership is stale, with when it was last confirmed (or changed hands). */
export type StaleTouchpoint = ReportTouchpoint & { confirmedAt: string | null };

export type FlaggedStage = {
  journey: Named;
  stage: Named;
  status: "UNOWNED" | "CONTESTED";
  coverage: Coverage;
};

export type ReportDepartment = Named & {
  color: string;
  accountable: number;
  responsible: number;
  /** Touchpoints it owns whose ownership is stale. */
  stale: number;
};

export type ReportHandoffPair = {
  from: Named;
  to: Named;
  count: number;
  unbridged: number;
  bridged: number;
  journeys: Named[];
};

export type CoverageReport = {
  /** The filters as applied: an id that names nothing in the workspace is dropped. */
  filters: TCoverageFilters;
  options: { journeys: Named[]; departments: Named[] };
  totals: {
    coverage: Coverage;
    flaggedStages: number;
    handoffs: number;
    unbridgedHandoffs: number;
    /** Department pairs with a handoff; `handoffs` below lists the first of them. */
    handoffPairs: number;
    /** Owned touchpoints whose ownership was not confirmed within the cadence; `stale` lists the first. */
    stale: number;
  };
  /** Days a confirmation of ownership stays good in this workspace. */
  verificationCadenceDays: number;
  journeys: ReportJourney[];
  flaggedStages: FlaggedStage[];
  /** The first unowned touchpoints in the chosen order; totals.coverage.unowned says how many there are. */
  unowned: ReportTouchpoint[];
  /** Likewise; totals.coverage.contested counts them. */
  contested: ReportTouchpoint[];
  /** Stale ownership, longest unconfirmed first. */
  stale: StaleTouchpoint[];
  departments: ReportDepartment[];
  /** Department pairs, unbridged first, then most handoffs, then in department order. */
  handoffs: ReportHandoffPair[];
};
