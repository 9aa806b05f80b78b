// Seeds the demo workspace: once, atomically, with a fixed number of queries however large the demo grows.
// No "server-only" import, like lib/db: start-up code and scripts outside React's server build call this.

import { hashPassword } from "../auth/password";
import { Prisma, type PrismaClient } from "../db/generated/client";
import { monthOf } from "../outcomes/rules";
import { buildDemoRows } from "./build-demo-rows";
import { DEMO_SLUG, DEMO_WORKSPACE } from "./demo-data";
import { buildDemoHistory } from "./demo-history";
import { buildDemoOutcomes } from "./demo-outcomes";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "./demo-users";
import { buildDemoConfirmations } from "./demo-verification";

export type SeedResult = { created: boolean; workspaceId: string };

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  const workspace = await prisma.workspace.findFirst({ select: { id: true } });
  return workspace === null;
}

async function findDemoWorkspaceId(prisma: PrismaClient): Promise<string | null> {
  const workspace = await prisma.workspace.findUnique({ where: { slug: DEMO_SLUG }, select: { id: true } });
  return workspace?.id ?? null;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

// Snapshots are one row per calendar day in UTC, whatever the server's time zone.
function getUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Creates the demo workspace unless one with its slug exists; a second call changes nothing. */
export async function seedDemoWorkspace(prisma: PrismaClient): Promise<SeedResult> {
  const existingId = await findDemoWorkspaceId(prisma);
  if (existingId) return { created: false, workspaceId: existingId };

  const rows = buildDemoRows({ data: DEMO_WORKSPACE });
  const outcomes = buildDemoOutcomes({ rows, month: monthOf(new Date()) });
  const workspaceId = rows.workspace.id;
  const demoUserKeys = Object.keys(DEMO_USERS) as DemoUserKey[];
  const demoUsers = demoUserKeys.map((key) => DEMO_USERS[key]);
  // Hashed before the transaction (each takes a while), every one with its own salt.
  const passwordHashes = await Promise.all(demoUsers.map(() => hashPassword(DEMO_PASSWORD)));
  try {
    await prisma.$transaction(
      async (tx) => {
        // Workspace first: a concurrent seed waits on the unique slug here, then fails with P2002.
        await tx.workspace.create({ data: rows.workspace });
        await tx.department.createMany({ data: rows.departments });
        // Accounts outlive a deleted demo workspace; a reseed gives them their memberships back.
        await tx.user.createMany({
          data: demoUsers.map((u, i) => ({ email: u.email, name: u.name, passwordHash: passwordHashes[i] })),
          skipDuplicates: true,
        });
        const users = await tx.user.findMany({
          where: { email: { in: demoUsers.map((u) => u.email) } },
          select: { id: true, email: true },
        });
        const departmentIds = new Map(rows.departments.map((d) => [d.name, d.id]));
        // With the ids buildDemoRows chose, which the journeys' owners name.
        await tx.membership.createMany({
          data: demoUserKeys.map((key) => {
            const u = DEMO_USERS[key];
            return {
              id: rows.membershipIds[key],
              workspaceId,
              userId: users.find((row) => row.email === u.email)!.id,
              role: u.role,
              departmentId: "department" in u ? departmentIds.get(u.department) : null,
            };
          }),
        });
        await tx.journey.createMany({ data: rows.journeys });
        await tx.stage.createMany({ data: rows.stages });
        await tx.touchpoint.createMany({ data: rows.touchpoints });
        await tx.assignment.createMany({ data: rows.assignments });
        // Writing A confirmed every owned touchpoint just now; the demo's owners confirmed them over months.
        const confirmations = buildDemoConfirmations(
          rows.touchpoints.map((t) => t.id!),
          new Date(),
        );
        await tx.$executeRaw`
          UPDATE "Touchpoint" AS t SET "ownershipConfirmedAt" = x.at
          FROM jsonb_to_recordset(${JSON.stringify(confirmations)}::jsonb) AS x(id uuid, at timestamp)
          WHERE t."id" = x.id AND t."workspaceId" = ${workspaceId}::uuid`;
        await tx.claim.createMany({ data: rows.claims });
        await tx.measure.createMany({ data: outcomes.measures });
        await tx.outcomeTarget.createMany({ data: outcomes.targets });
        await tx.outcomeReading.createMany({ data: outcomes.readings });
        await tx.auditEvent.create({
          data: {
            workspaceId,
            action: "workspace.seeded",
            entityType: "workspace",
            entityId: workspaceId,
            after: {
              departments: rows.departments.length,
              journeys: rows.journeys.length,
              stages: rows.stages.length,
              touchpoints: rows.touchpoints.length,
              assignments: rows.assignments.length,
              measures: outcomes.measures.length,
              targets: outcomes.targets.length,
              readings: outcomes.readings.length,
            },
          },
        });
        await tx.coverageSnapshot.createMany({
          data: buildDemoHistory({ coverage: rows.coverage, today: getUtcDay(new Date()) }).map((s) => ({
            workspaceId,
            ...s,
          })),
        });
      },
      // Embedded PGlite runs one transaction at a time, so a concurrent seed may queue longer than the default.
      { maxWait: 60_000, timeout: 60_000 },
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winnerId = await findDemoWorkspaceId(prisma);
    if (!winnerId) throw error;
    return { created: false, workspaceId: winnerId };
  }
  return { created: true, workspaceId };
}
