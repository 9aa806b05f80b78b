// Finds the names of a targets or readings sheet in the workspace: journey, stage within it, touchpoint within
// that, and measure, each matched exactly as the RACI sheet matches names (lib/sheets/plan.ts), and checks each
// value against its measure's scale (refused, never clamped). Pure: the workspace's names come in as rows,
// indexed once, so each sheet row is a lookup.
import { Problems } from "../sheets/parse";
import { type MeasureScale, valueProblem } from "./rules";
import type { ScopeNames } from "./sheet-parse";

export type SheetMeasure = MeasureScale & { id: string; name: string };

/** What the workspace holds of the names a sheet may use (lib/outcomes/sheet-queries.ts reads it). */
export type OutcomeNames = {
  journeys: { id: string; name: string }[];
  stages: { id: string; journeyId: string; name: string }[];
  touchpoints: { id: string; stageId: string; name: string }[];
  measures: SheetMeasure[];
};

type StageEntry = { id: string; touchpoints: Map<string, string> };
type JourneyEntry = { id: string; stages: Map<string, StageEntry> };
export type NameIndex = { journeys: Map<string, JourneyEntry>; measures: Map<string, SheetMeasure> };

export function indexNames(names: OutcomeNames): NameIndex {
  const journeys = new Map<string, JourneyEntry>();
  const journeyById = new Map<string, JourneyEntry>();
  for (const j of names.journeys) {
    const entry = { id: j.id, stages: new Map<string, StageEntry>() };
    journeys.set(j.name, entry);
    journeyById.set(j.id, entry);
  }
  const stageById = new Map<string, StageEntry>();
  for (const s of names.stages) {
    const entry = { id: s.id, touchpoints: new Map<string, string>() };
    journeyById.get(s.journeyId)?.stages.set(s.name, entry);
    stageById.set(s.id, entry);
  }
  for (const t of names.touchpoints) stageById.get(t.stageId)?.touchpoints.set(t.name, t.id);
  return { journeys, measures: new Map(names.measures.map((m) => [m.name, m])) };
}

/** A value's scope as the tables key it: the touchpoint, else the journey itself. */
export type ScopeKey = { journeyId: string; touchpointId: string | null; scopeId: string };
/** A sheet row (`input`) with its scope and measure. */
export type Resolved<R> = ScopeKey & { measure: SheetMeasure; input: R };

const quoted = (name: string) => `“${name.slice(0, 60)}${name.length > 60 ? "…" : ""}”`;

/** The row's scope and measure, or null with each unknown name noted against its column. */
function resolveRow<R extends ScopeNames & { row: number; measure: string }>(
  index: NameIndex,
  row: R,
  problems: Problems,
): Resolved<R> | null {
  const measure = index.measures.get(row.measure);
  if (!measure)
    problems.add(
      row.row,
      "measure",
      `No measure is named ${quoted(row.measure)}. Add it under Settings → Measures first.`,
    );
  const journey = index.journeys.get(row.journey);
  if (!journey) {
    problems.add(row.row, "journey", `No journey is named ${quoted(row.journey)}.`);
    return null;
  }
  if (!row.stage) {
    if (!measure) return null;
    return { journeyId: journey.id, touchpointId: null, scopeId: journey.id, measure, input: row };
  }
  const stage = journey.stages.get(row.stage);
  const touchpointId = stage?.touchpoints.get(row.touchpoint);
  if (!stage)
    problems.add(
      row.row,
      "stage",
      `The journey ${quoted(row.journey)} has no stage named ${quoted(row.stage)}.`,
    );
  else if (!touchpointId)
    problems.add(
      row.row,
      "touchpoint",
      `The stage ${quoted(row.stage)} of ${quoted(row.journey)} has no touchpoint named ${quoted(row.touchpoint)}.`,
    );
  if (!touchpointId || !measure) return null;
  return { journeyId: journey.id, touchpointId, scopeId: touchpointId, measure, input: row };
}

/**
 * Every row with its scope and measure, or every problem: unknown names, values off their measure's scale
 * (`valueColumn` names the value's column; a null value, a target being cleared, is not checked) and scopes the
 * caller may not write to (`refuse`, reported against the touchpoint, or the journey for a journey's own).
 */
export function resolveRows<R extends ScopeNames & { row: number; measure: string; value: number | null }>(
  index: NameIndex,
  rows: readonly R[],
  opts: { valueColumn: string; refuse?: (scope: ScopeKey) => string | null },
): { ok: true; rows: Resolved<R>[] } | ReturnType<Problems["fail"]> {
  const problems = new Problems();
  const resolved: Resolved<R>[] = [];
  for (const row of rows) {
    const found = resolveRow(index, row, problems);
    if (!found) continue;
    const refusal = opts.refuse?.(found);
    if (refusal) problems.add(row.row, found.touchpointId === null ? "journey" : "touchpoint", refusal);
    const problem = row.value === null ? null : valueProblem(found.measure, row.value);
    if (problem) problems.add(row.row, opts.valueColumn, `${found.measure.name} ${problem}.`);
    if (!refusal && !problem) resolved.push(found);
  }
  return problems.count > 0 ? problems.fail() : { ok: true, rows: resolved };
}
