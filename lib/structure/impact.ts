// What goes with a delete, counted on the server and put into words for the confirmation dialog and the
// audit trail. Pure: safe in client components.

export type DepartmentImpact = { assignments: number; pendingClaims: number; members: number };
export type JourneyImpact = { stages: number; touchpoints: number; assignments: number };
export type StageImpact = { touchpoints: number; assignments: number };
export type TouchpointImpact = { assignments: number };

export function formatCount(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function listWords(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** "3 stages, 12 touchpoints and 30 role assignments", or null when nothing else goes. */
export function describeImpact(counts: readonly [number, string][]): string | null {
  const parts = counts.filter(([count]) => count > 0).map(([count, one]) => formatCount(count, one));
  return parts.length === 0 ? null : listWords(parts);
}

export function describeJourneyImpact(impact: JourneyImpact): string | null {
  return describeImpact([
    [impact.stages, "stage"],
    [impact.touchpoints, "touchpoint"],
    [impact.assignments, "role assignment"],
  ]);
}

export function describeStageImpact(impact: StageImpact): string | null {
  return describeImpact([
    [impact.touchpoints, "touchpoint"],
    [impact.assignments, "role assignment"],
  ]);
}

export function describeTouchpointImpact(impact: TouchpointImpact): string | null {
  return describeImpact([[impact.assignments, "role assignment"]]);
}

export function describeDepartmentImpact(impact: DepartmentImpact): string | null {
  return describeImpact([
    [impact.assignments, "role assignment"],
    [impact.pendingClaims, "pending claim"],
  ]);
}
