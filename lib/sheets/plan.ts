// What importing a parsed sheet would do to a workspace's map, for the preview and for apply (which recomputes
// it inside its locked transaction). Pure: the current map comes in as plain rows, new ids from `newId`.
import type { TChannel } from "../structure/channels";
import type { SheetRole } from "./format";
import type { ParsedSheet } from "./parse";

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

const byPosition = <T extends { position: number }>(rows: T[]) =>
  [...rows].sort((a, b) => a.position - b.position);

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

export function planSheet(opts: {
  sheet: ParsedSheet;
  current: CurrentMap;
  mode: SheetMode;
  newId: () => string;
}): SheetPlan {
  const { sheet, current, mode, newId } = opts;
  const summary: PlanSummary = {
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
  const list = (items: PlanItem[], item: PlanItem) => items.length < LIST_CAP && items.push(item);
  const writes: PlanWrites = {
    departments: [],
    journeys: [],
    stages: [],
    touchpoints: [],
    removeJourneyIds: [],
    removeStageIds: [],
    removeTouchpointIds: [],
    setRoles: [],
    clearRoles: [],
  };

  const departmentByName = new Map(current.departments.map((d) => [d.name, d.id]));
  let nextDepartmentPosition = Math.max(-1, ...current.departments.map((d) => d.position)) + 1;
  const columnIds = sheet.departments.map((name) => {
    const existing = departmentByName.get(name);
    if (existing) return existing;
    const id = newId();
    const color =
      COLORS[(current.departments.length + writes.departments.length) % COLORS.length] ?? "#334155";
    writes.departments.push({ id, name, color, position: nextDepartmentPosition++ });
    summary.newDepartments.push(name);
    return id;
  });
  summary.counts.departmentsCreated = writes.departments.length;
  const named = new Set(columnIds);
  if (mode === "replace") {
    summary.clearedDepartments = byPosition(current.departments)
      .filter((d) => !named.has(d.id) && current.assignments.some((a) => a.departmentId === d.id))
      .map((d) => d.name);
  }

  const rolesOf = new Map<string, Map<string, SheetRole>>();
  for (const a of current.assignments) {
    const roles = rolesOf.get(a.touchpointId) ?? new Map<string, SheetRole>();
    roles.set(a.departmentId, a.role);
    rolesOf.set(a.touchpointId, roles);
  }
  const journeyNames = new Map(current.journeys.map((j) => [j.id, j.name]));
  const stageNames = new Map(current.stages.map((s) => [s.id, s.name]));
  const keptJourneys = new Set<string>();
  const keptStages = new Set<string>();
  const keptTouchpoints = new Set<string>();

  const namedJourneys = sheet.journeys.map((sj) => {
    const existing = current.journeys.find((j) => j.name === sj.name);
    const journeyId = existing?.id ?? newId();
    keptJourneys.add(journeyId);
    if (!existing) {
      summary.counts.journeysCreated += 1;
      list(summary.created, { journey: sj.name });
    }
    const existingStages = byPosition(current.stages.filter((s) => s.journeyId === journeyId));
    const namedStages = sj.stages.map((ss) => {
      const stage = existingStages.find((s) => s.name === ss.name);
      const stageId = stage?.id ?? newId();
      keptStages.add(stageId);
      if (!stage) {
        summary.counts.stagesCreated += 1;
        if (existing) list(summary.created, { journey: sj.name, stage: ss.name });
      }
      const existingTouchpoints = byPosition(current.touchpoints.filter((t) => t.stageId === stageId));
      const namedTouchpoints = ss.touchpoints.map((st) => {
        const touchpoint = existingTouchpoints.find((t) => t.name === st.name);
        const id = touchpoint?.id ?? newId();
        keptTouchpoints.add(id);
        const item = { journey: sj.name, stage: ss.name, touchpoint: st.name };
        const roles = rolesOf.get(id) ?? new Map<string, SheetRole>();
        const changes: string[] = [];
        if (touchpoint && touchpoint.channel !== st.channel) changes.push("channel");
        st.roles.forEach((role, column) => {
          const departmentId = columnIds[column] as string;
          const before = roles.get(departmentId) ?? null;
          if (before === role) return;
          if (role) writes.setRoles.push({ touchpointId: id, departmentId, role });
          else writes.clearRoles.push({ touchpointId: id, departmentId });
          changes.push(`${sheet.departments[column]}: ${before ?? "–"} → ${role ?? "–"}`);
        });
        if (mode === "replace" && touchpoint) {
          for (const [departmentId, role] of roles) {
            if (named.has(departmentId)) continue;
            writes.clearRoles.push({ touchpointId: id, departmentId });
            const name = current.departments.find((d) => d.id === departmentId)?.name ?? "?";
            changes.push(`${name}: ${role} → –`);
          }
        }
        // In merge mode a department the sheet does not name keeps its A, so it counts towards a contest too.
        const keptAs =
          mode === "merge" ? [...roles].filter(([d, r]) => r === "A" && !named.has(d)).length : 0;
        if (st.roles.filter((r) => r === "A").length + keptAs >= 2) {
          summary.counts.contested += 1;
          list(summary.contested, item);
        }
        if (!touchpoint) {
          summary.counts.touchpointsCreated += 1;
          if (stage) list(summary.created, item);
        } else if (changes.length > 0) {
          summary.counts.touchpointsChanged += 1;
          list(summary.changed, { ...item, detail: changes.join("; ") });
        }
        return {
          id,
          isNew: !touchpoint,
          position: 0,
          journeyId,
          stageId,
          name: st.name,
          channel: st.channel,
          bump: Boolean(touchpoint) && changes.length > 0,
        };
      });
      writes.touchpoints.push(
        ...order({
          mode,
          named: namedTouchpoints,
          existing: existingTouchpoints,
          keep: (t) => ({ ...t, isNew: false, bump: false }),
        }).map((t, position) => ({ ...t, position })),
      );
      return { id: stageId, isNew: !stage, position: 0, journeyId, name: ss.name };
    });
    writes.stages.push(
      ...order({
        mode,
        named: namedStages,
        existing: existingStages,
        keep: (s) => ({ ...s, isNew: false }),
      }).map((s, position) => ({ ...s, position })),
    );
    return { id: journeyId, isNew: !existing, position: 0, name: sj.name };
  });
  writes.journeys = order({
    mode,
    named: namedJourneys,
    existing: byPosition(current.journeys),
    keep: (j) => ({ ...j, isNew: false }),
  }).map((j, position) => ({ ...j, position }));

  if (mode === "merge") {
    // Stages and touchpoints the sheet does not name stay where they are, in journeys it does not name too.
    const placedStages = new Set(writes.stages.map((s) => s.id));
    const placedTouchpoints = new Set(writes.touchpoints.map((t) => t.id));
    for (const s of current.stages) if (!placedStages.has(s.id)) writes.stages.push({ ...s, isNew: false });
    for (const t of current.touchpoints)
      if (!placedTouchpoints.has(t.id)) writes.touchpoints.push({ ...t, isNew: false, bump: false });
  } else {
    for (const j of byPosition(current.journeys)) {
      if (keptJourneys.has(j.id)) continue;
      writes.removeJourneyIds.push(j.id);
      summary.counts.journeysRemoved += 1;
      list(summary.removed, { journey: j.name });
    }
    for (const s of byPosition(current.stages)) {
      if (keptStages.has(s.id)) continue;
      summary.counts.stagesRemoved += 1;
      if (!keptJourneys.has(s.journeyId)) continue;
      writes.removeStageIds.push(s.id);
      list(summary.removed, { journey: journeyNames.get(s.journeyId) ?? "?", stage: s.name });
    }
    for (const t of byPosition(current.touchpoints)) {
      if (keptTouchpoints.has(t.id)) continue;
      summary.counts.touchpointsRemoved += 1;
      if (!keptStages.has(t.stageId)) continue;
      writes.removeTouchpointIds.push(t.id);
      const item = {
        journey: journeyNames.get(t.journeyId) ?? "?",
        stage: stageNames.get(t.stageId),
        touchpoint: t.name,
      };
      list(summary.removed, item);
    }
  }
  summary.counts.rolesSet = writes.setRoles.length;
  summary.counts.rolesCleared = writes.clearRoles.length;
  return { summary, writes };
}
