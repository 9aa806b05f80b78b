// Generated workspaces for the coverage tests: small pools so contests, claims and handoffs are frequent.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { getPrisma } from "../../lib/db/client";
import type { ClaimStatus, RaciRole } from "../../lib/db/generated/client";
import { CHANNELS } from "../../lib/map/channels";
import { getTouchpointOwnership, type TouchpointStatus } from "../../lib/ownership";
import { createWorkspace } from "./factories";

const DEPARTMENTS = 4;
const CADENCE_DAYS = 60;
const roleArb = fc.constantFrom<RaciRole>("R", "A", "C", "I");
const statusArb = fc.constantFrom<ClaimStatus>("PENDING", "PENDING", "APPROVED", "REJECTED", "WITHDRAWN");
const cellArb = fc.record({
  role: fc.option(roleArb, { freq: 2 }),
  claim: fc.option(fc.record({ role: roleArb, status: statusArb }), { freq: 1 }),
});
const touchpointArb = fc.array(cellArb, { minLength: DEPARTMENTS, maxLength: DEPARTMENTS });

/** Journeys → stages → touchpoints → one optional role and one optional claim per department. */
export const workspaceArb = fc.array(fc.array(fc.array(touchpointArb, { maxLength: 4 }), { maxLength: 3 }), {
  minLength: 1,
  maxLength: 3,
});
type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
export type WorkspaceSpec = ValueOf<typeof workspaceArb>;
export type Cell = ValueOf<typeof cellArb>;

/**
 * Writes the spec as a new workspace; returns its id and each touchpoint's status by the rules. Orders are
 * mixed so no order can stand in for another: departments are positioned against their names (D0 last),
 * stages against the order they are written, and channels vary.
 */
export async function insertWorkspace(spec: WorkspaceSpec) {
  const prisma = await getPrisma();
  const workspace = await createWorkspace();
  const workspaceId = workspace.id;
  const departments = Array.from({ length: DEPARTMENTS }, (_, index) => ({
    id: randomUUID(),
    workspaceId,
    name: `D${index}`,
    color: "#334155",
    position: DEPARTMENTS - 1 - index,
  }));
  const journeys = [];
  const stages = [];
  const touchpoints = [];
  const assignments = [];
  const claims = [];
  const statuses: TouchpointStatus[] = [];
  const owners: (string | null)[] = [];
  for (const [jp, journeySpec] of spec.entries()) {
    const journeyId = randomUUID();
    journeys.push({ id: journeyId, workspaceId, name: `J${jp}`, position: jp });
    for (const [sp, stageSpec] of journeySpec.entries()) {
      const stageId = randomUUID();
      const position = journeySpec.length - 1 - sp;
      stages.push({ id: stageId, workspaceId, journeyId, name: `S${sp}`, position });
      for (const [tp, cells] of stageSpec.entries()) {
        const touchpointId = randomUUID();
        const tpRow = { id: touchpointId, workspaceId, journeyId, stageId, name: `T${jp}.${sp}.${tp}` };
        const channel = CHANNELS[(jp * 5 + sp * 3 + tp) % CHANNELS.length]!.value;
        touchpoints.push({ ...tpRow, position: tp, channel });
        const held = [];
        const open = [];
        for (const [d, cell] of cells.entries()) {
          const departmentId = departments[d]!.id;
          if (cell.role) held.push({ departmentId, role: cell.role });
          if (cell.claim?.status === "PENDING") open.push({ departmentId, role: cell.claim.role });
          if (cell.claim)
            claims.push({ workspaceId, touchpointId, departmentId, reason: "generated", ...cell.claim });
        }
        assignments.push(...held.map((h) => ({ workspaceId, touchpointId, ...h })));
        const ownership = getTouchpointOwnership({ assignments: held, openClaims: open });
        statuses.push(ownership.status);
        owners.push(ownership.ownerId);
      }
    }
  }
  await prisma.department.createMany({ data: departments });
  await prisma.journey.createMany({ data: journeys });
  await prisma.stage.createMany({ data: stages });
  await prisma.touchpoint.createMany({ data: touchpoints });
  await prisma.assignment.createMany({ data: assignments });
  await prisma.claim.createMany({ data: claims });
  // Confirmations a second either side of the cadence's end, exactly on it, days either side, and some missing,
  // set after the roles are written (writing A confirms now): which owned touchpoints are stale as of `asOf` is
  // then the oracle's to work out.
  const asOf = new Date();
  await prisma.workspace.update({
    where: { id: workspaceId },
    data: { verificationCadenceDays: CADENCE_DAYS },
  });
  await prisma.$executeRaw`
    UPDATE "Touchpoint" AS t SET "ownershipConfirmedAt" = x.at
    FROM jsonb_to_recordset(${JSON.stringify(
      touchpoints.map((t, i) => ({
        id: t.id,
        at:
          i % 7 === 3
            ? null
            : new Date(asOf.getTime() - (CADENCE_DAYS + (i % 5) - 2) * 86_400_000 - ((i % 3) - 1) * 1000),
      })),
    )}::jsonb) AS x(id uuid, at timestamp)
    WHERE t."id" = x.id`;
  return {
    workspace,
    asOf,
    departments,
    journeyIds: journeys.map((j) => j.id),
    statuses,
    owners,
    touchpoints: touchpoints.map((t) => ({ id: t.id, journeyId: t.journeyId, stageId: t.stageId })),
    touchpointIds: touchpoints.map((t) => t.id),
  };
}
