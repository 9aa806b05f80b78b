// What a person should see on the demo workspace, derived from the demo data and the ownership rules
// rather than typed in by hand, so the browser tests follow the data if it changes.
import { DEMO_WORKSPACE } from "../../lib/demo/demo-data";
import { SLIPPING_TOUCHPOINTS } from "../../lib/demo/demo-outcomes";
import type { DemoDepartmentName, DemoTouchpoint } from "../../lib/demo/demo-types";
import {
  type Coverage,
  getCoverage,
  getTouchpointOwnership,
  type TouchpointOwnership,
} from "../../lib/ownership";

export { DEMO_WORKSPACE };

export function getDemoOwnership(touchpoint: DemoTouchpoint): TouchpointOwnership {
  const held = Object.entries(touchpoint.roles).flatMap(([departmentId, role]) =>
    role ? [{ departmentId, role }] : [],
  );
  const openClaims = (touchpoint.claims ?? []).map((c) => ({ departmentId: c.department, role: c.role }));
  return getTouchpointOwnership({ assignments: held, openClaims });
}

export function getDemoCoverage(journeyName?: string): Coverage {
  const journeys = DEMO_WORKSPACE.journeys.filter((j) => !journeyName || j.name === journeyName);
  const touchpoints = journeys.flatMap((j) => j.stages.flatMap((s) => s.touchpoints));
  return getCoverage(touchpoints.map((t) => getDemoOwnership(t).status));
}

/** The text the coverage meter shows, e.g. "80% owned · 39/49". */
export function formatDemoCoverage(coverage: Coverage): string {
  const percent = coverage.ratio === null ? "—" : `${Math.round(coverage.ratio * 100)}%`;
  return `${percent} owned · ${coverage.owned}/${coverage.total}`;
}

/** The first touchpoint of a journey with the given status, with its stage. */
export function findDemoTouchpoint(journeyName: string, status: TouchpointOwnership["status"]) {
  const journey = DEMO_WORKSPACE.journeys.find((j) => j.name === journeyName);
  for (const stage of journey?.stages ?? []) {
    for (const touchpoint of stage.touchpoints) {
      const ownership = getDemoOwnership(touchpoint);
      if (ownership.status === status) return { stage, touchpoint, ownership };
    }
  }
  throw new Error(`The demo journey ${journeyName} has no ${status} touchpoint`);
}

/**
 * The touchpoints of a journey whose outcome the matrix shows off target this month (lib/demo/demo-outcomes.ts):
 * those unowned or contested as seeded, which miss their CSAT target, and the owned ones that slip. Readings
 * follow the seed, not later changes of roles.
 */
export function getDemoOffTarget(journeyName: string): string[] {
  const journey = DEMO_WORKSPACE.journeys.find((j) => j.name === journeyName);
  return (journey?.stages ?? []).flatMap((stage) =>
    stage.touchpoints
      .filter((t) => getDemoOwnership(t).status !== "OWNED" || SLIPPING_TOUCHPOINTS.has(t.name))
      .map((t) => t.name),
  );
}

/** The demo journey's touchpoints a department holds A on as seeded, in journey order, with their stages. */
export function getDemoAccountable(journeyName: string, department: DemoDepartmentName) {
  const journey = DEMO_WORKSPACE.journeys.find((j) => j.name === journeyName);
  return (journey?.stages ?? []).flatMap((stage) =>
    stage.touchpoints.filter((t) => t.roles[department] === "A").map((touchpoint) => ({ stage, touchpoint })),
  );
}
