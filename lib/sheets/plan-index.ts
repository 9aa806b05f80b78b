// The current map indexed once per plan (and per export), so each sheet row is a lookup rather than a search
// of the whole map: a 20,000-row sheet against a 20,000-touchpoint map plans in linear time. Pure.
import type { CurrentMap } from "./plan";

export const byPosition = <T extends { position: number }>(rows: T[]) =>
  [...rows].sort((a, b) => a.position - b.position);

export type MapIndex = {
  journeyByName: Map<string, CurrentMap["journeys"][number]>;
  /** Each journey's stages and each stage's touchpoints, by position. */
  stagesOf: Map<string, CurrentMap["stages"]>;
  touchpointsOf: Map<string, CurrentMap["touchpoints"]>;
  departmentNames: Map<string, string>;
};

/** Rows grouped by a key, each group by position. */
export function groupByPosition<T extends { position: number }>(
  rows: T[],
  key: (row: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of byPosition(rows)) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** The first row of each name, as `find` would return it. */
export function byName<T extends { name: string }>(rows: T[]): Map<string, T> {
  const found = new Map<string, T>();
  for (const row of rows) if (!found.has(row.name)) found.set(row.name, row);
  return found;
}

export function indexMap(current: CurrentMap): MapIndex {
  return {
    journeyByName: byName(current.journeys),
    stagesOf: groupByPosition(current.stages, (s) => s.journeyId),
    touchpointsOf: groupByPosition(current.touchpoints, (t) => t.stageId),
    departmentNames: new Map(current.departments.map((d) => [d.id, d.name])),
  };
}
