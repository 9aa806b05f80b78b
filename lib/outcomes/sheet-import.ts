import "server-only";
// Writes a parsed targets sheet in the caller's transaction (runWrite), all or nothing: the names are found and
// every value checked first (a few queries, whatever the number of rows), then the targets that change are written
// in batched statements with one audit event. Readings go the same way (lib/outcomes/reading-import.ts).
import type { WriteContext } from "../actions/define";
import type { Tx } from "../db/transaction";
import { newUuid7 } from "../sheets/ids";
import {
  mergeFailures,
  type ParsedRows,
  type ReadingRow,
  type RowsFailure,
  type TargetRow,
} from "./sheet-parse";
import { readOutcomeNames, readStoredTargets, targetKey } from "./sheet-queries";
import { indexNames, type Resolved, resolveRows } from "./sheet-resolve";
import type { TTargetsImportResult } from "./sheet-schemas";

export type TargetsImportOutcome = ({ ok: true } & TTargetsImportResult) | RowsFailure;

/** Rows per statement: its parameters stay a few hundred KB however large the sheet. */
export const CHUNK = 5_000;

export const distinct = (values: string[]) => [...new Set(values)];

/** The one journey every row is in, so the event shows under that journey's activity; null for several. */
export function onlyJourney(rows: readonly { journeyId: string }[]): string | null {
  const [first] = rows;
  return first && rows.every((row) => row.journeyId === first.journeyId) ? first.journeyId : null;
}

/**
 * The parsed rows with their scopes and measures, or every problem of the sheet: those found reading it and
 * those found in the workspace (unknown names, values off the scale, scopes `refuse`d), by row.
 */
export async function resolveSheet<R extends TargetRow | ReadingRow>(
  tx: Tx,
  opts: {
    workspaceId: string;
    parsed: ParsedRows<R>;
    valueColumn: string;
    refuse?: Parameters<typeof resolveRows>[2]["refuse"];
  },
): Promise<{ ok: true; rows: Resolved<R>[] } | RowsFailure> {
  const { parsed } = opts;
  const unread: RowsFailure | null = parsed.ok
    ? null
    : { ok: false, errors: parsed.errors, errorCount: parsed.errorCount };
  // Nothing of the sheet read (its header, its encoding): there is nothing to look for in the workspace.
  if (unread && parsed.rows.length === 0) return unread;
  const names = await readOutcomeNames(tx, {
    workspaceId: opts.workspaceId,
    journeyNames: distinct(parsed.rows.map((row) => row.journey)),
    measureNames: distinct(parsed.rows.map((row) => row.measure)),
  });
  const resolved = resolveRows(indexNames(names), parsed.rows, opts);
  return mergeFailures([unread, resolved.ok ? null : resolved]) ?? resolved;
}

/** CX leads: sets, changes and (with an empty value) clears targets. */
export async function importTargetRows(
  write: WriteContext & { workspaceId: string },
  parsed: ParsedRows<TargetRow>,
): Promise<TargetsImportOutcome> {
  const { tx, audit, workspaceId } = write;
  const resolved = await resolveSheet(tx, { workspaceId, parsed, valueColumn: "target" });
  if (!resolved.ok) return resolved;
  const keyOf = (row: Resolved<TargetRow>) => ({ measureId: row.measure.id, scopeId: row.scopeId });
  const stored = await readStoredTargets(tx, { workspaceId, keys: resolved.rows.map(keyOf) });
  const upserts: Resolved<TargetRow>[] = [];
  const clears: Resolved<TargetRow>[] = [];
  const counts = { created: 0, updated: 0, cleared: 0, unchanged: 0 };
  for (const row of resolved.rows) {
    const before = stored.get(targetKey(keyOf(row)));
    if (row.input.value === null) {
      if (before === undefined) counts.unchanged += 1;
      else clears.push(row);
    } else if (before === row.input.value) counts.unchanged += 1;
    else {
      counts[before === undefined ? "created" : "updated"] += 1;
      upserts.push(row);
    }
  }
  counts.cleared = clears.length;
  if (upserts.length + clears.length === 0) return { ok: true, ...counts };
  for (let at = 0; at < upserts.length; at += CHUNK)
    await upsertTargets(tx, workspaceId, upserts.slice(at, at + CHUNK));
  for (let at = 0; at < clears.length; at += CHUNK)
    await deleteTargets(tx, workspaceId, clears.slice(at, at + CHUNK));
  const changed = [...upserts, ...clears];
  await audit({
    action: "targets.imported",
    entityType: "workspace",
    entityId: workspaceId,
    journeyId: onlyJourney(changed),
    after: { ...counts, measureNames: distinct(changed.map((row) => row.measure.name)) },
  });
  return { ok: true, ...counts };
}

async function upsertTargets(tx: Tx, workspaceId: string, rows: Resolved<TargetRow>[]): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO "OutcomeTarget" ("id", "workspaceId", "measureId", "journeyId", "touchpointId", "scopeId", "value", "updatedAt")
    SELECT x.id, ${workspaceId}::uuid, x."measureId", x."journeyId", x."touchpointId", x."scopeId", x.value, now()
    FROM unnest(${rows.map(() => newUuid7())}::uuid[], ${rows.map((r) => r.measure.id)}::uuid[],
      ${rows.map((r) => r.journeyId)}::uuid[], ${rows.map((r) => r.touchpointId)}::uuid[],
      ${rows.map((r) => r.scopeId)}::uuid[], ${rows.map((r) => r.input.value)}::float8[])
      AS x(id, "measureId", "journeyId", "touchpointId", "scopeId", value)
    ON CONFLICT ("measureId", "scopeId") DO UPDATE SET "value" = EXCLUDED."value", "updatedAt" = now()`;
}

async function deleteTargets(tx: Tx, workspaceId: string, rows: Resolved<TargetRow>[]): Promise<void> {
  await tx.$executeRaw`
    DELETE FROM "OutcomeTarget" AS t
    USING unnest(${rows.map((r) => r.measure.id)}::uuid[], ${rows.map((r) => r.scopeId)}::uuid[])
      AS x("measureId", "scopeId")
    WHERE t."workspaceId" = ${workspaceId}::uuid AND t."measureId" = x."measureId" AND t."scopeId" = x."scopeId"`;
}
