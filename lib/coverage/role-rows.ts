import "server-only";
// The touchpoints of a workspace with only the roles its coverage numbers can depend on, in one query.
// Status needs A; department load needs A and R; a handoff is bridged when a neighbour's owner holds any role
// here, so C and I come only for departments holding A on the touchpoint before or after in journey order
// (and for the department filtered on). Dropping the rest changes no number: lib/ownership still decides.
import type { PrismaClient } from "../db/generated/client";
import type { RaciRole } from "../ownership";
import { CHANNELS, type TChannel } from "../structure/channels";
import type { CoverageRows } from "./report-types";

type RoleRow = {
  id: string;
  journeyId: string;
  stageId: string;
  position: number;
  name: string;
  channel: string;
  a: string[];
  r: string[];
  c: string[];
  i: string[];
};

const CHANNEL_BY_SLUG = new Map(CHANNELS.map((c) => [c.slug, c.value]));

export async function getCoverageTouchpoints(
  prisma: PrismaClient,
  opts: { workspaceId: string; departmentId?: string },
): Promise<Pick<CoverageRows, "touchpoints" | "assignments">> {
  const { workspaceId } = opts;
  const department = opts.departmentId ?? null;
  const rows = await prisma.$queryRaw<RoleRow[]>`
    WITH roles AS (
      SELECT "touchpointId",
        array_agg("departmentId"::text) FILTER (WHERE "role" = 'A') AS a,
        array_agg("departmentId"::text) FILTER (WHERE "role" = 'R') AS r,
        array_agg("departmentId"::text) FILTER (WHERE "role" = 'C') AS c,
        array_agg("departmentId"::text) FILTER (WHERE "role" = 'I') AS i
      FROM "Assignment" WHERE "workspaceId" = ${workspaceId}::uuid
      GROUP BY "touchpointId"
    ), ordered AS (
      SELECT t."id", t."journeyId", t."stageId", t."position", t."name", t."channel", r.a, r.r, r.c, r.i,
        COALESCE(LAG(r.a) OVER w, '{}') || COALESCE(LEAD(r.a) OVER w, '{}') || ${department}::text AS near
      FROM "Touchpoint" t
      JOIN "Stage" s ON s."id" = t."stageId"
      LEFT JOIN roles r ON r."touchpointId" = t."id"
      WHERE t."workspaceId" = ${workspaceId}::uuid
      WINDOW w AS (PARTITION BY t."journeyId" ORDER BY s."position", t."position")
    )
    SELECT "id"::text, "journeyId"::text, "stageId"::text, "position", "name", "channel"::text,
      COALESCE(a, '{}') AS a, COALESCE(r, '{}') AS r,
      ARRAY(SELECT x FROM unnest(c) AS x WHERE x = ANY(near)) AS c,
      ARRAY(SELECT x FROM unnest(i) AS x WHERE x = ANY(near)) AS i
    FROM ordered`;
  const touchpoints: CoverageRows["touchpoints"] = [];
  const assignments: CoverageRows["assignments"] = [];
  for (const row of rows) {
    const channel = CHANNEL_BY_SLUG.get(row.channel);
    if (!channel) throw new Error(`Unknown channel "${row.channel}"`);
    touchpoints.push({
      id: row.id,
      journeyId: row.journeyId,
      stageId: row.stageId,
      position: row.position,
      name: row.name,
      channel: channel satisfies TChannel,
    });
    const push = (ids: string[], role: RaciRole) => {
      for (const departmentId of ids) assignments.push({ touchpointId: row.id, departmentId, role });
    };
    push(row.a, "A");
    push(row.r, "R");
    push(row.c, "C");
    push(row.i, "I");
  }
  return { touchpoints, assignments };
}
