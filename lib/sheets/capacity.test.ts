import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkRoundTrip, measureExport, measureExportAfter } from "./capacity";
import { buildExportCsv } from "./export";
import { SHEET_LIMITS } from "./format";
import { parseSheet } from "./parse";
import { type CurrentMap, type PlanWrites, planSheet, type SheetMode } from "./plan";

let n = 0;
const newId = () => `new-${++n}`;
const EMPTY: CurrentMap = { departments: [], journeys: [], stages: [], touchpoints: [], assignments: [] };
const bytesOf = (text: string) => new TextEncoder().encode(text).byteLength;

/** The map once `writes` are applied, as the database would hold it: what measureExportAfter must foresee. */
function applyWrites(current: CurrentMap, writes: PlanWrites): CurrentMap {
  const kept = new Set(writes.touchpoints.map((t) => t.id));
  const roles = new Map<string, CurrentMap["assignments"][number]>();
  const key = (a: { touchpointId: string; departmentId: string }) => `${a.touchpointId} ${a.departmentId}`;
  for (const a of current.assignments) if (kept.has(a.touchpointId)) roles.set(key(a), a);
  for (const a of writes.clearRoles) roles.delete(key(a));
  for (const a of writes.setRoles) roles.set(key(a), a);
  return {
    departments: [...current.departments, ...writes.departments],
    journeys: writes.journeys,
    stages: writes.stages,
    touchpoints: writes.touchpoints,
    assignments: [...roles.values()],
  };
}

function importInto(current: CurrentMap, csv: string, mode: SheetMode) {
  const parsed = parseSheet(csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
  const { writes } = planSheet({ sheet: parsed.sheet, current, mode, newId });
  return { writes, after: applyWrites(current, writes), errors: checkRoundTrip(current, writes) };
}

// Names that need quotes, neutralising, or several bytes each.
const name = fc.constantFrom("a", "=x", "'q", " sp", "x,y", 'qu"o', "line\nbreak", "Ops", "-1", "漢字", "😀");
const sheetText = fc
  .tuple(
    fc.uniqueArray(name, { maxLength: 4 }),
    fc.array(fc.tuple(name, name, fc.option(name), fc.constantFrom("web", "mobile-app"), fc.nat(4)), {
      maxLength: 12,
    }),
  )
  .map(([departments, rows]) => {
    const quote = (cell: string) => `"${cell.replaceAll('"', '""')}"`;
    const roles = (seed: number) => departments.map((_, d) => ["", "A", "R", "C", "I"][(seed + d) % 5]);
    const lines = rows.map(([journey, stage, touchpoint, channel, seed], i) =>
      touchpoint === null
        ? [quote(journey), quote(stage), "", "", ...departments.map(() => "")].join(",")
        : [quote(journey), quote(stage), quote(`${touchpoint}${i}`), channel, ...roles(seed)].join(","),
    );
    return [
      ["journey", "stage", "touchpoint", "channel", ...departments.map(quote)].join(","),
      ...lines,
    ].join("\n");
  });

describe("measureExport", () => {
  it("is the size of the export, to the byte, before and after any import", () => {
    fc.assert(
      fc.property(sheetText, sheetText, fc.constantFrom("merge", "replace"), (first, second, mode) => {
        const { after: current } = importInto(EMPTY, first, "replace");
        const csv = buildExportCsv(current);
        expect(measureExport(current, current.assignments.length)).toEqual({
          departments: current.departments.length,
          rows: csv.split("\r\n").length - 2,
          bytes: bytesOf(csv),
        });
        const { writes, after } = importInto(current, second, mode as SheetMode);
        expect(measureExportAfter(current, writes)).toEqual(measureExport(after, after.assignments.length));
        expect(measureExportAfter(current, writes).bytes).toBe(bytesOf(buildExportCsv(after)));
      }),
      { numRuns: 300 },
    );
  });
});

const rows = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => `J${(from + i) % 10},S,T${from + i},web,A`).join("\n");

describe("checkRoundTrip", () => {
  it("lets a workspace reach the row limit, and refuses the row past it", () => {
    const full = importInto(
      EMPTY,
      `journey,stage,touchpoint,channel,Ops\n${rows(SHEET_LIMITS.rows)}`,
      "replace",
    );
    expect(full.errors).toEqual([]);
    const csv = `journey,stage,touchpoint,channel,Ops\n${rows(1, SHEET_LIMITS.rows)}`;
    expect(importInto(full.after, csv, "merge").errors).toEqual([
      { row: 1, column: null, message: expect.stringMatching(/20001 rows; a sheet has at most 20000/) },
    ]);
    // Replace with that one row leaves one row.
    expect(importInto(full.after, csv, "replace").errors).toEqual([]);
  });

  it("counts empty journeys and stages as rows, as export writes them", () => {
    const full = importInto(
      EMPTY,
      `journey,stage,touchpoint,channel,Ops\n${rows(SHEET_LIMITS.rows - 1)}`,
      "replace",
    );
    expect(importInto(full.after, "journey,stage,touchpoint,channel\nEmpty,,,\n", "merge").errors).toEqual(
      [],
    );
    const two = "journey,stage,touchpoint,channel\nEmpty,,,\nAlso empty,Stage,,\n";
    expect(importInto(full.after, two, "merge").errors).toHaveLength(1);
  });

  it("lets a workspace already past a limit import what does not make it worse", () => {
    const departments = Array.from({ length: SHEET_LIMITS.departments + 5 }, (_, i) => ({
      id: `d${i}`,
      name: `D${i}`,
      position: i,
      color: "#334155",
    }));
    const crowded: CurrentMap = { ...EMPTY, departments };
    const sheet = (department: string) =>
      `journey,stage,touchpoint,channel,${department}\nBuy,Pay,Card,web,A\n`;
    expect(importInto(crowded, sheet("D1"), "merge").errors).toEqual([]);
    expect(importInto(crowded, sheet("New"), "merge").errors).toEqual([
      {
        row: 1,
        column: null,
        message: expect.stringMatching(/206 departments; a workspace has at most 200/),
      },
    ]);
  });
});
