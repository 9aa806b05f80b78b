// The plan runs on the server's only thread for every preview and import (dryRun=1 included): it must take
// time linear in the sheet and the map, not search the whole map once per journey, stage and touchpoint.
import { describe, expect, it } from "vitest";
import type { ParsedSheet } from "./parse";
import { type CurrentMap, planSheet } from "./plan";
import { cpuMs, fastest } from "./scale-timing";

const DEPARTMENTS = 10;

/** A map of `touchpoints` touchpoints in `stages` stages of one journey, and the sheet naming all of it. */
function mapAndSheet(touchpoints: number, stages: number): { current: CurrentMap; sheet: ParsedSheet } {
  const departments = Array.from({ length: DEPARTMENTS }, (_, d) => ({
    id: `d${d}`,
    name: `Dept ${d}`,
    position: d,
    color: "#000000",
  }));
  const stageRows = Array.from({ length: stages }, (_, s) => ({
    id: `s${s}`,
    journeyId: "j0",
    name: `Stage ${s}`,
    position: s,
  }));
  const touchpointRows = Array.from({ length: touchpoints }, (_, t) => ({
    id: `t${t}`,
    journeyId: "j0",
    stageId: `s${t % stages}`,
    name: `Touchpoint ${t}`,
    channel: "WEB" as const,
    position: Math.floor(t / stages),
  }));
  const current: CurrentMap = {
    departments,
    journeys: [{ id: "j0", name: "Journey", position: 0 }],
    stages: stageRows,
    touchpoints: touchpointRows,
    assignments: touchpointRows.map((t, i) => ({
      touchpointId: t.id,
      departmentId: `d${i % DEPARTMENTS}`,
      role: "A" as const,
    })),
  };
  const byStage = new Map(stageRows.map((row) => [row.id, [] as typeof touchpointRows]));
  for (const t of touchpointRows) byStage.get(t.stageId)?.push(t);
  const sheet: ParsedSheet = {
    // One department fewer, so replace mode clears a role on a tenth of the touchpoints.
    departments: departments.slice(1).map((d) => d.name),
    journeys: [
      {
        name: "Journey",
        stages: stageRows.map((s) => ({
          name: s.name,
          touchpoints: (byStage.get(s.id) ?? []).map((t, i) => ({
            row: i + 2,
            name: t.name,
            channel: "WEB" as const,
            roles: departments.slice(1).map((_, d) => (d === i % 3 ? ("R" as const) : null)),
          })),
        })),
      },
    ],
  };
  return { current, sheet };
}

describe("planSheet at scale", () => {
  it.each([
    ["one stage holding every touchpoint", (n: number) => mapAndSheet(n, 1)],
    ["a stage for every touchpoint", (n: number) => mapAndSheet(n, n)],
  ])("%s: time linear in the size (replace and merge)", (_name, build) => {
    for (const mode of ["replace", "merge"] as const) {
      let n = 0;
      const plan = (input: ReturnType<typeof build>) =>
        planSheet({ ...input, mode, newId: () => `new-${++n}` });
      // Four times the map may take four times as long; three times that (or 50 ms) leaves room for the garbage
      // collector and noise, well short of the sixteen times a search of the map per touchpoint would take.
      const [small, medium] = [build(2_500), build(10_000)];
      const [smallMs = 0, mediumMs = 0] = fastest(
        3,
        () => plan(small),
        () => plan(medium),
      );
      expect(mediumMs).toBeLessThanOrEqual(Math.max(12 * smallMs, 50));
      const large = build(20_000);
      let result: ReturnType<typeof plan> | undefined;
      expect(cpuMs(() => (result = plan(large)))).toBeLessThan(5000);
      expect(result?.summary.counts).toMatchObject({
        touchpointsCreated: 0,
        touchpointsRemoved: 0,
        touchpointsChanged: 20_000,
      });
    }
  });
});
