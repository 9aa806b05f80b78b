import "server-only";
// The ownership decisions of a period, for the monthly review: claims approved or rejected (the Claim rows,
// whose decidedAt says when) and contests resolved (their audit events, which name the winner). Two queries,
// each the first rows in time order with the period's totals counted beside them.
import { z } from "zod";
import { getPrisma } from "../db/client";
import type { RaciRole } from "../ownership";
import type { PlacedTouchpoint } from "./queries";

export type ClaimDecision = {
  id: string;
  status: "APPROVED" | "REJECTED";
  role: RaciRole;
  departmentName: string;
  touchpoint: PlacedTouchpoint;
  decidedAt: Date;
  decidedByName: string | null;
  note: string | null;
};

export type ContestResolution = {
  id: string;
  resolvedAt: Date;
  resolvedByName: string | null;
  /** The touchpoint as it is now, or null once deleted (the event keeps its name). */
  touchpoint: PlacedTouchpoint | null;
  touchpointName: string;
  winnerName: string;
  /** The departments whose pending A claims were approved and rejected with it. */
  approved: string[];
  rejected: string[];
  note: string | null;
};

export type OwnershipDecisions = {
  claims: { items: ClaimDecision[]; total: number; approved: number; rejected: number };
  contests: { items: ContestResolution[]; total: number };
};

/** How many of each the review lists; the totals count them all. */
export const DECISIONS_LIMIT = 50;

type ClaimRow = Omit<ClaimDecision, "touchpoint"> & {
  touchpointId: string;
  touchpointName: string;
  journeyName: string;
  stageName: string;
  total: number;
  approvedCount: number;
};

type ContestRow = {
  id: string;
  resolvedAt: Date;
  resolvedByName: string | null;
  entityId: string | null;
  after: unknown;
  touchpointId: string | null;
  touchpointName: string | null;
  journeyName: string | null;
  stageName: string | null;
  total: number;
};

// What decision-actions.ts writes into a contest.resolved event; an older or odd event still lists.
const ZResolved = z.object({
  touchpointName: z.string().catch(""),
  departmentName: z.string().catch(""),
  approved: z.array(z.string()).catch([]),
  rejected: z.array(z.string()).catch([]),
  note: z.string().nullish().catch(null),
});

/** Claims decided and contests resolved from `from` (inclusive) to `to` (exclusive), oldest first. */
export async function getOwnershipDecisions(opts: {
  workspaceId: string;
  from: Date;
  to: Date;
  limit?: number;
}): Promise<OwnershipDecisions> {
  const prisma = await getPrisma();
  const { workspaceId, from, to } = opts;
  const limit = opts.limit ?? DECISIONS_LIMIT;
  const [claims, contests] = await Promise.all([
    prisma.$queryRaw<ClaimRow[]>`
      SELECT c."id"::text AS "id", c."status"::text AS "status", c."role"::text AS "role",
        d."name" AS "departmentName", c."decidedAt", u."name" AS "decidedByName", c."decisionNote" AS "note",
        t."id"::text AS "touchpointId", t."name" AS "touchpointName", j."name" AS "journeyName",
        s."name" AS "stageName", (count(*) OVER ())::int AS "total",
        (count(*) FILTER (WHERE c."status" = 'APPROVED') OVER ())::int AS "approvedCount"
      FROM "Claim" c
      JOIN "Department" d ON d."id" = c."departmentId"
      JOIN "Touchpoint" t ON t."id" = c."touchpointId"
      JOIN "Stage" s ON s."id" = t."stageId"
      JOIN "Journey" j ON j."id" = t."journeyId"
      LEFT JOIN "User" u ON u."id" = c."decidedById"
      WHERE c."workspaceId" = ${workspaceId}::uuid AND c."status" IN ('APPROVED', 'REJECTED')
        AND c."decidedAt" >= ${from} AND c."decidedAt" < ${to}
      ORDER BY c."decidedAt", c."id"
      LIMIT ${limit}`,
    // The touchpoint is joined after the limit: an event names it by text id, and it may have been deleted.
    prisma.$queryRaw<ContestRow[]>`
      SELECT e.*, t."id"::text AS "touchpointId", t."name" AS "touchpointName", j."name" AS "journeyName",
        s."name" AS "stageName"
      FROM (
        SELECT ev."id"::text AS "id", ev."createdAt" AS "resolvedAt", u."name" AS "resolvedByName",
          ev."entityId", ev."after", (count(*) OVER ())::int AS "total"
        FROM "AuditEvent" ev
        LEFT JOIN "User" u ON u."id" = ev."actorId"
        WHERE ev."workspaceId" = ${workspaceId}::uuid AND ev."action" = 'contest.resolved'
          AND ev."createdAt" >= ${from} AND ev."createdAt" < ${to}
        ORDER BY ev."createdAt", ev."id"
        LIMIT ${limit}
      ) AS e
      LEFT JOIN "Touchpoint" t ON t."id"::text = e."entityId" AND t."workspaceId" = ${workspaceId}::uuid
      LEFT JOIN "Stage" s ON s."id" = t."stageId"
      LEFT JOIN "Journey" j ON j."id" = t."journeyId"
      ORDER BY e."resolvedAt", e."id"::bigint`,
  ]);
  const claimTotal = claims[0]?.total ?? 0;
  const approved = claims[0]?.approvedCount ?? 0;
  return {
    claims: {
      items: claims.map((row) => ({
        id: row.id,
        status: row.status,
        role: row.role,
        departmentName: row.departmentName,
        touchpoint: {
          id: row.touchpointId,
          name: row.touchpointName,
          journeyName: row.journeyName,
          stageName: row.stageName,
        },
        decidedAt: row.decidedAt,
        decidedByName: row.decidedByName,
        note: row.note,
      })),
      total: claimTotal,
      approved,
      rejected: claimTotal - approved,
    },
    contests: {
      items: contests.map((row) => {
        const after = ZResolved.catch(ZResolved.parse({})).parse(row.after ?? {});
        return {
          id: row.id,
          resolvedAt: row.resolvedAt,
          resolvedByName: row.resolvedByName,
          touchpoint:
            row.touchpointId === null
              ? null
              : {
                  id: row.touchpointId,
                  name: row.touchpointName ?? after.touchpointName,
                  journeyName: row.journeyName ?? "",
                  stageName: row.stageName ?? "",
                },
          touchpointName: after.touchpointName,
          winnerName: after.departmentName,
          approved: after.approved,
          rejected: after.rejected,
          note: after.note ?? null,
        };
      }),
      total: contests[0]?.total ?? 0,
    },
  };
}
