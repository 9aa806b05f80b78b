// Generated maps for the sheet round-trip test: names full of what CSV and spreadsheets find hard (separators,
// quotes, line breaks, formula starts, apostrophes, accents), empty journeys and stages, and any roles.
import fc from "fast-check";
import { getPrisma } from "../../lib/db/client";
import type { RaciRole } from "../../lib/db/generated/client";
import { CHANNELS } from "../../lib/map/channels";
import { newUuid7 } from "../../lib/sheets/ids";
import { createWorkspace } from "./factories";

const CHARS = ["a", "B", " ", ",", ";", '"', "'", "=", "+", "-", "@", "\n", "é", "漢", "(", "1"];
const nameArb = fc
  .array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join("").trim())
  .filter(
    (name) => name.length > 0 && !["journey", "stage", "touchpoint", "channel"].includes(name.toLowerCase()),
  );
const uniqueNames = (max: number) => fc.uniqueArray(nameArb, { maxLength: max });

const touchpointArb = fc.record({
  channel: fc.constantFrom(...CHANNELS.map((c) => c.value)),
  roles: fc.array(fc.option(fc.constantFrom<RaciRole>("R", "A", "C", "I"), { freq: 2 }), {
    minLength: 4,
    maxLength: 4,
  }),
});
export const sheetWorkspaceArb = fc.record({
  departments: uniqueNames(4),
  journeys: fc.uniqueArray(
    fc.record({
      name: nameArb,
      stages: fc.uniqueArray(
        fc.record({
          name: nameArb,
          touchpoints: fc.uniqueArray(fc.record({ name: nameArb, tp: touchpointArb }), {
            maxLength: 3,
            selector: (t) => t.name,
          }),
        }),
        { maxLength: 3, selector: (s) => s.name },
      ),
    }),
    { maxLength: 3, selector: (j) => j.name },
  ),
});
export type SheetWorkspaceSpec = typeof sheetWorkspaceArb extends fc.Arbitrary<infer T> ? T : never;

/** Writes the spec straight into a new workspace (not through the importer under test). */
export async function insertSheetWorkspace(spec: SheetWorkspaceSpec): Promise<{ id: string; slug: string }> {
  const prisma = await getPrisma();
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  const departments = spec.departments.map((name, position) => ({
    id: newUuid7(),
    workspaceId,
    name,
    color: "#334155",
    position,
  }));
  await prisma.department.createMany({ data: departments });
  for (const [jp, journey] of spec.journeys.entries()) {
    const { id: journeyId } = await prisma.journey.create({
      data: { workspaceId, name: journey.name, position: jp },
    });
    for (const [sp, stage] of journey.stages.entries()) {
      const { id: stageId } = await prisma.stage.create({
        data: { workspaceId, journeyId, name: stage.name, position: sp },
      });
      for (const [tp, touchpoint] of stage.touchpoints.entries()) {
        const { id: touchpointId } = await prisma.touchpoint.create({
          data: {
            workspaceId,
            journeyId,
            stageId,
            name: touchpoint.name,
            channel: touchpoint.tp.channel,
            position: tp,
          },
        });
        const assignments = departments.flatMap((d, i) => {
          const role = touchpoint.tp.roles[i];
          return role ? [{ workspaceId, touchpointId, departmentId: d.id, role }] : [];
        });
        await prisma.assignment.createMany({ data: assignments });
      }
    }
  }
  return workspace;
}
