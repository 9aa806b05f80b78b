// Small factories for integration tests, on the database getDb() returns (registerTestDb sets it per file).
// Each creates rows with unique names; positions default to the next free one, as the app appends.
import { hashPassword } from "../../lib/auth/password";
import { getCoverageHistory } from "../../lib/coverage/queries";
import { getUtcDayString } from "../../lib/coverage/snapshots";
import { getPrisma } from "../../lib/db/client";
import type { Channel, MemberRole, RaciRole } from "../../lib/db/generated/client";

let counter = 0;
function unique(prefix: string): string {
  counter += 1;
  return `${prefix} ${counter}`;
}

let onWorkspaceCreated: ((workspaceId: string) => Promise<void>) | undefined;

/** Runs after each workspace createWorkspace makes (tests/integration/auth.ts adds the signed-in lead). */
export function setWorkspaceCreatedHook(hook: ((workspaceId: string) => Promise<void>) | undefined): void {
  onWorkspaceCreated = hook;
}

export async function createWorkspace(opts: { name?: string; slug?: string } = {}) {
  const prisma = await getPrisma();
  const name = opts.name ?? unique("Workspace");
  const slug = opts.slug ?? `ws-${process.pid}-${Date.now()}-${++counter}`;
  const workspace = await prisma.workspace.create({ data: { name, slug } });
  await onWorkspaceCreated?.(workspace.id);
  return workspace;
}

/** A user who may sign in with `password` when one is given (hashing takes a moment, so only then). */
export async function createUser(opts: { name?: string; email?: string; password?: string } = {}) {
  const prisma = await getPrisma();
  const email = opts.email ?? `user-${process.pid}-${++counter}@example.com`;
  const passwordHash = opts.password ? await hashPassword(opts.password) : null;
  return prisma.user.create({ data: { email, name: opts.name ?? unique("User"), passwordHash } });
}

export async function createDepartment(opts: {
  workspaceId: string;
  name?: string;
  color?: string;
  description?: string;
}) {
  const prisma = await getPrisma();
  const last = await prisma.department.aggregate({
    where: { workspaceId: opts.workspaceId },
    _max: { position: true },
  });
  return prisma.department.create({
    data: {
      workspaceId: opts.workspaceId,
      name: opts.name ?? unique("Department"),
      color: opts.color ?? "#334155",
      description: opts.description ?? null,
      position: (last._max.position ?? -1) + 1,
    },
  });
}

export async function createJourney(opts: { workspaceId: string; name?: string; description?: string }) {
  const prisma = await getPrisma();
  const last = await prisma.journey.aggregate({
    where: { workspaceId: opts.workspaceId },
    _max: { position: true },
  });
  return prisma.journey.create({
    data: {
      workspaceId: opts.workspaceId,
      name: opts.name ?? unique("Journey"),
      description: opts.description ?? null,
      position: (last._max.position ?? -1) + 1,
    },
  });
}

export async function createStage(opts: { journeyId: string; name?: string; description?: string }) {
  const prisma = await getPrisma();
  const journey = await prisma.journey.findUniqueOrThrow({ where: { id: opts.journeyId } });
  const last = await prisma.stage.aggregate({ where: { journeyId: journey.id }, _max: { position: true } });
  return prisma.stage.create({
    data: {
      workspaceId: journey.workspaceId,
      journeyId: journey.id,
      name: opts.name ?? unique("Stage"),
      description: opts.description ?? null,
      position: (last._max.position ?? -1) + 1,
    },
  });
}

export async function createTouchpoint(opts: {
  stageId: string;
  name?: string;
  channel?: Channel;
  description?: string;
}) {
  const prisma = await getPrisma();
  const stage = await prisma.stage.findUniqueOrThrow({ where: { id: opts.stageId } });
  const last = await prisma.touchpoint.aggregate({ where: { stageId: stage.id }, _max: { position: true } });
  return prisma.touchpoint.create({
    data: {
      workspaceId: stage.workspaceId,
      journeyId: stage.journeyId,
      stageId: stage.id,
      name: opts.name ?? unique("Touchpoint"),
      channel: opts.channel ?? "WEB",
      description: opts.description ?? null,
      position: (last._max.position ?? -1) + 1,
    },
  });
}

/** Gives a department a RACI role on a touchpoint directly (no audit, no version bump): test set-up only. */
export async function setRole(opts: { touchpointId: string; departmentId: string; role: RaciRole }) {
  const prisma = await getPrisma();
  const touchpoint = await prisma.touchpoint.findUniqueOrThrow({ where: { id: opts.touchpointId } });
  return prisma.assignment.upsert({
    where: {
      touchpointId_departmentId: { touchpointId: opts.touchpointId, departmentId: opts.departmentId },
    },
    update: { role: opts.role },
    create: { workspaceId: touchpoint.workspaceId, ...opts },
  });
}

/** Makes a new user a member of the workspace; a department head needs `departmentId`. */
export async function addMember(opts: {
  workspaceId: string;
  role: MemberRole;
  departmentId?: string;
  /** An existing user; a new one by default. */
  userId?: string;
}) {
  const prisma = await getPrisma();
  const user = opts.userId
    ? await prisma.user.findUniqueOrThrow({ where: { id: opts.userId } })
    : await createUser();
  const membership = await prisma.membership.create({
    data: {
      workspaceId: opts.workspaceId,
      userId: user.id,
      role: opts.role,
      departmentId: opts.departmentId ?? null,
    },
  });
  return { user, membership };
}

/** A workspace with `departments` departments (default 3) and one journey → stage → touchpoint. */
export async function createMappedWorkspace(opts: { departments?: number } = {}) {
  const workspace = await createWorkspace();
  const departments = [];
  for (let i = 0; i < (opts.departments ?? 3); i++) {
    departments.push(await createDepartment({ workspaceId: workspace.id }));
  }
  const journey = await createJourney({ workspaceId: workspace.id });
  const stage = await createStage({ journeyId: journey.id });
  const touchpoint = await createTouchpoint({ stageId: stage.id });
  return { workspace, departments, journey, stage, touchpoint };
}

/** Row counts of every table a map or outcome change can touch, to assert that a refused action wrote nothing. */
export async function countRows(): Promise<Record<string, number>> {
  const prisma = await getPrisma();
  const [workspaces, users, memberships, departments, journeys, stages] = await Promise.all([
    prisma.workspace.count(),
    prisma.user.count(),
    prisma.membership.count(),
    prisma.department.count(),
    prisma.journey.count(),
    prisma.stage.count(),
  ]);
  const [touchpoints, assignments, claims, comments, auditEvents, invitations] = await Promise.all([
    prisma.touchpoint.count(),
    prisma.assignment.count(),
    prisma.claim.count(),
    prisma.comment.count(),
    prisma.auditEvent.count(),
    prisma.invitation.count(),
  ]);
  const [measures, targets, readings, webhookEndpoints, webhookDeliveries] = await Promise.all([
    prisma.measure.count(),
    prisma.outcomeTarget.count(),
    prisma.outcomeReading.count(),
    prisma.webhookEndpoint.count(),
    prisma.webhookDelivery.count({ where: { status: "PENDING" } }),
  ]);
  return {
    ...{ workspaces, users, memberships, departments, journeys, stages },
    ...{ touchpoints, assignments, claims, comments, auditEvents, invitations },
    ...{ measures, targets, readings, webhookEndpoints, webhookDeliveries },
  };
}

/**
 * Today's coverage as the dashboard's history shows it (counted live), and whether a change marked today as a
 * day with ownership changes: an action that forgot recordCoverageSnapshot leaves the marker behind.
 */
export async function getTodaysCoverage(workspaceId: string) {
  const prisma = await getPrisma();
  const { coverageDay } = await prisma.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { coverageDay: true },
  });
  const today = (await getCoverageHistory({ workspaceId })).at(-1);
  return {
    ...today,
    isMarkedToday: coverageDay ? getUtcDayString(coverageDay) === getUtcDayString(new Date()) : false,
  };
}
