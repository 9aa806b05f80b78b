import { describe, expect, it } from "vitest";
import { describeMeasureImpact, describeScale, scaleChangeProblem } from "./measure-text";
import { ZApiMeasure, ZCreateMeasure } from "./schemas";

const score = (scaleMin: number, scaleMax: number) => ({ kind: "SCORE" as const, scaleMin, scaleMax });
const none = { kind: "PERCENT" as const, scaleMin: null, scaleMax: null };
const stats = (lowest: number, highest: number, fraction: number | null = null) => ({
  targets: 2,
  readings: 5,
  lowest,
  highest,
  fraction,
});

describe("describeScale and describeMeasureImpact", () => {
  it("says each kind's scale", () => {
    expect(describeScale(score(1, 5))).toBe("1 to 5");
    expect(describeScale(none)).toBe("0 to 100");
    expect(describeScale({ ...none, kind: "NPS" })).toBe("-100 to 100");
    expect(describeScale({ ...none, kind: "COUNT" })).toBe("0 or more");
  });
  it("lists what goes with a measure", () => {
    expect(describeMeasureImpact({ targets: 3, readings: 120 })).toBe("3 targets and 120 readings");
    expect(describeMeasureImpact({ targets: 0, readings: 1 })).toBe("1 reading");
    expect(describeMeasureImpact({ targets: 0, readings: 0 })).toBeNull();
  });
});

describe("scaleChangeProblem", () => {
  it("allows a scale that holds the lowest and highest value", () => {
    expect(scaleChangeProblem({ name: "CSAT", next: score(1, 5), stats: stats(1, 5) })).toBeNull();
    expect(scaleChangeProblem({ name: "CSAT", next: score(0, 10), stats: undefined })).toBeNull();
    expect(scaleChangeProblem({ name: "CSAT", next: none, stats: stats(0, 100, 42.5) })).toBeNull();
  });
  it("refuses a scale either end falls outside of, naming the value", () => {
    expect(scaleChangeProblem({ name: "CSAT", next: score(1, 5), stats: stats(0.5, 4) })).toBe(
      "“CSAT” cannot become a score (1 to 5): its 2 targets and 5 readings include 0.5, which must be between 1 and 5. Change those values first, or choose a kind and scale that hold them.",
    );
    expect(scaleChangeProblem({ name: "CSAT", next: score(1, 5), stats: stats(2, 7) })).toMatch(
      /include 7, which must be between 1 and 5/,
    );
    expect(
      scaleChangeProblem({ name: "Effort", next: { ...none, kind: "NPS" }, stats: stats(-120, 0) }),
    ).toMatch(/cannot become an NPS \(-100 to 100\): .* include -120/);
  });
  it("refuses a count while a value is not a whole number", () => {
    const next = { ...none, kind: "COUNT" as const };
    expect(scaleChangeProblem({ name: "Calls", next, stats: stats(0, 9, 2.5) })).toMatch(
      /include 2.5, which must be a whole number/,
    );
    expect(scaleChangeProblem({ name: "Calls", next, stats: stats(0, 9) })).toBeNull();
  });
});

describe("the measure schemas", () => {
  const workspaceId = "00000000-0000-7000-8000-000000000000";
  const base = { workspaceId, name: "  CSAT ", kind: "SCORE", direction: "HIGHER" } as const;
  const fieldErrors = (input: unknown) => {
    const parsed = ZCreateMeasure.safeParse(input);
    return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path[0], i.message]));
  };
  it("needs a score's min below its max, and no scale for the other kinds", () => {
    expect(ZCreateMeasure.parse({ ...base, min: 1, max: 5 })).toMatchObject({ name: "CSAT", min: 1, max: 5 });
    expect(fieldErrors({ ...base })).toEqual({
      min: "A score needs the lowest value of its scale.",
      max: "A score needs the highest value of its scale.",
    });
    expect(fieldErrors({ ...base, min: 5, max: 5 })).toEqual({
      max: "The highest value must be above the lowest.",
    });
    expect(fieldErrors({ ...base, min: 1, max: Number.POSITIVE_INFINITY })).toHaveProperty("max");
    expect(fieldErrors({ ...base, min: Number.NaN, max: 5 })).toHaveProperty("min");
    expect(fieldErrors({ ...base, kind: "PERCENT", max: 5 })).toEqual({
      max: "Only a score has its own scale: leave max out for this kind.",
    });
    expect(fieldErrors({ ...base, kind: "COUNT", min: null, max: null })).toEqual({});
  });
  it("keeps names to 80 characters and refuses blank ones", () => {
    expect(fieldErrors({ ...base, kind: "NPS", name: "x".repeat(81) })).toHaveProperty("name");
    expect(fieldErrors({ ...base, kind: "NPS", name: "   " })).toEqual({ name: "Enter a name." });
  });
  it("takes the API's lower-case names and refuses unknown fields", () => {
    expect(ZApiMeasure.parse({ name: "NPS", kind: "nps", direction: "higher" })).toMatchObject({
      kind: "NPS",
      direction: "HIGHER",
    });
    expect(ZApiMeasure.safeParse({ name: "NPS", kind: "NPS", direction: "higher" }).success).toBe(false);
    expect(ZApiMeasure.safeParse({ name: "NPS", kind: "nps", direction: "up", extra: 1 }).success).toBe(
      false,
    );
  });
});
