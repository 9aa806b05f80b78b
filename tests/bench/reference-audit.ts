// The reference workspace's audit trail: mixed actions spread over the last 90 days, each naming a journey
// and a department, with before/after shaped like the app's own events so the Activity page describes them.
import type { Prisma } from "../../lib/db/generated/client";
import type { Random } from "./prng";

type StructureRows = {
  workspace: { id: string };
  users: { id: string }[];
  departments: { id: string; name: string }[];
  touchpoints: { id: string; journeyId: string; name: string }[];
};

type ActionKind =
  | "assignment.set"
  | "touchpoint.updated"
  | "touchpoint.created"
  | "touchpoint.moved"
  | "claim.created"
  | "stage.updated";

const ACTION_WEIGHTS: readonly (readonly [ActionKind, number])[] = [
  ["assignment.set", 60],
  ["touchpoint.updated", 14],
  ["touchpoint.created", 8],
  ["touchpoint.moved", 5],
  ["claim.created", 8],
  ["stage.updated", 5],
];
const ROLES = ["R", "A", "C", "I"] as const;
const NINETY_DAYS_MS = 90 * 86_400_000;

function describeChange(opts: {
  action: ActionKind;
  random: Random;
  touchpointName: string;
  departmentName: string;
}): { before: Prisma.InputJsonValue | undefined; after: Prisma.InputJsonValue | undefined } {
  const { random, touchpointName, departmentName } = opts;
  switch (opts.action) {
    case "assignment.set": {
      const roleOf = () => ({ role: random.pick(ROLES), touchpointName, departmentName });
      const shape = random.int(0, 2);
      return { before: shape === 0 ? undefined : roleOf(), after: shape === 2 ? undefined : roleOf() };
    }
    case "touchpoint.updated":
      return { before: { name: `${touchpointName} (draft)` }, after: { name: touchpointName } };
    case "touchpoint.created":
      return { before: undefined, after: { name: touchpointName } };
    case "touchpoint.moved":
      return { before: { name: touchpointName }, after: { name: touchpointName, stageName: "Compare 1" } };
    case "claim.created":
      return { before: undefined, after: { name: touchpointName, role: "A", departmentName } };
    case "stage.updated":
      return { before: { name: "Buy" }, after: { name: "Buy 1" } };
  }
}

export function buildAuditRows(opts: {
  random: Random;
  count: number;
  rows: StructureRows;
}): Prisma.AuditEventCreateManyInput[] {
  const { random, rows } = opts;
  const now = Date.now();
  const userIds = rows.users.map((u) => u.id);
  const events: Prisma.AuditEventCreateManyInput[] = [];
  for (let i = 0; i < opts.count; i++) {
    const action = random.weighted(ACTION_WEIGHTS);
    const touchpoint = random.pick(rows.touchpoints);
    const department = random.pick(rows.departments);
    const { before, after } = describeChange({
      action,
      random,
      touchpointName: touchpoint.name,
      departmentName: department.name,
    });
    events.push({
      workspaceId: rows.workspace.id,
      // A few events have no actor, as system writes and deleted users leave them.
      actorId: random.next() < 0.05 ? null : random.pick(userIds),
      action,
      // The app records role changes against the touchpoint, as lib/matrix/assignments.ts does.
      entityType: action === "assignment.set" ? "touchpoint" : action.split(".")[0]!,
      entityId: touchpoint.id,
      journeyId: touchpoint.journeyId,
      departmentId: department.id,
      before,
      after,
      createdAt: new Date(now - Math.floor(random.next() * NINETY_DAYS_MS)),
    });
  }
  return events;
}
