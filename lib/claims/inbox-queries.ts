import "server-only";
// What waits for each member. A CX lead: the newest pending claims and the first contests, one page of each
// with their totals (the Claims pages list them all; a contest's claims are among the pending ones). A
// department head: decisions on their department's claims, and touchpoints left without an A holder, in
// stages where the department holds any role — both from the last INBOX_WINDOW_DAYS days. "Newly" is that
// window, not "since your last visit": the inbox keeps no read state.
import { can } from "../auth/policy";
import { getPrisma } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { MemberRole } from "../db/generated/enums";
import { type Contest, getContestsPage } from "./contest-queries";
import type { Paged } from "./pagination";
import {
  type ClaimView,
  claimSelect,
  getPendingClaimsPage,
  type PendingClaim,
  type PlacedTouchpoint,
  placeSelect,
  toClaimView,
  toPlaced,
} from "./queries";
import { INBOX_WINDOW_DAYS } from "./schemas";

type Member = { workspaceId: string; role: MemberRole; departmentId: string | null };

export type Inbox =
  | { kind: "lead"; pending: Paged<PendingClaim>; contests: Paged<Contest> }
  | {
      kind: "head";
      decisions: (ClaimView & { touchpoint: PlacedTouchpoint })[];
      leftUnowned: (PlacedTouchpoint & { releasedAt: Date })[];
    }
  | { kind: "reader" };

function windowStart(now: Date): Date {
  return new Date(now.getTime() - INBOX_WINDOW_DAYS * 24 * 60 * 60 * 1000);
}

/**
 * Touchpoints with no A holder now that lost one inside the window (an assignment.set or role.released event
 * whose before held A), in a stage where the department holds a role.
 */
function leftUnownedSql(opts: { workspaceId: string; departmentId: string; since: Date }): Prisma.Sql {
  return Prisma.sql`
    FROM "Touchpoint" t
    JOIN LATERAL (
      SELECT max(e."createdAt") AS "releasedAt" FROM "AuditEvent" e
      WHERE e."workspaceId" = ${opts.workspaceId}::uuid AND e."entityType" = 'touchpoint'
        AND e."entityId" = t."id"::text AND e."createdAt" >= ${opts.since}
        AND e."action" IN ('assignment.set', 'role.released') AND e."before"->>'role' = 'A'
    ) lost ON lost."releasedAt" IS NOT NULL
    WHERE t."workspaceId" = ${opts.workspaceId}::uuid
      AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."touchpointId" = t."id" AND a."role" = 'A')
      AND EXISTS (
        SELECT 1 FROM "Assignment" a JOIN "Touchpoint" s ON s."id" = a."touchpointId"
        WHERE s."stageId" = t."stageId" AND a."departmentId" = ${opts.departmentId}::uuid)`;
}

export async function getInbox(member: Member, now = new Date()): Promise<Inbox> {
  if (can(member.role, "claims.decide")) {
    const [pending, contests] = await Promise.all([
      getPendingClaimsPage({ workspaceId: member.workspaceId, page: 1, order: "newest" }),
      getContestsPage({ workspaceId: member.workspaceId, page: 1 }),
    ]);
    return { kind: "lead", pending, contests };
  }
  if (!can(member.role, "claims.make") || !member.departmentId) return { kind: "reader" };
  const prisma = await getPrisma();
  const since = windowStart(now);
  const scope = { workspaceId: member.workspaceId, departmentId: member.departmentId, since };
  const [decisions, lost] = await Promise.all([
    prisma.claim.findMany({
      where: {
        workspaceId: member.workspaceId,
        departmentId: member.departmentId,
        status: { in: ["APPROVED", "REJECTED"] },
        decidedAt: { gte: since },
      },
      orderBy: { decidedAt: "desc" },
      select: { ...claimSelect, touchpoint: { select: placeSelect } },
    }),
    prisma.$queryRaw<{ id: string; releasedAt: Date }[]>`
      SELECT t."id"::text AS "id", lost."releasedAt" ${leftUnownedSql(scope)}
      ORDER BY lost."releasedAt" DESC LIMIT 100`,
  ]);
  const places = await prisma.touchpoint.findMany({
    where: { id: { in: lost.map((l) => l.id) } },
    select: placeSelect,
  });
  const byId = new Map(places.map((p) => [p.id, p]));
  return {
    kind: "head",
    decisions: decisions.map((d) => ({ ...toClaimView(d), touchpoint: toPlaced(d.touchpoint) })),
    leftUnowned: lost.flatMap((l) => {
      const p = byId.get(l.id);
      return p ? [{ ...toPlaced(p), releasedAt: l.releasedAt }] : [];
    }),
  };
}

/** The navigation badge: one count query for whoever is signed in. */
export async function countInbox(member: Member, now = new Date()): Promise<number> {
  const prisma = await getPrisma();
  if (can(member.role, "claims.decide"))
    return prisma.claim.count({ where: { workspaceId: member.workspaceId, status: "PENDING" } });
  if (!can(member.role, "claims.make") || !member.departmentId) return 0;
  const scope = {
    workspaceId: member.workspaceId,
    departmentId: member.departmentId,
    since: windowStart(now),
  };
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT (
      (SELECT count(*) FROM "Claim" c
        WHERE c."workspaceId" = ${scope.workspaceId}::uuid AND c."departmentId" = ${scope.departmentId}::uuid
          AND c."status" IN ('APPROVED', 'REJECTED') AND c."decidedAt" >= ${scope.since})
      + (SELECT count(*) ${leftUnownedSql(scope)})
    )::int AS "count"`;
  return row?.count ?? 0;
}
