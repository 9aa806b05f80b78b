import "server-only";
import { getPrisma } from "../db/client";
import { Prisma } from "../db/generated/client";
// The Contests list and a touchpoint's own page: both sides of a dispute with their reasons, and the history.
import { seatSql } from "../map/seat-sql";
import { getTouchpointOwnership, type RaciRole, type TouchpointOwnership } from "../ownership";
import { CLAIMS_PAGE_SIZE, type Paged, readPage } from "./pagination";
import {
  type ClaimView,
  claimSelect as claimViewSelect,
  type PlacedTouchpoint,
  placeSelect,
  toClaimView,
  toPlaced,
} from "./queries";

export type ContestSide = {
  departmentId: string;
  departmentName: string;
  /** Holds A now (else it is claiming it). */
  isHolder: boolean;
  /** The open A claim's reason, when the side has one. */
  claim: ClaimView | null;
};
export type Contest = PlacedTouchpoint & { sides: ContestSide[]; history: ClaimView[] };

const claimSelect = { ...claimViewSelect, touchpointId: true } as const;

/**
 * Contested touchpoints in journey order (id breaks ties), by the A-seat rule as SQL (coverage/report-sql.ts,
 * proven equal to lib/ownership): one statement, over the workspace's A holders and open A claims only.
 */
async function findContestedIds(opts: {
  workspaceId: string;
  range?: { skip: number; take: number };
}): Promise<string[]> {
  const prisma = await getPrisma();
  const page = opts.range ? Prisma.sql`LIMIT ${opts.range.take} OFFSET ${opts.range.skip}` : Prisma.empty;
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT t."id"::text AS "id"
    FROM (${seatSql(opts.workspaceId)}) AS seat
    JOIN "Touchpoint" t ON t."id" = seat."touchpointId"
    JOIN "Stage" s ON s."id" = t."stageId"
    JOIN "Journey" j ON j."id" = t."journeyId"
    WHERE seat.status = 'CONTESTED' AND t."workspaceId" = ${opts.workspaceId}::uuid
    ORDER BY j."position", s."position", t."position", t."id"
    ${page}`;
  return rows.map((row) => row.id);
}

async function countContests(workspaceId: string): Promise<number> {
  const prisma = await getPrisma();
  const [row] = await prisma.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM (${seatSql(workspaceId)}) AS seat WHERE seat.status = 'CONTESTED'`;
  return row?.count ?? 0;
}

/** Both sides and the history of each touchpoint named, in the order given: one query (with its relations). */
async function loadContests(opts: { workspaceId: string; ids: readonly string[] }): Promise<Contest[]> {
  if (opts.ids.length === 0) return [];
  const prisma = await getPrisma();
  const touchpoints = await prisma.touchpoint.findMany({
    where: { workspaceId: opts.workspaceId, id: { in: [...opts.ids] } },
    select: {
      ...placeSelect,
      assignments: {
        where: { role: "A" },
        orderBy: { department: { position: "asc" } },
        select: { departmentId: true, role: true, department: { select: { name: true } } },
      },
      claims: { orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: claimSelect },
    },
  });
  const byId = new Map(touchpoints.map((t) => [t.id, t]));
  return opts.ids.flatMap((id) => {
    const touchpoint = byId.get(id);
    if (!touchpoint) return [];
    const history = touchpoint.claims.map(toClaimView);
    // Oldest open claim first, so the sides read in the order the departments asked.
    const openClaims = history.filter((c) => c.status === "PENDING").reverse();
    return [
      {
        ...toPlaced(touchpoint),
        sides: getSides({
          ownership: getTouchpointOwnership({ assignments: touchpoint.assignments, openClaims }),
          history,
          names: new Map(touchpoint.assignments.map((a) => [a.departmentId, a.department.name])),
        }),
        history,
      },
    ];
  });
}

/** Every contested touchpoint in journey order (the inbox): two queries whatever the workspace's size. */
/** One page of the contests in journey order, with their total, in a fixed number of queries. */
export async function getContestsPage(opts: { workspaceId: string; page: number }): Promise<Paged<Contest>> {
  const { workspaceId } = opts;
  const ids = await readPage({
    requested: opts.page,
    pageSize: CLAIMS_PAGE_SIZE,
    count: () => countContests(workspaceId),
    rows: (range) => findContestedIds({ workspaceId, range }),
  });
  return { items: await loadContests({ workspaceId, ids: ids.items }), info: ids.info };
}

/** A contest's sides: the A holders, then the departments claiming A; names come from the claim or `names`. */
function getSides(opts: {
  ownership: TouchpointOwnership;
  history: ClaimView[];
  names: ReadonlyMap<string, string>;
}): ContestSide[] {
  const ids = [
    ...opts.ownership.accountableIds,
    ...opts.ownership.claimantIds.filter((id) => !opts.ownership.accountableIds.includes(id)),
  ];
  return ids.map((departmentId) => {
    const claim =
      opts.history.find((c) => c.departmentId === departmentId && c.status === "PENDING" && c.role === "A") ??
      null;
    return {
      departmentId,
      departmentName: claim?.departmentName ?? opts.names.get(departmentId) ?? "Unknown",
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
    sides: ownership.status === "CONTESTED" ? getSides({ ownership, history: claims, names }) : [],
  };
}
