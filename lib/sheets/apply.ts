import "server-only";
// Previews and applies a sheet. Both read the map under the workspace's lock, so the preview is one consistent
// snapshot; apply recomputes the plan under that lock and refuses with a conflict when the map changed since
// the preview it was given (its fingerprint), so nobody applies a plan they did not see. All writes are bulk
// statements: the number of queries does not grow with the sheet.
import { createHash } from "node:crypto";
import type { WriteContext } from "../actions/define";
import { ActionError } from "../actions/result";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";
import { getChannelSlug } from "../map/channels";
import { lockParent } from "../map/positions";
import { checkRoundTrip } from "./capacity";
import { newUuid7 } from "./ids";
import { describeMassRemoval } from "./mass-removal";
import type { ParsedSheet, SheetError } from "./parse";
import { type CurrentMap, type PlanSummary, type PlanWrites, planSheet, type SheetMode } from "./plan";
import { getCurrentMap } from "./queries";

export type ImportOutcome =
  | { ok: false; errors: SheetError[]; errorCount: number }
  | { ok: true; applied: boolean; summary: PlanSummary; fingerprint: string };

export const MAP_CHANGED =
  "The map changed since this preview (someone edited it, or another import ran). Preview the sheet again before applying it.";

/** A digest of the map the plan was computed from: equal digests mean the same plan for the same sheet. */
export function fingerprintMap(map: CurrentMap): string {
  const sorted = Object.fromEntries(
    Object.entries(map).map(([key, rows]) => [
      key,
      (rows as Record<string, unknown>[])
        // Keys are plain ASCII: code-unit order (far cheaper than localeCompare on 20,000 rows) is the same order.
        .map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))
        .sort(),
    ]),
  );
  return createHash("sha256").update(JSON.stringify(sorted)).digest("hex").slice(0, 32);
}

/**
 * Plans a parsed sheet against the map read under the workspace's lock and, unless it is a dry run, writes it
 * with one `sheet.imported` event. Runs in the caller's transaction (runWrite), for the actions and the API alike.
 */
export async function importParsedSheet(
  write: WriteContext & { workspaceId: string },
  opts: {
    sheet: ParsedSheet;
    mode: SheetMode;
    dryRun: boolean;
    /** The preview's fingerprint; when given, apply refuses if the map changed since. */
    expectedFingerprint?: string;
    /** The API without allowMassRemoval=1: a replace that would remove most of the map is a conflict. */
    refuseMassRemoval?: boolean;
  },
): Promise<ImportOutcome> {
  const { tx, audit, workspaceId } = write;
  await lockMap(tx, workspaceId);
  const current = await getCurrentMap(workspaceId, tx);
  const fingerprint = fingerprintMap(current);
  if (opts.expectedFingerprint && opts.expectedFingerprint !== fingerprint)
    throw new ActionError("conflict", MAP_CHANGED);
  const { summary, writes } = planSheet({
    sheet: opts.sheet,
    current,
    mode: opts.mode,
    newId: () => newUuid7(),
  });
  // Checked on the dry run too, so the preview already says why the sheet cannot be applied.
  const tooLarge = checkRoundTrip(current, writes);
  if (tooLarge.length > 0) return { ok: false, errors: tooLarge, errorCount: tooLarge.length };
  const massRemoval = opts.refuseMassRemoval ? describeMassRemoval(current, summary.counts) : null;
  if (massRemoval) throw new ActionError("conflict", massRemoval);
  if (opts.dryRun) return { ok: true, applied: false, summary, fingerprint };
  await writePlan(tx, { workspaceId, writes });
  await audit({
    action: "sheet.imported",
    entityType: "workspace",
    entityId: workspaceId,
    after: { mode: opts.mode, ...summary.counts, newDepartments: summary.newDepartments },
  });
  return { ok: true, applied: true, summary, fingerprint };
}

/**
 * Holds every lock a map edit takes, in the order those edits take them (workspace, then journey, then
 * touchpoint): structure actions lock the workspace or the journey, and a cell edit's version check writes the
 * touchpoint row. So no edit interleaves with an import; it waits, then sees the imported map (and a bumped
 * version where the import changed that touchpoint, which it reports as a conflict).
 */
async function lockMap(tx: Tx, workspaceId: string): Promise<void> {
  await lockParent(tx, { table: "Workspace", id: workspaceId, workspaceId });
  await tx.$queryRaw`
    WITH locked AS (SELECT 1 FROM "Journey" WHERE "workspaceId" = ${workspaceId}::uuid FOR NO KEY UPDATE)
    SELECT count(*)::int AS n FROM locked`;
  await tx.$queryRaw`
    WITH locked AS (SELECT 1 FROM "Touchpoint" WHERE "workspaceId" = ${workspaceId}::uuid FOR NO KEY UPDATE)
    SELECT count(*)::int AS n FROM locked`;
}

const json = (rows: unknown[]) => JSON.stringify(rows);
const ids = (list: string[]) => json(list);

async function writePlan(tx: Tx, opts: { workspaceId: string; writes: PlanWrites }): Promise<void> {
  const { workspaceId: ws, writes: w } = opts;
  if (w.departments.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Department" ("id", "workspaceId", "name", "color", "position", "updatedAt")
      SELECT x.id, ${ws}::uuid, x.name, x.color, x.position, now()
      FROM jsonb_to_recordset(${json(w.departments)}::jsonb) AS x(id uuid, name text, color text, position int)`;
  }
  // Removing a journey or stage takes its children with it (ON DELETE CASCADE), claims and roles included.
  for (const [table, list] of [
    ["Journey", w.removeJourneyIds],
    ["Stage", w.removeStageIds],
    ["Touchpoint", w.removeTouchpointIds],
  ] as const) {
    if (list.length === 0) continue;
    await tx.$executeRaw`
      DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE "workspaceId" = ${ws}::uuid
        AND "id" IN (SELECT value::uuid FROM jsonb_array_elements_text(${ids(list)}::jsonb))`;
  }
  // Every surviving row first goes to a distinct negative position, then takes its final one: positions are
  // unique per parent and PostgreSQL checks that row by row (the same reason as lib/structure/positions.ts).
  for (const table of ["Journey", "Stage", "Touchpoint"] as const) {
    await tx.$executeRaw`
      UPDATE ${Prisma.raw(`"${table}"`)} SET "position" = -1 - "position"
      WHERE "workspaceId" = ${ws}::uuid AND "position" >= 0`;
  }
  const newJourneys = w.journeys.filter((j) => j.isNew);
  const newStages = w.stages.filter((s) => s.isNew);
  const newTouchpoints = w.touchpoints
    .filter((t) => t.isNew)
    .map((t) => ({ ...t, channel: getChannelSlug(t.channel) }));
  if (newJourneys.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Journey" ("id", "workspaceId", "name", "position", "updatedAt")
      SELECT x.id, ${ws}::uuid, x.name, x.position, now()
      FROM jsonb_to_recordset(${json(newJourneys)}::jsonb) AS x(id uuid, name text, position int)`;
  }
  if (newStages.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Stage" ("id", "workspaceId", "journeyId", "name", "position", "updatedAt")
      SELECT x.id, ${ws}::uuid, x."journeyId", x.name, x.position, now()
      FROM jsonb_to_recordset(${json(newStages)}::jsonb) AS x(id uuid, "journeyId" uuid, name text, position int)`;
  }
  if (newTouchpoints.length > 0) {
    await tx.$executeRaw`
      INSERT INTO "Touchpoint" ("id", "workspaceId", "journeyId", "stageId", "name", "channel", "position", "updatedAt")
      SELECT x.id, ${ws}::uuid, x."journeyId", x."stageId", x.name, x.channel::"Channel", x.position, now()
      FROM jsonb_to_recordset(${json(newTouchpoints)}::jsonb)
        AS x(id uuid, "journeyId" uuid, "stageId" uuid, name text, channel text, position int)`;
  }
  await tx.$executeRaw`
    UPDATE "Journey" AS j SET "position" = x.position
    FROM jsonb_to_recordset(${json(w.journeys.filter((j) => !j.isNew))}::jsonb) AS x(id uuid, position int)
    WHERE j."id" = x.id AND j."workspaceId" = ${ws}::uuid`;
  await tx.$executeRaw`
    UPDATE "Stage" AS s SET "position" = x.position
    FROM jsonb_to_recordset(${json(w.stages.filter((s) => !s.isNew))}::jsonb) AS x(id uuid, position int)
    WHERE s."id" = x.id AND s."workspaceId" = ${ws}::uuid`;
  const kept = w.touchpoints
    .filter((t) => !t.isNew)
    .map((t) => ({ id: t.id, position: t.position, bump: t.bump, channel: getChannelSlug(t.channel) }));
  // A touchpoint whose channel or roles change gets a new version, so an editor holding the old one is told.
  await tx.$executeRaw`
    UPDATE "Touchpoint" AS t SET "position" = x.position, "channel" = x.channel::"Channel",
      "version" = t."version" + (CASE WHEN x.bump THEN 1 ELSE 0 END),
      "updatedAt" = CASE WHEN x.bump THEN now() ELSE t."updatedAt" END
    FROM jsonb_to_recordset(${json(kept)}::jsonb) AS x(id uuid, position int, bump boolean, channel text)
    WHERE t."id" = x.id AND t."workspaceId" = ${ws}::uuid`;
  if (w.clearRoles.length > 0) {
    await tx.$executeRaw`
      DELETE FROM "Assignment" AS a
      USING jsonb_to_recordset(${json(w.clearRoles)}::jsonb) AS x("touchpointId" uuid, "departmentId" uuid)
      WHERE a."workspaceId" = ${ws}::uuid AND a."touchpointId" = x."touchpointId" AND a."departmentId" = x."departmentId"`;
  }
  if (w.setRoles.length > 0) {
    const rows = w.setRoles.map((r) => ({ ...r, id: newUuid7() }));
    await tx.$executeRaw`
      INSERT INTO "Assignment" ("id", "workspaceId", "touchpointId", "departmentId", "role", "updatedAt")
      SELECT x.id, ${ws}::uuid, x."touchpointId", x."departmentId", x.role::"RaciRole", now()
      FROM jsonb_to_recordset(${json(rows)}::jsonb)
        AS x(id uuid, "touchpointId" uuid, "departmentId" uuid, role text)
      ON CONFLICT ("touchpointId", "departmentId") DO UPDATE SET "role" = EXCLUDED."role", "updatedAt" = now()`;
  }
}
