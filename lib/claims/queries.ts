import "server-only";
// Reads behind the CX lead's claims screens, each in a fixed number of queries whatever the workspace's size,
// and the claim shapes every claims read shares. A head's page reads through head-queries.ts.
import { getPrisma } from "../db/client";
import type { ClaimStatus } from "../db/generated/enums";
import type { RaciRole } from "../ownership";
import { CLAIMS_PAGE_SIZE, type Paged, readPage } from "./pagination";

export type PlacedTouchpoint = { id: string; name: string; journeyName: string; stageName: string };

/** What a claim list reads of a touchpoint to place it, and the shape it shows. */
export const placeSelect = {
  id: true,
  name: true,
  journey: { select: { name: true } },
  stage: { select: { name: true } },
} as const;

export function toPlaced(t: {
  id: string;
  name: string;
  journey: { name: string };
  stage: { name: string };
}): PlacedTouchpoint {
  return { id: t.id, name: t.name, journeyName: t.journey.name, stageName: t.stage.name };
}
export type ClaimView = {
  id: string;
  role: RaciRole;
  reason: string;
  status: ClaimStatus;
  departmentId: string;
  departmentName: string;
  authorName: string | null;
  createdAt: Date;
  decidedByName: string | null;
  decisionNote: string | null;
  decidedAt: Date | null;
};

export const claimSelect = {
  id: true,
  role: true,
  reason: true,
  status: true,
  departmentId: true,
  createdAt: true,
  decisionNote: true,
  decidedAt: true,
  department: { select: { name: true } },
  author: { select: { name: true } },
  decidedBy: { select: { name: true } },
} as const;

type ClaimRow = {
  id: string;
  role: RaciRole;
  reason: string;
  status: ClaimStatus;
  departmentId: string;
  createdAt: Date;
  decisionNote: string | null;
  decidedAt: Date | null;
  department: { name: string };
  author: { name: string } | null;
  decidedBy: { name: string } | null;
};

export function toClaimView(row: ClaimRow): ClaimView {
  return {
    id: row.id,
    role: row.role,
    reason: row.reason,
    status: row.status,
    departmentId: row.departmentId,
    departmentName: row.department.name,
    authorName: row.author?.name ?? null,
    createdAt: row.createdAt,
    decidedByName: row.decidedBy?.name ?? null,
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt,
  };
}

export type PendingClaim = ClaimView & { touchpoint: PlacedTouchpoint; otherHolderNames: string[] };

const pendingWhere = (workspaceId: string) => ({ workspaceId, status: "PENDING" as const });

/** The Claims page is a queue, oldest first (first come, first decided); the inbox shows the newest first. */
export type PendingOrder = "oldest" | "newest";

// The id (a UUIDv7) breaks ties, so pages never overlap or skip.
const PENDING_ORDER = {
  oldest: [{ createdAt: "asc" as const }, { id: "asc" as const }],
  newest: [{ createdAt: "desc" as const }, { id: "desc" as const }],
};

const pendingSelect = {
  ...claimSelect,
  touchpoint: {
    select: {
      ...placeSelect,
      // Who holds A now, on the listed claims' touchpoints only, in the same read.
      assignments: {
        where: { role: "A" },
        orderBy: { department: { position: "asc" } },
        select: { departmentId: true, department: { select: { name: true } } },
      },
    },
  },
} as const;

async function findPendingClaims(opts: {
  workspaceId: string;
  order: PendingOrder;
  range: { skip: number; take: number };
}): Promise<PendingClaim[]> {
  const prisma = await getPrisma();
  const claims = await prisma.claim.findMany({
    where: pendingWhere(opts.workspaceId),
    orderBy: PENDING_ORDER[opts.order],
    ...opts.range,
    select: pendingSelect,
  });
  return claims.map((c) => ({
    ...toClaimView(c),
    touchpoint: toPlaced(c.touchpoint),
    otherHolderNames: c.touchpoint.assignments
      .filter((h) => h.departmentId !== c.departmentId)
      .map((h) => h.department.name),
  }));
}

/**
 * One page of the pending claims (oldest first unless asked) with their total: a count on the
 * (workspaceId, status) index and the page's rows, in a fixed number of queries whatever the workspace holds.
 */
export async function getPendingClaimsPage(opts: {
  workspaceId: string;
  page: number;
  order?: PendingOrder;
}): Promise<Paged<PendingClaim>> {
  const order = opts.order ?? "oldest";
  const prisma = await getPrisma();
  return readPage({
    requested: opts.page,
    pageSize: CLAIMS_PAGE_SIZE,
    count: () => prisma.claim.count({ where: pendingWhere(opts.workspaceId) }),
    rows: (range) => findPendingClaims({ workspaceId: opts.workspaceId, order, range }),
  });
}
