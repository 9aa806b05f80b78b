// The monthly review's month parameter, month bounds and comparisons with the month before.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMonths } from "../outcomes/rules";
import { coveragePointChange, formatChange, withPrevious } from "./review";
import { defaultReviewMonth, getMonthBounds, parseReviewMonth } from "./schemas";

const NOW = new Date("2026-11-30T05:00:00Z");

describe("review month", () => {
  it("defaults to the last complete month, also in January", () => {
    expect(parseReviewMonth({}, NOW)).toEqual({ ok: true, month: "2026-10" });
    expect(parseReviewMonth({ month: "" }, NOW)).toEqual({ ok: true, month: "2026-10" });
    expect(defaultReviewMonth(new Date("2027-01-01T00:00:00Z"))).toBe("2026-12");
  });

  it("takes any month up to the current one, and says why it refuses the rest", () => {
    expect(parseReviewMonth({ month: "2026-11" }, NOW)).toEqual({ ok: true, month: "2026-11" });
    expect(parseReviewMonth({ month: " 2025-02 " }, NOW)).toEqual({ ok: true, month: "2025-02" });
    expect(parseReviewMonth({ month: "2026-12" }, NOW)).toEqual({
      ok: false,
      message: "2026-12 has not begun yet: the review covers months up to 2026-11.",
      asked: "2026-12",
    });
    expect(parseReviewMonth({ month: "2026-13" }, NOW)).toMatchObject({
      ok: false,
      message: "Enter a month as YYYY-MM, like 2026-11.",
    });
    expect(parseReviewMonth({ month: "<script>" }, NOW)).toMatchObject({ ok: false, asked: "<script>" });
    expect(parseReviewMonth({ month: "1969-12" }, NOW)).toMatchObject({
      ok: false,
      message: "Choose a month from 1970-01 on.",
    });
    expect(parseReviewMonth({ month: ["2026-01", "2026-02"] }, NOW)).toMatchObject({
      ok: false,
      message: "Choose one month.",
    });
  });

  it("bounds a month by its first instant and the next month's, in UTC", () => {
    expect(getMonthBounds("2026-02")).toEqual({
      from: new Date("2026-02-01T00:00:00Z"),
      to: new Date("2026-03-01T00:00:00Z"),
      lastDay: "2026-02-28",
    });
    expect(getMonthBounds("2024-02").lastDay).toBe("2024-02-29");
    expect(getMonthBounds("2026-12").to).toEqual(new Date("2027-01-01T00:00:00Z"));
    fc.assert(
      fc.property(fc.integer({ min: 1970 * 12, max: 2999 * 12 }), (index) => {
        const month = addMonths("1970-01", index - 1970 * 12);
        const { from, to, lastDay } = getMonthBounds(month);
        expect(lastDay.slice(0, 7)).toBe(month);
        expect(getMonthBounds(addMonths(month, 1)).from).toEqual(to);
        expect(from.getTime()).toBeLessThan(to.getTime());
      }),
    );
  });
});

describe("comparisons with the month before", () => {
  const counts = (offTarget: number) => ({ targets: 3, onTarget: 3 - offTarget, offTarget, noData: 0 });

  it("pairs each row with the same row of the month before, by id", () => {
    const rows = withPrevious(
      [
        { id: "a", name: "Billing", ...counts(2) },
        { id: "b", name: "Sales", ...counts(0) },
      ],
      [{ id: "a", name: "Billing (renamed since)", ...counts(1) }],
    );
    expect(rows).toEqual([
      { id: "a", name: "Billing", ...counts(2), previous: counts(1) },
      { id: "b", name: "Sales", ...counts(0), previous: null },
    ]);
  });

  it("compares coverage in the whole points it is shown in", () => {
    const coverage = (owned: number, total: number) => ({
      total,
      owned,
      unowned: total - owned,
      contested: 0,
      ratio: total === 0 ? null : owned / total,
    });
    expect(coveragePointChange(coverage(2, 3), coverage(1, 2))).toBe(17);
    expect(coveragePointChange(coverage(1, 2), coverage(2, 3))).toBe(-17);
    expect(coveragePointChange(coverage(1, 3), null)).toBeNull();
    expect(coveragePointChange(coverage(0, 0), coverage(1, 2))).toBeNull();
    expect(formatChange(17, " pts")).toBe("+17 pts");
    expect(formatChange(-2)).toBe("−2");
    expect(formatChange(0)).toBe("±0");
  });
});
