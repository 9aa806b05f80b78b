// Journeys of their own for browser tests that change data, seeded before the server starts, so tests that
// run in parallel never edit what another one reads.
import type { PrismaClient } from "../../lib/db/generated/client";

export const SANDBOX_JOURNEYS = [
  "Sandbox: pointer",
  "Sandbox: keyboard",
  "Sandbox: conflict",
  "Sandbox: dashboard",
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
}
