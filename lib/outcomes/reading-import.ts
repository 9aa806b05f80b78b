import "server-only";
// Writes a parsed readings sheet (CSV or JSON) in the caller's transaction (runWrite), all or nothing. Names,
// values and the caller's right to each scope are checked first (lib/outcomes/sheet-import.ts); then each chunk
// of readings is compared with what is stored and written in one statement, so 50,000 readings are a dozen
// statements and no row travels back. A dry run runs the same comparison without the writes: a preview and an
// apply cannot disagree about what a sheet does.
import type { WriteContext } from "../actions/define";
import type { Actor } from "../auth/guard";
import { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";
import { emitOffTargetAfterImport, newsReadings, offTargetBefore } from "../outbox/outcome-events";
import { findAccountableTouchpoints, readingRefusal } from "./reading-rights";
import { CHUNK, distinct, onlyJourney, resolveSheet } from "./sheet-import";
import type { ParsedRows, ReadingRow, RowsFailure } from "./sheet-parse";
import type { Resolved } from "./sheet-resolve";
import type { TReadingsImportResult } from "./sheet-schemas";

export type ReadingsImportOutcome = ({ ok: true } & TReadingsImportResult) | RowsFailure;
type Counts = Omit<TReadingsImportResult, "dryRun">;

/**
 * CX leads anywhere; department heads only on touchpoints their department is Accountable for (the rule of
 * lib/outcomes/reading-rights.ts): a row elsewhere is a problem of the sheet, never silently skipped. A reading
 * sent again replaces the stored one; one sent exactly as stored is left alone.
 */
export async function importReadingRows(
  write: WriteContext & { actor: Actor },
  parsed: ParsedRows<ReadingRow>,
  opts: { dryRun: boolean },
): Promise<ReadingsImportOutcome> {
  const { tx, audit, actor } = write;
  const { workspaceId } = actor;
  const accountable = await findAccountableTouchpoints(tx, actor);
  const resolved = await resolveSheet(tx, {
    workspaceId,
    parsed,
    valueColumn: "value",
    refuse: (scope) => readingRefusal(actor, scope, accountable),
  });
  if (!resolved.ok) return resolved;
  const { rows } = resolved;
  // Readings of recent months on touchpoints may put a target off target: noted before the write, told after it.
  const news = opts.dryRun
    ? []
    : newsReadings(
        rows.flatMap((r) =>
          r.touchpointId
            ? [
                {
                  touchpointId: r.touchpointId,
                  measureId: r.measure.id,
                  month: r.input.month,
                  value: r.input.value,
                },
              ]
            : [],
        ),
      );
  const offBefore = await offTargetBefore(tx, news);
  const counts: Counts = { created: 0, replaced: 0, unchanged: 0 };
  for (let at = 0; at < rows.length; at += CHUNK) {
    const chunk = await writeChunk(tx, {
      workspaceId,
      rows: rows.slice(at, at + CHUNK),
      dryRun: opts.dryRun,
    });
    counts.created += chunk.created;
    counts.replaced += chunk.replaced;
    counts.unchanged += chunk.unchanged;
  }
  if (opts.dryRun || counts.created + counts.replaced === 0)
    return { ok: true, ...counts, dryRun: opts.dryRun };
  await emitOffTargetAfterImport(tx, { workspaceId, rows: news, offBefore });
  const months = rows.map((row) => row.input.month).sort();
  await audit({
    action: "readings.imported",
    entityType: "workspace",
    entityId: workspaceId,
    journeyId: onlyJourney(rows),
    departmentId: actor.departmentId,
    // The sheet's months and measures: the statements count what they wrote, they do not list it.
    after: {
      ...counts,
      from: months[0] ?? null,
      to: months.at(-1) ?? null,
      measureNames: distinct(rows.map((row) => row.measure.name)),
    },
  });
  return { ok: true, ...counts, dryRun: false };
}

/**
 * The chunk's readings beside the one stored under each key, if any: `c` in the statements below. One array
 * parameter per column (not one parameter per value); the scope key is the touchpoint, else the journey.
 */
function compared(workspaceId: string, rows: Resolved<ReadingRow>[]): Prisma.Sql {
  return Prisma.sql`
    WITH x AS (
      SELECT * FROM unnest(${rows.map((r) => r.measure.id)}::uuid[], ${rows.map((r) => r.journeyId)}::uuid[],
        ${rows.map((r) => r.touchpointId)}::uuid[], ${rows.map((r) => r.input.month)}::text[],
        ${rows.map((r) => r.input.value)}::float8[], ${rows.map((r) => r.input.sampleSize)}::int[],
        ${rows.map((r) => r.input.source)}::text[])
        AS x("measureId", "journeyId", "touchpointId", month, value, "sampleSize", source)
    ), c AS (
      SELECT x.*, COALESCE(x."touchpointId", x."journeyId") AS "scopeId", r.id AS "readingId",
        COALESCE(r.value = x.value AND r."sampleSize" IS NOT DISTINCT FROM x."sampleSize"
          AND r.source IS NOT DISTINCT FROM x.source, false) AS "isSame"
      FROM x LEFT JOIN "OutcomeReading" r ON r."workspaceId" = ${workspaceId}::uuid
        AND r."measureId" = x."measureId" AND r."scopeId" = COALESCE(x."touchpointId", x."journeyId")
        AND r.month = x.month
    )`;
}

// A UUID version 7 (time-ordered, as Prisma's uuid(7) and lib/sheets/ids.ts make them) for each new reading,
// made where the row is written: the ids of readings that turn out to exist already never need sending.
const NEW_UUID7 = Prisma.sql`encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
  substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
  52, 1), 53, 1), 'hex')::uuid`;

/** Counts (dry run), or replaces what differs and inserts what is new, counting what it wrote: one statement. */
async function writeChunk(
  tx: Tx,
  opts: { workspaceId: string; rows: Resolved<ReadingRow>[]; dryRun: boolean },
): Promise<Counts> {
  const { workspaceId } = opts;
  const c = compared(workspaceId, opts.rows);
  const [counts] = opts.dryRun
    ? await tx.$queryRaw<Counts[]>`${c}
        SELECT count(*) FILTER (WHERE "readingId" IS NULL)::int AS created,
          count(*) FILTER (WHERE "readingId" IS NOT NULL AND NOT "isSame")::int AS replaced,
          count(*) FILTER (WHERE "isSame")::int AS unchanged
        FROM c`
    : await tx.$queryRaw<Counts[]>`${c}, replaced AS (
          UPDATE "OutcomeReading" r SET value = c.value, "sampleSize" = c."sampleSize", source = c.source,
            "updatedAt" = now()
          FROM c WHERE r.id = c."readingId" AND NOT c."isSame"
          RETURNING 1
        ), created AS (
          INSERT INTO "OutcomeReading" ("id", "workspaceId", "measureId", "journeyId", "touchpointId", "scopeId",
            "month", "value", "sampleSize", "source", "updatedAt")
          SELECT ${NEW_UUID7}, ${workspaceId}::uuid, c."measureId", c."journeyId", c."touchpointId", c."scopeId",
            c.month, c.value, c."sampleSize", c.source, now()
          FROM c WHERE c."readingId" IS NULL
          -- Recorded by someone else since this statement began: sending it again replaces it, as always.
          ON CONFLICT ("measureId", "scopeId", "month") DO UPDATE SET "value" = EXCLUDED."value",
            "sampleSize" = EXCLUDED."sampleSize", "source" = EXCLUDED."source", "updatedAt" = now()
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM created)::int AS created, (SELECT count(*) FROM replaced)::int AS replaced,
          (SELECT count(*) FROM c WHERE "isSame")::int AS unchanged`;
  return counts ?? { created: 0, replaced: 0, unchanged: 0 };
}
