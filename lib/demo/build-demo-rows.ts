// Turns the demo's nested data into flat rows for createMany, with ids chosen up front so every table
// is one bulk insert. Pure: the seed runs it, and so can a test without a database.
import { randomUUID } from "node:crypto";
import type { Prisma } from "../db/generated/client";
import type { RaciRole } from "../db/generated/enums";
import { type Coverage, getCoverage, getTouchpointOwnership, type TouchpointRoles } from "../ownership";
import type { DemoDepartmentName, DemoRoles, DemoWorkspace } from "./demo-types";
import { DEMO_USERS, type DemoUserKey } from "./demo-users";

export type DemoRows = {
  workspace: Prisma.WorkspaceCreateManyInput & { id: string };
  departments: Prisma.DepartmentCreateManyInput[];
  journeys: Prisma.JourneyCreateManyInput[];
  stages: Prisma.StageCreateManyInput[];
  touchpoints: Prisma.TouchpointCreateManyInput[];
  assignments: Prisma.AssignmentCreateManyInput[];
  claims: Prisma.ClaimCreateManyInput[];
  /** Each demo user's membership id, chosen up front so journeys can name their owners in the same insert. */
  membershipIds: Record<DemoUserKey, string>;
  /** Counted by the ownership rules, with the pending claims as open claims, for the day's snapshot. */
  coverage: Coverage;
};

// Object.entries widens keys to string; the key set is DemoRoles', so narrowing back is safe.
function getRoleHoldings(
  roles: DemoRoles,
  getDepartmentId: (name: DemoDepartmentName) => string,
): { departmentId: string; role: RaciRole }[] {
  const entries = Object.entries(roles) as [DemoDepartmentName, RaciRole | undefined][];
  return entries.flatMap(([department, role]) =>
    role ? [{ departmentId: getDepartmentId(department), role }] : [],
  );
}

export function buildDemoRows(opts: { data: DemoWorkspace; createId?: () => string }): DemoRows {
  const createId = opts.createId ?? randomUUID;
  const workspaceId = createId();
  const userKeys = Object.keys(DEMO_USERS) as DemoUserKey[];
  const membershipIds = Object.fromEntries(userKeys.map((key) => [key, createId()]));
  const rows: DemoRows = {
    workspace: { id: workspaceId, name: opts.data.name, slug: opts.data.slug, isDemo: true },
    departments: [],
    journeys: [],
    stages: [],
    touchpoints: [],
    assignments: [],
    claims: [],
    membershipIds: membershipIds as Record<DemoUserKey, string>,
    coverage: getCoverage([]),
  };

  const departmentIds = new Map<DemoDepartmentName, string>();
  opts.data.departments.forEach((department, position) => {
    const id = createId();
    departmentIds.set(department.name, id);
    rows.departments.push({ id, workspaceId, position, ...department });
  });
  const getDepartmentId = (name: DemoDepartmentName): string => {
    const id = departmentIds.get(name);
    if (!id) throw new Error(`Demo data names an unknown department: ${name}`);
    return id;
  };

  const touchpointRoles: TouchpointRoles[] = [];
  opts.data.journeys.forEach((journey, journeyPosition) => {
    const journeyId = createId();
    const { name, description } = journey;
    const ownerMembershipId = journey.owner ? rows.membershipIds[journey.owner] : null;
    rows.journeys.push({
      id: journeyId,
      workspaceId,
      position: journeyPosition,
      name,
      description,
      ownerMembershipId,
    });
    journey.stages.forEach((stage, stagePosition) => {
      const stageId = createId();
      const { name, description } = stage;
      rows.stages.push({ id: stageId, workspaceId, journeyId, position: stagePosition, name, description });
      stage.touchpoints.forEach((touchpoint, position) => {
        const touchpointId = createId();
        const { name, channel, description } = touchpoint;
        rows.touchpoints.push({
          id: touchpointId,
          workspaceId,
          journeyId,
          stageId,
          position,
          name,
          channel,
          description,
        });
        const roles = getRoleHoldings(touchpoint.roles, getDepartmentId);
        const openClaims = (touchpoint.claims ?? []).map((claim) => ({
          departmentId: getDepartmentId(claim.department),
          role: claim.role,
          reason: claim.reason,
        }));
        rows.assignments.push(
          ...roles.map((role) => ({ id: createId(), workspaceId, touchpointId, ...role })),
        );
        rows.claims.push(
          ...openClaims.map((claim) => ({
            id: createId(),
            workspaceId,
            touchpointId,
            ...claim,
            status: "PENDING" as const,
          })),
        );
        touchpointRoles.push({ assignments: roles, openClaims });
      });
    });
  });

  rows.coverage = getCoverage(touchpointRoles.map((roles) => getTouchpointOwnership(roles).status));
  return rows;
}
