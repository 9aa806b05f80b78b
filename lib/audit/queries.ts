import "server-only";
import { getPrisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { getActorLabel } from "./describe";
import {
  ACTIVITY_PAGE_SIZE,
  dropUnknownFilters,
  encodeActivityCursor,
  parseActivitySearchParams,
  type TActivityCursor,
  type TActivityFilterOptions,
  type TActivityFilters,
  type TActivityParam,
  type TSearchParams,
} from "./schemas";

export type ActivityEvent = {
  /** The BigInt id as a string: safe for React keys, JSON and URLs. */
  id: string;
  createdAt: Date;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string | null;
  journeyId: string | null;
  departmentId: string | null;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
};

export type ActivityPage = { events: ActivityEvent[]; nextCursor: string | null };

const MAX_PAGE_SIZE = 200;

// (createdAt, id) descending: createdAt lets each filter walk its (workspaceId, …, createdAt) index and stop
// after one page; id orders the events of one transaction, which share createdAt. The `lte` is redundant
// with the OR but gives PostgreSQL an index range to start from.
function olderThan(cursor: TActivityCursor): Prisma.AuditEventWhereInput {
  return {
    createdAt: { lte: cursor.createdAt },
    OR: [{ createdAt: { lt: cursor.createdAt } }, { id: { lt: cursor.id } }],
  };
}

/**
 * One page of a workspace's audit trail, newest first, in one query (the actor's name comes through a
 * relation select). Keyset pagination, so the thousandth page costs what the first does.
 */
export async function getActivityPage(opts: {
  workspaceId: string;
  filters: TActivityFilters;
  cursor?: TActivityCursor | null;
  pageSize: number;
}): Promise<ActivityPage> {
  const prisma = await getPrisma();
  const take = Math.min(Math.max(Math.trunc(opts.pageSize), 1), MAX_PAGE_SIZE);
  const { journeyId, departmentId, action } = opts.filters;
  const rows = await prisma.auditEvent.findMany({
    where: {
      workspaceId: opts.workspaceId,
      journeyId,
      departmentId,
      action,
      ...(opts.cursor ? olderThan(opts.cursor) : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    // One extra row tells whether an older page exists without counting.
    take: take + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      journeyId: true,
      departmentId: true,
      before: true,
      after: true,
      actor: { select: { name: true } },
    },
  });
  const shown = rows.slice(0, take);
  const last = shown.at(-1);
  return {
    events: shown.map(({ actor, id, ...row }) => ({
      ...row,
      id: id.toString(),
      actorName: getActorLabel({ actorName: actor?.name, action: row.action }),
    })),
    nextCursor: rows.length > take && last ? encodeActivityCursor(last) : null,
  };
}

/** The filter form's choices: the workspace's journeys and departments, and the actions its trail holds. */
export async function getActivityFilterOptions(workspaceId: string): Promise<TActivityFilterOptions> {
  const prisma = await getPrisma();
  const [journeys, departments, actions] = await Promise.all([
    prisma.journey.findMany({
      where: { workspaceId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
    prisma.department.findMany({
      where: { workspaceId },
      orderBy: { position: "asc" },
      select: { id: true, name: true },
    }),
    // The distinct actions by skipping along the (workspaceId, action, createdAt) index: one probe per
    // action rather than a pass over every event (a trail holds tens of actions and 50,000 events).
    prisma.$queryRaw<{ action: string }[]>`
      WITH RECURSIVE actions AS (
        (SELECT "action" FROM "AuditEvent" WHERE "workspaceId" = ${workspaceId}::uuid ORDER BY "action" LIMIT 1)
        UNION ALL
        SELECT (SELECT e."action" FROM "AuditEvent" e
          WHERE e."workspaceId" = ${workspaceId}::uuid AND e."action" > actions."action"
          ORDER BY e."action" LIMIT 1)
        FROM actions WHERE actions."action" IS NOT NULL
      )
      SELECT "action" FROM actions WHERE "action" IS NOT NULL`,
  ]);
  return { journeys, departments, actions: actions.map((row) => row.action) };
}

export type ActivityView = {
  options: TActivityFilterOptions;
  filters: TActivityFilters;
  page: ActivityPage;
  isNewest: boolean;
  /** URL parameters that were dropped because they did not parse or name nothing in this workspace. */
  ignored: TActivityParam[];
};

/** Everything the Activity page shows, from its raw search params, in a fixed number of queries. */
export async function getActivityView(opts: {
  workspaceId: string;
  searchParams: TSearchParams;
}): Promise<ActivityView> {
  const query = parseActivitySearchParams(opts.searchParams);
  const options = await getActivityFilterOptions(opts.workspaceId);
  const known = dropUnknownFilters(query.filters, options);
  const page = await getActivityPage({
    workspaceId: opts.workspaceId,
    filters: known.filters,
    cursor: query.cursor,
    pageSize: ACTIVITY_PAGE_SIZE,
  });
  return {
    options,
    filters: known.filters,
    page,
    isNewest: query.cursor === null,
    ignored: [...query.ignored, ...known.ignored],
  };
}
