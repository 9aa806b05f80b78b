// The coverage report: every number the dashboard shows and GET /api/v1/coverage returns, in one shape.
import type { Coverage, RaciRole, StageStatus, TouchpointStatus } from "../ownership";
import type { TChannel } from "../structure/channels";
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

export type FlaggedStage = {
  journey: Named;
  stage: Named;
  status: "UNOWNED" | "CONTESTED";
  coverage: Coverage;
};

export type ReportDepartment = Named & { color: string; accountable: number; responsible: number };

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
  totals: { coverage: Coverage; flaggedStages: number; handoffs: number; unbridgedHandoffs: number };
  journeys: ReportJourney[];
  flaggedStages: FlaggedStage[];
  unowned: ReportTouchpoint[];
  contested: ReportTouchpoint[];
  departments: ReportDepartment[];
  /** Department pairs, unbridged first, then most handoffs. */
  handoffs: ReportHandoffPair[];
};

/** Flat rows as the database returns them; the builder is pure so tests can feed it generated data. */
export type CoverageRows = {
  departments: (Named & { color: string })[];
  journeys: Named[];
  stages: (Named & { journeyId: string; position: number })[];
  touchpoints: (Named & { journeyId: string; stageId: string; position: number; channel: TChannel })[];
  assignments: { touchpointId: string; departmentId: string; role: RaciRole }[];
  pendingClaims: { touchpointId: string; departmentId: string; role: RaciRole }[];
};
