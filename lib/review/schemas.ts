// The monthly review's one parameter, ?month=YYYY-MM, and the UTC bounds of a month. Pure.

import { addMonths, type Month, monthOf, previousMonth } from "../outcomes/rules";
import { ZMonth } from "../outcomes/target-schemas";

export type TSearchParams = Record<string, string | string[] | undefined>;

/** Readings and snapshots before this make no sense (and JavaScript dates go odd for tiny years). */
export const FIRST_REVIEW_MONTH: Month = "1970-01";

export type ReviewMonth = { ok: true; month: Month } | { ok: false; message: string; asked: string };

/** The review is of a closed month: without ?month=, the last complete one. */
export function defaultReviewMonth(now: Date = new Date()): Month {
  return previousMonth(monthOf(now));
}

/**
 * The month a review asks for: none (or empty) is the last complete month; one that is not YYYY-MM, comes
 * before 1970 or has not begun yet gets a message saying which months there are. The current month is
 * allowed, and the page says it is not over.
 */
export function parseReviewMonth(params: TSearchParams, now: Date = new Date()): ReviewMonth {
  const raw = params.month;
  if (raw === undefined || raw === "") return { ok: true, month: defaultReviewMonth(now) };
  if (Array.isArray(raw)) return { ok: false, message: "Choose one month.", asked: raw.join(", ") };
  const parsed = ZMonth.safeParse(raw);
  if (!parsed.success)
    return { ok: false, message: parsed.error.issues[0]?.message ?? "Enter a month as YYYY-MM.", asked: raw };
  const current = monthOf(now);
  if (parsed.data > current)
    return {
      ok: false,
      message: `${parsed.data} has not begun yet: the review covers months up to ${current}.`,
      asked: raw,
    };
  if (parsed.data < FIRST_REVIEW_MONTH)
    return { ok: false, message: `Choose a month from ${FIRST_REVIEW_MONTH} on.`, asked: raw };
  return { ok: true, month: parsed.data };
}

/** A month's first instant and the next month's (UTC), and its last day as "YYYY-MM-DD". */
export function getMonthBounds(month: Month): { from: Date; to: Date; lastDay: string } {
  const from = new Date(`${month}-01T00:00:00.000Z`);
  const to = new Date(`${addMonths(month, 1)}-01T00:00:00.000Z`);
  const lastDay = new Date(to.getTime() - 86_400_000).toISOString().slice(0, 10);
  return { from, to, lastDay };
}
