import "server-only";
// Everything the monthly review shows (DESIGN.md, Customer outcomes → Review), read by the code the dashboard
// and the API use: the outcome report of the month and of the month before, coverage at both months' ends,
// the biggest movers and the month's ownership decisions. A fixed number of queries, run together.
import { getOwnershipDecisions, type OwnershipDecisions } from "../claims/decision-queries";
import { type CoverageAtDay, getCoverageAtDays } from "../coverage/queries";
import { getBiggestMovers, type ReviewReadingChange } from "../outcomes/mover-queries";
import type { Movers } from "../outcomes/movers";
import type { OutcomeReport } from "../outcomes/report";
import { currentMonth, getOutcomeReport } from "../outcomes/report-queries";
import { type Month, previousMonth } from "../outcomes/rules";
import { getMonthBounds } from "./schemas";

export type MonthlyReview = {
  month: Month;
  previousMonth: Month;
  /** The month is not over: its coverage is today's, and its readings may still come. */
  isCurrentMonth: boolean;
  coverage: { end: CoverageAtDay; previousEnd: CoverageAtDay };
  outcomes: OutcomeReport;
  previousOutcomes: OutcomeReport;
  movers: Movers<ReviewReadingChange>;
  decisions: OwnershipDecisions;
};

export async function getMonthlyReview(opts: {
  workspaceId: string;
  month: Month;
  now?: Date;
}): Promise<MonthlyReview> {
  const { workspaceId, month } = opts;
  const before = previousMonth(month);
  const { from, to, lastDay } = getMonthBounds(month);
  const [coverage, outcomes, previousOutcomes, movers, decisions] = await Promise.all([
    getCoverageAtDays({ workspaceId, days: [lastDay, getMonthBounds(before).lastDay] }),
    getOutcomeReport({ workspaceId, month }),
    getOutcomeReport({ workspaceId, month: before }),
    getBiggestMovers({ workspaceId, month }),
    getOwnershipDecisions({ workspaceId, from, to }),
  ]);
  const [end, previousEnd] = coverage as [CoverageAtDay, CoverageAtDay];
  return {
    month,
    previousMonth: before,
    isCurrentMonth: month === currentMonth(opts.now),
    coverage: { end, previousEnd },
    outcomes,
    previousOutcomes,
    movers,
    decisions,
  };
}
