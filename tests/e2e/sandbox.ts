// Journeys of their own for browser tests that change data, seeded before the server starts, so tests that
// run in parallel never edit what another one reads.

import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/db/generated/client";
import { DEMO_PASSWORD, DEMO_USERS } from "../../lib/demo/demo-users";

export const SANDBOX_JOURNEYS = [
  "Sandbox: pointer",
  "Sandbox: keyboard",
  "Sandbox: conflict",
  "Sandbox: dashboard",
  "Sandbox: auth",
  "Sandbox: claims",
  "Sandbox: contests",
  // Seeded side by side so the reorder test can swap them, whatever journeys other tests add meanwhile.
  "Sandbox: order first",
  "Sandbox: order second",
] as const;
export type SandboxJourney = (typeof SANDBOX_JOURNEYS)[number];

export const SANDBOX_STAGES = [
  {
    name: "First stage",
    touchpoints: [
      { name: "Alpha", channel: "WEB" as const },
      { name: "Bravo", channel: "EMAIL" as const },
    ],
  },
  { name: "Second stage", touchpoints: [{ name: "Charlie", channel: "PHONE" as const }] },
];

/** Longer than the rows the server renders (components/matrix/matrix-editor.tsx), so the rest come in the browser. */
export const LONG_SANDBOX = {
  journey: "Sandbox: long",
  stage: "Long stage",
  touchpoints: Array.from({ length: 45 }, (_, i) => `Row ${String(i + 1).padStart(2, "0")}`),
} as const;

export async function seedSandbox(prisma: PrismaClient, workspaceSlug: string): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: workspaceSlug } });
  const last = await prisma.journey.aggregate({
    where: { workspaceId: workspace.id },
    _max: { position: true },
  });
  let position = (last._max.position ?? -1) + 1;
  for (const name of SANDBOX_JOURNEYS) {
    const journey = await prisma.journey.create({
      data: { workspaceId: workspace.id, name, position: position++ },
    });
    for (const [stagePosition, stage] of SANDBOX_STAGES.entries()) {
      const created = await prisma.stage.create({
        data: { workspaceId: workspace.id, journeyId: journey.id, name: stage.name, position: stagePosition },
      });
      await prisma.touchpoint.createMany({
        data: stage.touchpoints.map((t, index) => ({
          workspaceId: workspace.id,
          journeyId: journey.id,
          stageId: created.id,
          name: t.name,
          channel: t.channel,
          position: index,
        })),
      });
    }
  }
  const journey = await prisma.journey.create({
    data: { workspaceId: workspace.id, name: LONG_SANDBOX.journey, position: position++ },
  });
  const stage = await prisma.stage.create({
    data: { workspaceId: workspace.id, journeyId: journey.id, name: LONG_SANDBOX.stage, position: 0 },
  });
  await prisma.touchpoint.createMany({
    data: LONG_SANDBOX.touchpoints.map((name, index) => ({
      workspaceId: workspace.id,
      journeyId: journey.id,
      stageId: stage.id,
      name,
      channel: "WEB" as const,
      position: index,
    })),
  });
}

/**
 * More pending claims than one page of the CX lead's claims list holds (lib/claims/pagination.ts), on a journey
 * of their own. R claims by Product, whose head is no test user: no status, coverage or head's inbox changes.
 */
export const CLAIM_QUEUE = {
  journey: "Sandbox: claim queue",
  stage: "Queue stage",
  department: "Product",
  touchpoints: Array.from({ length: 30 }, (_, i) => `Queue ${String(i + 1).padStart(2, "0")}`),
} as const;

export async function seedClaimQueue(prisma: PrismaClient, workspaceSlug: string): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: workspaceSlug } });
  const [last, department] = await Promise.all([
    prisma.journey.aggregate({ where: { workspaceId: workspace.id }, _max: { position: true } }),
    prisma.department.findFirstOrThrow({
      where: { workspaceId: workspace.id, name: CLAIM_QUEUE.department },
    }),
  ]);
  const journey = await prisma.journey.create({
    data: { workspaceId: workspace.id, name: CLAIM_QUEUE.journey, position: (last._max.position ?? -1) + 1 },
  });
  const stage = await prisma.stage.create({
    data: { workspaceId: workspace.id, journeyId: journey.id, name: CLAIM_QUEUE.stage, position: 0 },
  });
  const touchpoints = await prisma.touchpoint.createManyAndReturn({
    data: CLAIM_QUEUE.touchpoints.map((name, index) => ({
      workspaceId: workspace.id,
      journeyId: journey.id,
      stageId: stage.id,
      name,
      channel: "WEB" as const,
      position: index,
    })),
    select: { id: true, position: true },
  });
  // A millisecond apart in touchpoint order, so the list's order (oldest first) is the names' order.
  const start = Date.now();
  await prisma.claim.createMany({
    data: touchpoints.map((t) => ({
      workspaceId: workspace.id,
      touchpointId: t.id,
      departmentId: department.id,
      role: "R" as const,
      reason: "We build what this touchpoint runs on",
      createdAt: new Date(start + t.position),
    })),
  });
}

export const OTHER_WORKSPACE = {
  name: "Elsewhere Ltd",
  slug: "elsewhere",
  journey: "Elsewhere's secret journey",
};

/**
 * A second tenant: only the demo executive belongs to it (as a viewer), so the executive gets a workspace
 * switcher and every other demo user must find it "not found".
 */
export async function seedOtherWorkspace(prisma: PrismaClient): Promise<void> {
  const workspace = await prisma.workspace.create({
    data: { name: OTHER_WORKSPACE.name, slug: OTHER_WORKSPACE.slug },
  });
  await prisma.journey.create({
    data: { workspaceId: workspace.id, name: OTHER_WORKSPACE.journey, position: 0 },
  });
  const executive = await prisma.user.findUniqueOrThrow({ where: { email: DEMO_USERS.executive.email } });
  await prisma.membership.create({
    data: { workspaceId: workspace.id, userId: executive.id, role: "VIEWER" },
  });
}

/** A second department head (Billing), for claims that compete with the demo head's (Contact Center). */
export const SANDBOX_SECOND_HEAD = {
  email: "head.billing@sandbox.throughline.test",
  name: "Bea Billing",
  department: "Billing",
} as const;

export async function seedSecondHead(prisma: PrismaClient, workspaceSlug: string): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: workspaceSlug } });
  const department = await prisma.department.findFirstOrThrow({
    where: { workspaceId: workspace.id, name: SANDBOX_SECOND_HEAD.department },
  });
  const user = await prisma.user.create({
    data: {
      email: SANDBOX_SECOND_HEAD.email,
      name: SANDBOX_SECOND_HEAD.name,
      passwordHash: await hashPassword(DEMO_PASSWORD),
    },
  });
  await prisma.membership.create({
    data: {
      workspaceId: workspace.id,
      userId: user.id,
      role: "DEPARTMENT_HEAD",
      departmentId: department.id,
    },
  });
}

/** A viewer whose password and sessions the account test changes, so no other test depends on them. */
export const SANDBOX_ACCOUNT = {
  email: "ari.account@sandbox.throughline.test",
  name: "Ari Account",
} as const;

export async function seedAccountUser(prisma: PrismaClient, workspaceSlug: string): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: workspaceSlug } });
  const user = await prisma.user.create({
    data: { ...SANDBOX_ACCOUNT, passwordHash: await hashPassword(DEMO_PASSWORD) },
  });
  await prisma.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "VIEWER" } });
}

/** A journey of its own for the outcome tests: one touchpoint Contact Center (the demo head's) is Accountable
 * for, one Billing is. No targets or readings until the tests add them. */
export const OUTCOMES_SANDBOX = {
  journey: "Sandbox: outcomes",
  stage: "Outcome stage",
  headsTouchpoint: "Outcome: contact line",
  othersTouchpoint: "Outcome: billing letter",
} as const;

export async function seedOutcomesSandbox(prisma: PrismaClient, workspaceSlug: string): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: workspaceSlug } });
  const [last, departments] = await Promise.all([
    prisma.journey.aggregate({ where: { workspaceId: workspace.id }, _max: { position: true } }),
    prisma.department.findMany({
      where: { workspaceId: workspace.id, name: { in: ["Contact Center", "Billing"] } },
      select: { id: true, name: true },
    }),
  ]);
  const departmentId = (name: string) => departments.find((d) => d.name === name)!.id;
  const journey = await prisma.journey.create({
    data: {
      workspaceId: workspace.id,
      name: OUTCOMES_SANDBOX.journey,
      position: (last._max.position ?? -1) + 1,
    },
  });
  const stage = await prisma.stage.create({
    data: { workspaceId: workspace.id, journeyId: journey.id, name: OUTCOMES_SANDBOX.stage, position: 0 },
  });
  const owners = [
    [OUTCOMES_SANDBOX.headsTouchpoint, "Contact Center"],
    [OUTCOMES_SANDBOX.othersTouchpoint, "Billing"],
  ] as const;
  for (const [position, [name, department]] of owners.entries()) {
    const touchpoint = await prisma.touchpoint.create({
      data: {
        workspaceId: workspace.id,
        journeyId: journey.id,
        stageId: stage.id,
        name,
        channel: "PHONE",
        position,
      },
    });
    await prisma.assignment.create({
      data: {
        workspaceId: workspace.id,
        touchpointId: touchpoint.id,
        departmentId: departmentId(department),
        role: "A",
      },
    });
  }
}

/** A journey of its own for the webhook test: one touchpoint Billing is Accountable for, which the demo head
 * (Contact Center) claims R on, so the claim opens no contest and changes no owner. */
export const WEBHOOKS_SANDBOX = {
  journey: "Sandbox: webhooks",
  stage: "Webhook stage",
  touchpoint: "Webhook: callback line",
} as const;

export async function seedWebhooksSandbox(prisma: PrismaClient, workspaceSlug: string): Promise<void> {
  const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: workspaceSlug } });
  const [last, billing] = await Promise.all([
    prisma.journey.aggregate({ where: { workspaceId: workspace.id }, _max: { position: true } }),
    prisma.department.findFirstOrThrow({ where: { workspaceId: workspace.id, name: "Billing" } }),
  ]);
  const journey = await prisma.journey.create({
    data: {
      workspaceId: workspace.id,
      name: WEBHOOKS_SANDBOX.journey,
      position: (last._max.position ?? -1) + 1,
    },
  });
  const stage = await prisma.stage.create({
    data: { workspaceId: workspace.id, journeyId: journey.id, name: WEBHOOKS_SANDBOX.stage, position: 0 },
  });
  const touchpoint = await prisma.touchpoint.create({
    data: {
      workspaceId: workspace.id,
      journeyId: journey.id,
      stageId: stage.id,
      name: WEBHOOKS_SANDBOX.touchpoint,
      channel: "PHONE",
      position: 0,
    },
  });
  await prisma.assignment.create({
    data: { workspaceId: workspace.id, touchpointId: touchpoint.id, departmentId: billing.id, role: "A" },
  });
}
