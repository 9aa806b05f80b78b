// The review's biggest movers (DESIGN.md, Customer outcomes → Review), by example and by property.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isImprovement, measureChange, movers, type ReadingChange } from "./movers";
import type { MeasureScale } from "./rules";

const CSAT: MeasureScale = { kind: "SCORE", direction: "HIGHER", scaleMin: 1, scaleMax: 5 };
const EFFORT: MeasureScale = { kind: "SCORE", direction: "LOWER", scaleMin: 1, scaleMax: 7 };
const NPS: MeasureScale = { kind: "NPS", direction: "HIGHER", scaleMin: null, scaleMax: null };
const COMPLAINTS: MeasureScale = { kind: "COUNT", direction: "LOWER", scaleMin: null, scaleMax: null };
const ON_TIME: MeasureScale = { kind: "PERCENT", direction: "HIGHER", scaleMin: null, scaleMax: null };

function change(
  scopeId: string,
  measure: MeasureScale,
  previous: number,
  current: number,
  target: number | null = null,
): ReadingChange {
  return { measure, measureId: measure.kind + measure.direction, scopeId, target, previous, current };
}

describe("movers", () => {
  it("compares changes as a share of their measure's scale", () => {
    expect(measureChange(change("a", CSAT, 4, 3.2)).share).toBeCloseTo(0.2);
    expect(measureChange(change("a", NPS, 10, 50)).share).toBeCloseTo(0.2);
    expect(measureChange(change("a", ON_TIME, 96, 91)).share).toBeCloseTo(0.05);
    // A count has no top: its target is the yardstick, else the month before's reading, and never less than 1.
    expect(measureChange(change("a", COMPLAINTS, 30, 40, 20)).share).toBeCloseTo(0.5);
    expect(measureChange(change("a", COMPLAINTS, 40, 30)).share).toBeCloseTo(0.25);
    expect(measureChange(change("a", COMPLAINTS, 0, 3)).share).toBe(3);
  });

  it("tells improvements from declines by the measure's direction", () => {
    expect(isImprovement("HIGHER", 0.3)).toBe(true);
    expect(isImprovement("HIGHER", -0.3)).toBe(false);
    expect(isImprovement("LOWER", -2)).toBe(true);
    expect(isImprovement("LOWER", 2)).toBe(false);
    const result = movers([
      change("csat up", CSAT, 3, 4),
      change("effort down", EFFORT, 5, 3),
      change("complaints up", COMPLAINTS, 10, 15),
      change("nps down", NPS, 40, 20),
      change("unchanged", CSAT, 4, 4),
    ]);
    expect(result.improved.map((m) => m.scopeId)).toEqual(["effort down", "csat up"]);
    expect(result.declined.map((m) => m.scopeId)).toEqual(["complaints up", "nps down"]);
    expect(result.improved[0]?.change).toBe(-2);
  });

  it("keeps the largest of each, largest first, with ties in scope order", () => {
    const many = Array.from({ length: 15 }, (_, i) =>
      change(`s${String(i).padStart(2, "0")}`, CSAT, 3, 3 + i / 10),
    );
    const tied = [change("b", CSAT, 3, 2), change("a", CSAT, 3, 2)];
    const result = movers([...many, ...tied], 3);
    expect(result.improved.map((m) => m.scopeId)).toEqual(["s14", "s13", "s12"]);
    expect(result.declined.map((m) => m.scopeId)).toEqual(["a", "b"]);
    expect(movers([]).improved).toEqual([]);
  });

  const measureArb = fc.constantFrom(CSAT, EFFORT, NPS, COMPLAINTS, ON_TIME);
  const changeArb = measureArb.chain((measure) => {
    const value =
      measure.kind === "COUNT"
        ? fc.integer({ min: 0, max: 500 })
        : measure === CSAT || measure === EFFORT
          ? fc.integer({ min: 10, max: measure === CSAT ? 50 : 70 }).map((v) => v / 10)
          : fc.integer({ min: measure.kind === "NPS" ? -100 : 0, max: 100 });
    return fc.record({
      measure: fc.constant(measure),
      measureId: fc.constantFrom("m1", "m2"),
      scopeId: fc.string({ minLength: 1, maxLength: 4 }),
      target: fc.option(value, { freq: 2 }),
      previous: value,
      current: value,
    });
  });

  const key = (c: ReadingChange) => `${c.scopeId}|${c.measureId}`;
  const changesArb = fc.uniqueArray(changeArb, { maxLength: 40, selector: key });

  it("lists only real moves in their direction, largest first, at most `limit`, and misses no larger one", () => {
    fc.assert(
      fc.property(changesArb, fc.integer({ min: 1, max: 12 }), (changes, limit) => {
        const result = movers(changes, limit);
        for (const [list, isBetter] of [
          [result.improved, true],
          [result.declined, false],
        ] as const) {
          for (const m of list) {
            expect(m.change).not.toBe(0);
            expect(isImprovement(m.measure.direction, m.change)).toBe(isBetter);
            if (m.measure.kind !== "COUNT") expect(m.share).toBeLessThanOrEqual(1);
          }
          for (let i = 1; i < list.length; i++)
            expect(list[i - 1]!.share).toBeGreaterThanOrEqual(list[i]!.share);
          // As many as there are, up to the limit; whatever was left out is no larger than the smallest kept.
          const candidates = changes
            .filter((c) => c.current !== c.previous)
            .map(measureChange)
            .filter((m) => isImprovement(m.measure.direction, m.change) === isBetter);
          expect(list.length).toBe(Math.min(limit, candidates.length));
          const kept = new Set(list.map(key));
          const smallest = list.at(-1)?.share ?? Number.POSITIVE_INFINITY;
          for (const m of candidates) if (!kept.has(key(m))) expect(m.share).toBeLessThanOrEqual(smallest);
        }
      }),
    );
  });

  it("ranks the same whatever order the readings come in", () => {
    fc.assert(
      fc.property(
        changesArb.chain((changes) =>
          fc.tuple(
            fc.constant(changes),
            fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }),
          ),
        ),
        ([changes, shuffled]) => {
          expect(movers(shuffled)).toEqual(movers(changes));
        },
      ),
    );
  });
});
