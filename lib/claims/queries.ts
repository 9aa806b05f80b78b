import "server-only";
// Reads behind the claims screens, each in a fixed number of queries whatever the workspace's size. Status
// comes from lib/ownership, the one home of the rules.
import { getPrisma } from "../db/client";
import type { ClaimStatus } from "../db/generated/enums";
import {
  attachRoles,
  getTouchpointOwnership,
  type RaciRole,
  type RoleHolding,
  type TouchpointOwnership,
} from "../ownership";
import { CLAIMS_PAGE_SIZE, type Paged, readPage } from "./pagination";

export type PlacedTouchpoint = { id: string; name: string; journeyName: string; stageName: string };
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
export type TouchpointRow = PlacedTouchpoint & {
  ownership: TouchpointOwnership;
  /** Department names of the A holders and the departments with an open A claim. */
  holderNames: string[];
  claimantNames: string[];
  roles: readonly RoleHolding[];
};

const claimSelect = {
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

/** Every touchpoint of the workspace in journey order, with its ownership: four queries. */
export async function getWorkspaceTouchpoints(workspaceId: string): Promise<TouchpointRow[]> {
  const prisma = await getPrisma();
  const [touchpoints, assignments, openClaims, departments] = await Promise.all([
    prisma.touchpoint.findMany({
      where: { workspaceId },
      orderBy: [{ journey: { position: "asc" } }, { stage: { position: "asc" } }, { position: "asc" }],
      select: {
        id: true,
        name: true,
        journey: { select: { name: true } },
        stage: { select: { name: true } },
      },
    }),
    prisma.assignment.findMany({
      where: { workspaceId },
      select: { touchpointId: true, departmentId: true, role: true },
    }),
    prisma.claim.findMany({
      where: { workspaceId, status: "PENDING", role: "A" },
      select: { touchpointId: true, departmentId: true, role: true },
    }),
    prisma.department.findMany({ where: { workspaceId }, select: { id: true, name: true } }),
  ]);
  const names = new Map(departments.map((d) => [d.id, d.name]));
  const nameOf = (id: string) => names.get(id) ?? "Unknown";
  return attachRoles({ touchpoints, assignments, openClaims }).map((t) => {
    const ownership = getTouchpointOwnership(t);
    return {
      id: t.id,
      name: t.name,
      journeyName: t.journey.name,
      stageName: t.stage.name,
      ownership,
      holderNames: ownership.accountableIds.map(nameOf),
      claimantNames: ownership.claimantIds.filter((id) => !ownership.accountableIds.includes(id)).map(nameOf),
      roles: t.assignments,
    };
  });
}

export type DepartmentClaims = {
  departmentName: string;
  pending: (ClaimView & { touchpoint: PlacedTouchpoint })[];
  held: (TouchpointRow & { role: RaciRole })[];
  /** Touchpoints the department does not hold A on and has no open claim for: unowned, then contested, then owned. */
  candidates: TouchpointRow[];
};

const STATUS_ORDER = { UNOWNED: 0, CONTESTED: 1, OWNED: 2 } as const;

/** The department head's claims page. */
export async function getDepartmentClaims(opts: {
  workspaceId: string;
  departmentId: string;
}): Promise<DepartmentClaims> {
  const prisma = await getPrisma();
  const [department, rows, pending] = await Promise.all([
    prisma.department.findFirst({
      where: { id: opts.departmentId, workspaceId: opts.workspaceId },
      select: { name: true },
    }),
    getWorkspaceTouchpoints(opts.workspaceId),
    prisma.claim.findMany({
      where: { workspaceId: opts.workspaceId, departmentId: opts.departmentId, status: "PENDING" },
      orderBy: { createdAt: "desc" },
      select: { ...claimSelect, touchpointId: true },
    }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const claimed = new Set(pending.map((c) => c.touchpointId));
  const held: DepartmentClaims["held"] = [];
  const candidates: TouchpointRow[] = [];
  for (const row of rows) {
    const role = row.roles.find((r) => r.departmentId === opts.departmentId)?.role;
    if (role) held.push({ ...row, role });
    if (role !== "A" && !claimed.has(row.id)) candidates.push(row);
  }
  candidates.sort((a, b) => STATUS_ORDER[a.ownership.status] - STATUS_ORDER[b.ownership.status]);
  return {
    departmentName: department?.name ?? "Your department",
    pending: pending.flatMap((c) => {
      const t = byId.get(c.touchpointId);
      return t ? [{ ...toClaimView(c), touchpoint: place(t) }] : [];
    }),
    held,
    candidates,
  };
}

function place(row: TouchpointRow): PlacedTouchpoint {
  return { id: row.id, name: row.name, journeyName: row.journeyName, stageName: row.stageName };
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
      id: true,
      name: true,
      journey: { select: { name: true } },
      stage: { select: { name: true } },
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
    touchpoint: {
      id: c.touchpoint.id,
      name: c.touchpoint.name,
      journeyName: c.touchpoint.journey.name,
      stageName: c.touchpoint.stage.name,
    },
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
