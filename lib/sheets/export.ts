// The workspace's map as a RACI sheet (CSV) or JSON. Pure: takes the map read by queries.ts. Every department
// is a column; journeys and stages without touchpoints get a row of their own so import rebuilds them exactly.
import { getChannelSlug } from "../map/channels";
import type { TSheetJson } from "./api-schemas";
import { writeCsvRecord } from "./csv";
import { FIXED_COLUMNS, neutraliseCell, type SheetRole } from "./format";
import type { CurrentMap } from "./plan";
import { byPosition, groupByPosition } from "./plan-index";

/** The JSON export without its workspace, which the route adds: typed by the schema the API documents. */
export type ExportJson = Omit<TSheetJson, "workspace">;

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

/**
 * CSV with a UTF-8 byte-order mark (so spreadsheets read accents right) and CRLF line ends. Built from the map
 * directly, a row at a time: it runs on every export and on every import's size check (lib/sheets/capacity.ts),
 * and role cells (one letter or empty) never need neutralising or quotes.
 */
export function buildExportCsv(map: CurrentMap, opts: { journeyId?: string } = {}): string {
  const departments = byPosition(map.departments);
  const column = new Map(departments.map((d, at) => [d.id, at]));
  const roleCells = new Map<string, string[]>();
  for (const a of map.assignments) {
    const at = column.get(a.departmentId);
    if (at === undefined) continue;
    const cells = roleCells.get(a.touchpointId) ?? Array.from(departments, () => "");
    cells[at] = a.role;
    roleCells.set(a.touchpointId, cells);
  }
  const noRoles = ",".repeat(departments.length);
  const cell = (value: string) => writeCsvRecord([neutraliseCell(value)]);
  const lines = [writeCsvRecord([...FIXED_COLUMNS, ...departments.map((d) => neutraliseCell(d.name))])];
  const stagesOf = groupByPosition(map.stages, (s) => s.journeyId);
  const touchpointsOf = groupByPosition(map.touchpoints, (t) => t.stageId);
  for (const journey of byPosition(map.journeys)) {
    if (opts.journeyId && journey.id !== opts.journeyId) continue;
    const journeyCell = cell(journey.name);
    const stages = stagesOf.get(journey.id) ?? [];
    if (stages.length === 0) lines.push(`${journeyCell},,,${noRoles}`);
    for (const stage of stages) {
      const prefix = `${journeyCell},${cell(stage.name)},`;
      const touchpoints = touchpointsOf.get(stage.id) ?? [];
      if (touchpoints.length === 0) lines.push(`${prefix},${noRoles}`);
      for (const t of touchpoints) {
        const roles = roleCells.get(t.id);
        const channel = cell(getChannelSlug(t.channel));
        lines.push(`${prefix}${cell(t.name)},${channel}${roles ? `,${roles.join(",")}` : noRoles}`);
      }
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
