import { describe, expect, it } from "vitest";
import { buildDemoRows } from "./build-demo-rows";
import { DEMO_WORKSPACE } from "./demo-data";
import { buildDemoHistory, DEMO_HISTORY_WEEKS } from "./demo-history";

const today = new Date(Date.UTC(2026, 10, 30));
const { coverage } = buildDemoRows({ data: DEMO_WORKSPACE });
const history = buildDemoHistory({ coverage, today });

describe("the demo's coverage history", () => {
  it("covers the past year, a snapshot a week on distinct UTC days, ending with today's real coverage", () => {
    expect(history).toHaveLength(DEMO_HISTORY_WEEKS + 1);
    expect(history.at(-1)).toEqual({
      day: today,
      touchpoints: coverage.total,
      owned: coverage.owned,
      unowned: coverage.unowned,
      contested: coverage.contested,
    });
    expect(today.getTime() - history[0]!.day.getTime()).toBeGreaterThanOrEqual(364 * 86_400_000);
    const days = history.map((s) => s.day.getTime());
    expect(new Set(days).size).toBe(days.length);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const s of history) expect(s.day.getUTCHours()).toBe(0);
  });

  it("adds up every day and tells a story: ownership rises, never past today's", () => {
    for (const s of history) {
      expect(s.owned + s.unowned + s.contested).toBe(s.touchpoints);
      expect(Math.min(s.owned, s.unowned, s.contested)).toBeGreaterThanOrEqual(0);
      expect(s.owned).toBeLessThanOrEqual(coverage.owned);
    }
    for (let i = 1; i < history.length; i++)
      expect(history[i]!.owned).toBeGreaterThanOrEqual(history[i - 1]!.owned);
    expect(history[0]!.owned).toBeLessThan(coverage.owned * 0.8);
  });
});
