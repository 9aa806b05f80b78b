// The workspace's map as a RACI sheet (CSV) or JSON. Pure: takes the map read by queries.ts. Every department
// is a column; journeys and stages without touchpoints get a row of their own so import rebuilds them exactly.
import { getChannelSlug } from "../map/channels";
import { writeCsvRecord } from "./csv";
import { FIXED_COLUMNS, neutraliseCell, type SheetRole } from "./format";
import type { CurrentMap } from "./plan";
import { byPosition, groupByPosition } from "./plan-index";

export type ExportJson = {
  format: "throughline.sheet/1";
  departments: { name: string; color: string }[];
  journeys: {
    name: string;
    stages: {
      name: string;
      touchpoints: { name: string; channel: string; roles: Record<string, SheetRole> }[];
    }[];
  }[];
};

export function buildExportJson(map: CurrentMap, opts: { journeyId?: string } = {}): ExportJson {
  const departments = byPosition(map.departments);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const roles = new Map<string, Record<string, SheetRole>>();
  for (const a of map.assignments) {
    const held = roles.get(a.touchpointId) ?? {};
    held[names.get(a.departmentId) ?? a.departmentId] = a.role;
    roles.set(a.touchpointId, held);
  }
  const journeys = byPosition(map.journeys).filter((j) => !opts.journeyId || j.id === opts.journeyId);
  // Grouped once: a search per journey and per stage would be quadratic in a large map.
  const stagesOf = groupByPosition(map.stages, (s) => s.journeyId);
  const touchpointsOf = groupByPosition(map.touchpoints, (t) => t.stageId);
  return {
    format: "throughline.sheet/1",
    departments: departments.map((d) => ({ name: d.name, color: d.color })),
    journeys: journeys.map((j) => ({
      name: j.name,
      stages: (stagesOf.get(j.id) ?? []).map((s) => ({
        name: s.name,
        touchpoints: (touchpointsOf.get(s.id) ?? []).map((t) => ({
          name: t.name,
          channel: getChannelSlug(t.channel),
          roles: roles.get(t.id) ?? {},
        })),
      })),
    })),
  };
}

/** CSV with a UTF-8 byte-order mark (so spreadsheets read accents right) and CRLF line ends. */
export function buildExportCsv(map: CurrentMap, opts: { journeyId?: string } = {}): string {
  const json = buildExportJson(map, opts);
  const departments = json.departments.map((d) => d.name);
  const blanks = (n: number) => Array.from({ length: n }, () => "");
  const lines = [writeCsvRecord([...FIXED_COLUMNS, ...departments.map(neutraliseCell)])];
  const push = (cells: string[]) => lines.push(writeCsvRecord(cells.map(neutraliseCell)));
  for (const journey of json.journeys) {
    if (journey.stages.length === 0) push([journey.name, ...blanks(3 + departments.length)]);
    for (const stage of journey.stages) {
      if (stage.touchpoints.length === 0) push([journey.name, stage.name, ...blanks(2 + departments.length)]);
      for (const t of stage.touchpoints) {
        push([journey.name, stage.name, t.name, t.channel, ...departments.map((d) => t.roles[d] ?? "")]);
      }
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
