import "server-only";
// The Contests list and a touchpoint's own page: both sides of a dispute with their reasons, and the history.
import { getPrisma } from "../db/client";
import { getTouchpointOwnership, type RaciRole, type TouchpointOwnership } from "../ownership";
import { type ClaimView, getWorkspaceTouchpoints, type PlacedTouchpoint, toClaimView } from "./queries";

export type ContestSide = {
  departmentId: string;
  departmentName: string;
  /** Holds A now (else it is claiming it). */
  isHolder: boolean;
  /** The open A claim's reason, when the side has one. */
  claim: ClaimView | null;
};
export type Contest = PlacedTouchpoint & { sides: ContestSide[]; history: ClaimView[] };

const claimSelect = {
  id: true,
  touchpointId: true,
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

/** Every contested touchpoint in journey order: five queries whatever the workspace's size. */
export async function getContests(workspaceId: string): Promise<Contest[]> {
  const rows = (await getWorkspaceTouchpoints(workspaceId)).filter((r) => r.ownership.status === "CONTESTED");
  if (rows.length === 0) return [];
  const prisma = await getPrisma();
  const claims = await prisma.claim.findMany({
    where: { workspaceId, touchpointId: { in: rows.map((r) => r.id) } },
    orderBy: { createdAt: "desc" },
    select: claimSelect,
  });
  return rows.map((row) => {
    const history = claims.filter((c) => c.touchpointId === row.id).map(toClaimView);
    return {
      id: row.id,
      name: row.name,
      journeyName: row.journeyName,
      stageName: row.stageName,
      sides: getSides({
        ownership: row.ownership,
        history,
        names: [...row.holderNames, ...row.claimantNames],
      }),
      history,
    };
  });
}

function getSides(opts: {
  ownership: TouchpointOwnership;
  history: ClaimView[];
  names: string[];
}): ContestSide[] {
  const ids = [
    ...opts.ownership.accountableIds,
    ...opts.ownership.claimantIds.filter((id) => !opts.ownership.accountableIds.includes(id)),
  ];
  return ids.map((departmentId, index) => {
    const claim =
      opts.history.find((c) => c.departmentId === departmentId && c.status === "PENDING" && c.role === "A") ??
      null;
    return {
      departmentId,
      departmentName: claim?.departmentName ?? opts.names[index] ?? "Unknown",
      isHolder: opts.ownership.accountableIds.includes(departmentId),
      claim,
    };
  });
}

export type TouchpointDetail = PlacedTouchpoint & {
  description: string | null;
  journeyId: string;
  ownership: TouchpointOwnership;
  roles: { departmentId: string; departmentName: string; role: RaciRole }[];
  claims: ClaimView[];
  sides: ContestSide[];
};

/** One touchpoint, scoped to the workspace: null for an id from anywhere else. */
export async function getTouchpointDetail(opts: {
  workspaceId: string;
  touchpointId: string;
}): Promise<TouchpointDetail | null> {
  const prisma = await getPrisma();
  const touchpoint = await prisma.touchpoint.findFirst({
    where: { id: opts.touchpointId, workspaceId: opts.workspaceId },
    select: {
      id: true,
      name: true,
      description: true,
      journeyId: true,
      journey: { select: { name: true } },
      stage: { select: { name: true } },
      assignments: {
        orderBy: { department: { position: "asc" } },
        select: { departmentId: true, role: true, department: { select: { name: true } } },
      },
      claims: { orderBy: { createdAt: "desc" }, select: claimSelect },
    },
  });
  if (!touchpoint) return null;
  const claims = touchpoint.claims.map(toClaimView);
  const ownership = getTouchpointOwnership({
    assignments: touchpoint.assignments,
    openClaims: claims.filter((c) => c.status === "PENDING"),
  });
  const names = new Map([
    ...touchpoint.assignments.map((a) => [a.departmentId, a.department.name] as const),
    ...claims.map((c) => [c.departmentId, c.departmentName] as const),
  ]);
  const ids = [...new Set([...ownership.accountableIds, ...ownership.claimantIds])];
  return {
    id: touchpoint.id,
    name: touchpoint.name,
    description: touchpoint.description,
    journeyId: touchpoint.journeyId,
    journeyName: touchpoint.journey.name,
    stageName: touchpoint.stage.name,
    ownership,
    roles: touchpoint.assignments.map((a) => ({
      departmentId: a.departmentId,
      departmentName: a.department.name,
      role: a.role,
    })),
    claims,
    sides:
      ownership.status === "CONTESTED"
        ? getSides({ ownership, history: claims, names: ids.map((id) => names.get(id) ?? "Unknown") })
        : [],
  };
}
