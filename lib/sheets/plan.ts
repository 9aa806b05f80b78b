// What importing a parsed sheet would do to a workspace's map, for the preview and for apply (which recomputes
// it inside its locked transaction). Pure: the current map comes in as plain rows, new ids from `newId`.
import type { TChannel } from "../map/channels";
import type { SheetRole } from "./format";
import type { ParsedSheet } from "./parse";
import { byName, byPosition, indexMap, type MapIndex } from "./plan-index";

export type SheetMode = "merge" | "replace";
export type CurrentMap = {
  departments: { id: string; name: string; position: number; color: string }[];
  journeys: { id: string; name: string; position: number }[];
  stages: { id: string; journeyId: string; name: string; position: number }[];
  touchpoints: {
    id: string;
    journeyId: string;
    stageId: string;
    name: string;
    channel: TChannel;
    position: number;
  }[];
  assignments: { touchpointId: string; departmentId: string; role: SheetRole }[];
};

export type PlanItem = { journey: string; stage?: string; touchpoint?: string; detail?: string };
export type PlanCounts = {
  departmentsCreated: number;
  journeysCreated: number;
  journeysRemoved: number;
  stagesCreated: number;
  stagesRemoved: number;
  touchpointsCreated: number;
  touchpointsChanged: number;
  touchpointsRemoved: number;
  rolesSet: number;
  rolesCleared: number;
  contested: number;
};
/** What the preview shows; lists are capped at LIST_CAP items each, counts are complete. */
export type PlanSummary = {
  mode: SheetMode;
  counts: PlanCounts;
  newDepartments: string[];
  /** Replace mode: departments the sheet does not name, whose roles are all cleared. */
  clearedDepartments: string[];
  created: PlanItem[];
  changed: PlanItem[];
  removed: PlanItem[];
  contested: PlanItem[];
};

type Row = { id: string; isNew: boolean; position: number };
export type PlanWrites = {
  departments: { id: string; name: string; color: string; position: number }[];
  journeys: (Row & { name: string })[];
  stages: (Row & { journeyId: string; name: string })[];
  touchpoints: (Row & {
    journeyId: string;
    stageId: string;
    name: string;
    channel: TChannel;
    bump: boolean;
  })[];
  removeJourneyIds: string[];
  removeStageIds: string[];
  removeTouchpointIds: string[];
  setRoles: { touchpointId: string; departmentId: string; role: SheetRole }[];
  clearRoles: { touchpointId: string; departmentId: string }[];
};
export type SheetPlan = { summary: PlanSummary; writes: PlanWrites };

export const LIST_CAP = 200;
const COLORS = ["#1d4ed8", "#047857", "#b45309", "#7c3aed", "#be123c", "#0e7490", "#4d7c0f", "#a21caf"];

/** Sheet order in replace mode; in merge mode existing rows keep their order and new ones follow in sheet order. */
function order<T extends { id: string; isNew: boolean }, E extends { id: string }>(opts: {
  mode: SheetMode;
  named: T[];
  existing: E[];
  keep: (row: E) => T;
}): T[] {
  if (opts.mode === "replace") return opts.named;
  const namedById = new Map(opts.named.map((row) => [row.id, row]));
  const kept = opts.existing.map((row) => namedById.get(row.id) ?? opts.keep(row));
  return [...kept, ...opts.named.filter((row) => row.isNew)];
}

const positioned = <T>(rows: T[]) => rows.map((row, position) => ({ ...row, position }));

/** What every step of the plan reads and adds to. */
type Plan = {
  sheet: ParsedSheet;
  current: CurrentMap;
  mode: SheetMode;
  newId: () => string;
  summary: PlanSummary;
  writes: PlanWrites;
  /** The department id of each sheet column, and the set of them. */
  columnIds: string[];
  named: Set<string>;
  /** The current roles, by touchpoint then department. */
  rolesOf: Map<string, Map<string, SheetRole>>;
  /** The current map indexed once, so each sheet row is a lookup, not a search of the whole map. */
  index: MapIndex;
  kept: { journeys: Set<string>; stages: Set<string>; touchpoints: Set<string> };
};

function list(items: PlanItem[], item: PlanItem): void {
  if (items.length < LIST_CAP) items.push(item);
}

function emptySummary(mode: SheetMode): PlanSummary {
  return {
    mode,
    counts: {
      departmentsCreated: 0,
      journeysCreated: 0,
      journeysRemoved: 0,
      stagesCreated: 0,
      stagesRemoved: 0,
      touchpointsCreated: 0,
      touchpointsChanged: 0,
      touchpointsRemoved: 0,
      rolesSet: 0,
      rolesCleared: 0,
      contested: 0,
    },
    newDepartments: [],
    clearedDepartments: [],
    created: [],
    changed: [],
    removed: [],
    contested: [],
  };
}

export function planSheet(opts: {
  sheet: ParsedSheet;
  current: CurrentMap;
  mode: SheetMode;
  newId: () => string;
}): SheetPlan {
  const { current } = opts;
  const rolesOf = new Map<string, Map<string, SheetRole>>();
  for (const a of current.assignments) {
    const roles = rolesOf.get(a.touchpointId) ?? new Map<string, SheetRole>();
    roles.set(a.departmentId, a.role);
    rolesOf.set(a.touchpointId, roles);
  }
  const plan: Plan = {
    ...opts,
    summary: emptySummary(opts.mode),
    writes: {
      departments: [],
      journeys: [],
      stages: [],
      touchpoints: [],
      removeJourneyIds: [],
      removeStageIds: [],
      removeTouchpointIds: [],
      setRoles: [],
      clearRoles: [],
    },
    columnIds: [],
    named: new Set(),
    rolesOf,
    index: indexMap(current),
    kept: { journeys: new Set(), stages: new Set(), touchpoints: new Set() },
  };
  planDepartments(plan);
  const { writes, summary } = plan;
  writes.journeys = positioned(
    order({
      mode: plan.mode,
      named: opts.sheet.journeys.map((sj) => planJourney(plan, sj)),
      existing: byPosition(current.journeys),
      keep: (j) => ({ ...j, isNew: false }),
    }),
  );
  if (plan.mode === "merge") keepUnnamed(plan);
  else planRemovals(plan);
  summary.counts.rolesSet = writes.setRoles.length;
  summary.counts.rolesCleared = writes.clearRoles.length;
  return { summary, writes };
}

/** Sheet columns to department ids, creating the departments the workspace does not have yet. */
function planDepartments(plan: Plan): void {
  const { current, writes, summary } = plan;
  const departmentByName = new Map(current.departments.map((d) => [d.name, d.id]));
  let nextPosition = current.departments.reduce((max, d) => Math.max(max, d.position), -1) + 1;
  plan.columnIds = plan.sheet.departments.map((name) => {
    const existing = departmentByName.get(name);
    if (existing) return existing;
    const id = plan.newId();
    const color =
      COLORS[(current.departments.length + writes.departments.length) % COLORS.length] ?? "#334155";
    writes.departments.push({ id, name, color, position: nextPosition++ });
    summary.newDepartments.push(name);
    return id;
  });
  summary.counts.departmentsCreated = writes.departments.length;
  plan.named = new Set(plan.columnIds);
  const { named } = plan;
  if (plan.mode === "replace") {
    const holding = new Set(current.assignments.map((a) => a.departmentId));
    summary.clearedDepartments = byPosition(current.departments)
      .filter((d) => !named.has(d.id) && holding.has(d.id))
      .map((d) => d.name);
  }
}

type SheetJourney = ParsedSheet["journeys"][number];
type SheetStage = SheetJourney["stages"][number];
type SheetTouchpoint = SheetStage["touchpoints"][number];

function planJourney(plan: Plan, sj: SheetJourney): PlanWrites["journeys"][number] {
  const { summary, index } = plan;
  const existing = index.journeyByName.get(sj.name);
  const journeyId = existing?.id ?? plan.newId();
  plan.kept.journeys.add(journeyId);
  if (!existing) {
    summary.counts.journeysCreated += 1;
    list(summary.created, { journey: sj.name });
  }
  const existingStages = index.stagesOf.get(journeyId) ?? [];
  const stageByName = byName(existingStages);
  const namedStages = sj.stages.map((ss) => {
    const stage = stageByName.get(ss.name);
    const stageId = stage?.id ?? plan.newId();
    plan.kept.stages.add(stageId);
    if (!stage) {
      summary.counts.stagesCreated += 1;
      if (existing) list(summary.created, { journey: sj.name, stage: ss.name });
    }
    const existingTouchpoints = index.touchpointsOf.get(stageId) ?? [];
    const touchpointByName = byName(existingTouchpoints);
    const where = { journeyId, stageId, journey: sj.name, stage: ss.name, isNewStage: !stage };
    plan.writes.touchpoints.push(
      ...positioned(
        order({
          mode: plan.mode,
          named: ss.touchpoints.map((st) =>
            planTouchpoint(plan, {
              ...where,
              sheet: st,
              touchpoint: touchpointByName.get(st.name),
            }),
          ),
          existing: existingTouchpoints,
          keep: (t) => ({ ...t, isNew: false, bump: false }),
        }),
      ),
    );
    return { id: stageId, isNew: !stage, position: 0, journeyId, name: ss.name };
  });
  plan.writes.stages.push(
    ...positioned(
      order({
        mode: plan.mode,
        named: namedStages,
        existing: existingStages,
        keep: (s) => ({ ...s, isNew: false }),
      }),
    ),
  );
  return { id: journeyId, isNew: !existing, position: 0, name: sj.name };
}

/** One sheet row: its role writes, and what the preview says about it. */
function planTouchpoint(
  plan: Plan,
  opts: {
    journeyId: string;
    stageId: string;
    journey: string;
    stage: string;
    isNewStage: boolean;
    sheet: SheetTouchpoint;
    touchpoint: CurrentMap["touchpoints"][number] | undefined;
  },
): PlanWrites["touchpoints"][number] {
  const { summary, writes, mode, columnIds, named } = plan;
  const { sheet: st, touchpoint } = opts;
  const id = touchpoint?.id ?? plan.newId();
  plan.kept.touchpoints.add(id);
  const item = { journey: opts.journey, stage: opts.stage, touchpoint: st.name };
  const roles = plan.rolesOf.get(id) ?? new Map<string, SheetRole>();
  // Every change is counted; its words are written only while the preview's list has room (LIST_CAP).
  const isListed = summary.changed.length < LIST_CAP;
  const changes: string[] = [];
  let changeCount = 0;
  if (touchpoint && touchpoint.channel !== st.channel) {
    changeCount += 1;
    if (isListed) changes.push("channel");
  }
  for (let column = 0; column < st.roles.length; column++) {
    const role = st.roles[column] ?? null;
    const departmentId = columnIds[column] as string;
    const before = roles.get(departmentId) ?? null;
    if (before === role) continue;
    if (role) writes.setRoles.push({ touchpointId: id, departmentId, role });
    else writes.clearRoles.push({ touchpointId: id, departmentId });
    changeCount += 1;
    if (isListed) changes.push(`${plan.sheet.departments[column]}: ${before ?? "–"} → ${role ?? "–"}`);
  }
  if (mode === "replace" && touchpoint) {
    for (const [departmentId, role] of roles) {
      if (named.has(departmentId)) continue;
      writes.clearRoles.push({ touchpointId: id, departmentId });
      changeCount += 1;
      if (isListed) changes.push(`${plan.index.departmentNames.get(departmentId) ?? "?"}: ${role} → –`);
    }
  }
  // In merge mode a department the sheet does not name keeps its A, so it counts towards a contest too.
  const keptAs = mode === "merge" ? [...roles].filter(([d, r]) => r === "A" && !named.has(d)).length : 0;
  if (st.roles.filter((r) => r === "A").length + keptAs >= 2) {
    summary.counts.contested += 1;
    list(summary.contested, item);
  }
  if (!touchpoint) {
    summary.counts.touchpointsCreated += 1;
    if (!opts.isNewStage) list(summary.created, item);
  } else if (changeCount > 0) {
    summary.counts.touchpointsChanged += 1;
    list(summary.changed, { ...item, detail: changes.join("; ") });
  }
  return {
    id,
    isNew: !touchpoint,
    position: 0,
    journeyId: opts.journeyId,
    stageId: opts.stageId,
    name: st.name,
    channel: st.channel,
    bump: Boolean(touchpoint) && changeCount > 0,
  };
}

/** Merge mode: stages and touchpoints the sheet does not name stay where they are, in journeys it does not name too. */
function keepUnnamed(plan: Plan): void {
  const { current, writes } = plan;
  const placedStages = new Set(writes.stages.map((s) => s.id));
  const placedTouchpoints = new Set(writes.touchpoints.map((t) => t.id));
  for (const s of current.stages) if (!placedStages.has(s.id)) writes.stages.push({ ...s, isNew: false });
  for (const t of current.touchpoints)
    if (!placedTouchpoints.has(t.id)) writes.touchpoints.push({ ...t, isNew: false, bump: false });
}

/** Replace mode: whatever the sheet does not name goes; a removal inside a removed parent is counted, not listed. */
function planRemovals(plan: Plan): void {
  const { current, writes, summary, kept } = plan;
  const journeyNames = new Map(current.journeys.map((j) => [j.id, j.name]));
  const stageNames = new Map(current.stages.map((s) => [s.id, s.name]));
  for (const j of byPosition(current.journeys)) {
    if (kept.journeys.has(j.id)) continue;
    writes.removeJourneyIds.push(j.id);
    summary.counts.journeysRemoved += 1;
    list(summary.removed, { journey: j.name });
  }
  for (const s of byPosition(current.stages)) {
    if (kept.stages.has(s.id)) continue;
    summary.counts.stagesRemoved += 1;
    if (!kept.journeys.has(s.journeyId)) continue;
    writes.removeStageIds.push(s.id);
    list(summary.removed, { journey: journeyNames.get(s.journeyId) ?? "?", stage: s.name });
  }
  for (const t of byPosition(current.touchpoints)) {
    if (kept.touchpoints.has(t.id)) continue;
    summary.counts.touchpointsRemoved += 1;
    if (!kept.stages.has(t.stageId)) continue;
    writes.removeTouchpointIds.push(t.id);
    const item = {
      journey: journeyNames.get(t.journeyId) ?? "?",
      stage: stageNames.get(t.stageId),
      touchpoint: t.name,
    };
    list(summary.removed, item);
  }
}
