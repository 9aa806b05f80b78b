// A workspace's export must always import back into it (README, RACI sheets), so an import may not leave the
// workspace holding more than one sheet can: SHEET_LIMITS' departments, rows and bytes of the export of the map
// the plan would leave. Measured without building that export (the plan may hold hundreds of thousands of role
// writes): the export's size follows from its names and how many roles it holds. Pure.
import { getChannelSlug } from "../map/channels";
import { utf8Length, writeCsvRecord } from "./csv";
import { FIXED_COLUMNS, neutraliseCell, SHEET_LIMITS } from "./format";
import type { SheetError } from "./parse";
import type { CurrentMap, PlanWrites } from "./plan";

/** What the export of a map amounts to, in SHEET_LIMITS' terms. */
export type SheetSize = { departments: number; rows: number; bytes: number };
type Structure = Omit<CurrentMap, "assignments">;

const cellBytes = (value: string) => utf8Length(writeCsvRecord([neutraliseCell(value)]));

/**
 * The size of buildExportCsv(map) for a map with this structure and `roles` role cells, row by row as it writes
 * them: `journey,stage,touchpoint,channel` then one comma and at most one letter per department; CRLF after
 * every line; a 3-byte byte-order mark. A test holds it to the real export.
 */
export function measureExport(map: Structure, roles: number): SheetSize {
  const columns = map.departments.length;
  const header = writeCsvRecord([...FIXED_COLUMNS, ...map.departments.map((d) => neutraliseCell(d.name))]);
  let bytes = 3 + utf8Length(header) + 2 + roles;
  let rows = 0;
  const journeyBytes = new Map(map.journeys.map((j) => [j.id, cellBytes(j.name)]));
  const stageBytes = new Map(
    map.stages.map((s) => [s.id, (journeyBytes.get(s.journeyId) ?? 0) + cellBytes(s.name)]),
  );
  const stagesWithTouchpoints = new Set<string>();
  for (const t of map.touchpoints) {
    stagesWithTouchpoints.add(t.stageId);
    rows += 1;
    // A channel slug is plain ASCII that needs no quotes: its length is its size.
    const channel = getChannelSlug(t.channel).length;
    bytes += (stageBytes.get(t.stageId) ?? 0) + cellBytes(t.name) + channel + 3 + columns + 2;
  }
  const journeysWithStages = new Set<string>();
  for (const s of map.stages) {
    journeysWithStages.add(s.journeyId);
    if (stagesWithTouchpoints.has(s.id)) continue;
    rows += 1;
    bytes += (stageBytes.get(s.id) ?? 0) + 3 + columns + 2;
  }
  for (const j of map.journeys) {
    if (journeysWithStages.has(j.id)) continue;
    rows += 1;
    bytes += (journeyBytes.get(j.id) ?? 0) + 3 + columns + 2;
  }
  return { departments: columns, rows, bytes };
}

/** The size of the export of the map once the plan's writes are applied, without applying them. */
export function measureExportAfter(current: CurrentMap, writes: PlanWrites): SheetSize {
  const kept = new Set(writes.touchpoints.map((t) => t.id));
  const held = new Map<string, Set<string>>();
  let roles = 0;
  for (const a of current.assignments) {
    if (!kept.has(a.touchpointId)) continue;
    roles += 1;
    const departments = held.get(a.touchpointId) ?? new Set<string>();
    departments.add(a.departmentId);
    held.set(a.touchpointId, departments);
  }
  // The plan clears only roles that are held, and sets each (touchpoint, department) at most once.
  roles -= writes.clearRoles.length;
  for (const a of writes.setRoles) if (!held.get(a.touchpointId)?.has(a.departmentId)) roles += 1;
  const structure = {
    departments: [...current.departments, ...writes.departments],
    journeys: writes.journeys,
    stages: writes.stages,
    touchpoints: writes.touchpoints,
  };
  return measureExport(structure, roles);
}

const BACK = "so its export could not be imported back";
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/**
 * Why the map an import would leave could not round-trip, as errors on the header row; empty when it can.
 * A limit counts only when this import crosses it or goes further past it: a workspace already past one
 * (through the structure pages) may still import sheets that do not make it worse.
 */
export function checkRoundTrip(current: CurrentMap, writes: PlanWrites): SheetError[] {
  const after = measureExportAfter(current, writes);
  const exceeds = (key: keyof SheetSize, limit: number) => {
    if (after[key] <= limit) return false;
    return after[key] > measureExport(current, current.assignments.length)[key];
  };
  const messages: string[] = [];
  if (exceeds("departments", SHEET_LIMITS.departments))
    messages.push(
      `This import would leave the workspace with ${after.departments} departments; a workspace has at most ${SHEET_LIMITS.departments}, ${BACK}. Name fewer new departments, or use the existing ones.`,
    );
  if (exceeds("rows", SHEET_LIMITS.rows))
    messages.push(
      `After this import the workspace's sheet would have ${after.rows} rows; a sheet has at most ${SHEET_LIMITS.rows}, ${BACK}. Import fewer touchpoints, or remove some first.`,
    );
  if (exceeds("bytes", SHEET_LIMITS.bytes))
    messages.push(
      `After this import the workspace's export would be ${mb(after.bytes)}; a sheet is at most ${SHEET_LIMITS.bytes / 1024 / 1024} MB, ${BACK}. Import fewer touchpoints or shorter names.`,
    );
  return messages.map((message) => ({ row: 1, column: null, message }));
}
