import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCORECARD_SORTS, sortScorecards, ZScorecardSort } from "./scorecard-sort";

const rowArb = fc
  .record({
    name: fc.string({ minLength: 1, maxLength: 6 }),
    onTarget: fc.nat(5),
    offTarget: fc.nat(5),
    noData: fc.nat(5),
  })
  .map((r) => ({ ...r, targets: r.onTarget + r.offTarget + r.noData }));

describe("sortScorecards", () => {
  it("orders by the chosen count, largest first, then by name; keeps every row", () => {
    fc.assert(
      fc.property(fc.array(rowArb), fc.constantFrom(...SCORECARD_SORTS), (rows, sort) => {
        const sorted = sortScorecards(rows, sort);
        expect(sorted).toHaveLength(rows.length);
        expect(new Set(sorted)).toEqual(new Set(rows));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          const names = a.name.localeCompare(b.name, "en", { sensitivity: "base" });
          if (sort === "name") expect(names).toBeLessThanOrEqual(0);
          else expect(a[sort] > b[sort] || (a[sort] === b[sort] && names <= 0)).toBe(true);
        }
      }),
    );
  });

  it("puts the department most off target first by default and ignores a bad parameter", () => {
    const rows = [
      { name: "Billing", targets: 3, onTarget: 3, offTarget: 0, noData: 0 },
      { name: "Support", targets: 3, onTarget: 1, offTarget: 2, noData: 0 },
    ];
    expect(sortScorecards(rows, ZScorecardSort.parse(undefined)).map((r) => r.name)).toEqual([
      "Support",
      "Billing",
    ]);
    expect(ZScorecardSort.parse("drop table")).toBe("offTarget");
    expect(sortScorecards(rows, "onTarget")[0]?.name).toBe("Billing");
  });
});
