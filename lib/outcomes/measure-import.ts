import "server-only";
// POST /api/v1/measures's work: check every measure of the body, then upsert them by name in one transaction,
// all or nothing. Every problem is reported with its row (the measure's 1-based place in the array) and field.
import type { WriteContext } from "../actions/define";
import { ActionError, isUniqueViolation } from "../actions/result";
import type { SheetError } from "../sheets/parse";
import { scaleChangeProblem } from "./measure-text";
import { isSameDefinition, isScaleChange } from "./measure-write";
import { getMeasureValueStats, lockMeasures } from "./measures";
import {
  API_MEASURE_FIELDS,
  MEASURE_IMPORT_LIMITS,
  type TMeasureDefinition,
  toDefinition,
  ZApiMeasure,
} from "./schemas";

/** As many problems as a sheet import lists; `errorCount` counts them all. */
const ERRORS_SHOWN = 200;

export type MeasureRowsFailure = { ok: false; errors: SheetError[]; errorCount: number };
export type ParsedMeasures = { ok: true; rows: TMeasureDefinition[] } | MeasureRowsFailure;
export type MeasureImportOutcome =
  | { ok: true; created: number; updated: number; unchanged: number }
  | MeasureRowsFailure;

function failure(errors: SheetError[]): MeasureRowsFailure {
  return { ok: false, errors: errors.slice(0, ERRORS_SHOWN), errorCount: errors.length };
}

const FIELDS_TEXT = `${API_MEASURE_FIELDS.slice(0, -1).join(", ")} and ${API_MEASURE_FIELDS.at(-1)}`;

/** Checks each element of the body's array on its own, then that no name comes twice. */
export function parseMeasureRows(items: unknown[]): ParsedMeasures {
  const { rows: limit } = MEASURE_IMPORT_LIMITS;
  if (items.length > limit)
    return failure([
      { row: limit + 1, column: null, message: `Send at most ${limit} measures in one request.` },
    ]);
  const errors: SheetError[] = [];
  const rows: TMeasureDefinition[] = [];
  const rowOfName = new Map<string, number>();
  items.forEach((item, index) => {
    const row = index + 1;
    if (typeof item !== "object" || item === null || Array.isArray(item)) {
      errors.push({ row, column: null, message: `Each measure is a JSON object with ${FIELDS_TEXT}.` });
      return;
    }
    const parsed = ZApiMeasure.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        if (issue.code === "unrecognized_keys")
          for (const key of issue.keys)
            errors.push({
              row,
              column: key,
              message: `Unknown field “${key}”: a measure has ${FIELDS_TEXT}.`,
            });
        else errors.push({ row, column: String(issue.path[0] ?? "") || null, message: issue.message });
      }
      return;
    }
    const definition = toDefinition(parsed.data);
    const first = rowOfName.get(definition.name);
    if (first !== undefined) {
      errors.push({
        row,
        column: "name",
        message: `“${definition.name}” is also row ${first}: send each measure once.`,
      });
      return;
    }
    rowOfName.set(definition.name, row);
    rows.push(definition);
  });
  return errors.length > 0 ? failure(errors) : { ok: true, rows };
}

/**
 * Creates the measures whose name is new and updates the others, unless one would change kind or scale while a
 * target or reading falls outside the new one: then nothing is written. One `measures.imported` event when
 * anything changed. Runs in the caller's transaction (runWrite).
 */
export async function importMeasures(
  write: WriteContext & { workspaceId: string },
  rows: TMeasureDefinition[],
): Promise<MeasureImportOutcome> {
  const { tx, audit, workspaceId } = write;
  const existing = new Map((await lockMeasures(tx, { workspaceId })).map((m) => [m.name, m]));
  const creates: TMeasureDefinition[] = [];
  const updates: (TMeasureDefinition & { id: string; row: number; isScaleChange: boolean })[] = [];
  let unchanged = 0;
  rows.forEach((definition, index) => {
    const before = existing.get(definition.name);
    if (!before) creates.push(definition);
    else if (isSameDefinition(before, definition)) unchanged += 1;
    else
      updates.push({
        ...definition,
        id: before.id,
        row: index + 1,
        isScaleChange: isScaleChange(before, definition),
      });
  });

  const rescaled = updates.filter((u) => u.isScaleChange);
  if (rescaled.length > 0) {
    const stats = await getMeasureValueStats(tx, { workspaceId, measureIds: rescaled.map((u) => u.id) });
    const errors: SheetError[] = [];
    for (const update of rescaled) {
      const before = existing.get(update.name);
      const message = scaleChangeProblem({ name: update.name, next: update, stats: stats.get(update.id) });
      if (message)
        errors.push({ row: update.row, column: before?.kind !== update.kind ? "kind" : "min", message });
    }
    if (errors.length > 0) return failure(errors);
  }

  if (creates.length > 0) {
    await tx.measure
      .createMany({ data: creates.map((definition) => ({ workspaceId, ...definition })) })
      .catch((error: unknown) => {
        if (!isUniqueViolation(error)) throw error;
        throw new ActionError(
          "conflict",
          "A measure of the same name was created meanwhile; nothing was written. Send the request again.",
        );
      });
  }
  if (updates.length > 0) {
    const json = JSON.stringify(
      updates.map(({ id, kind, direction, scaleMin, scaleMax, unit }) => ({
        id,
        kind,
        direction,
        scaleMin,
        scaleMax,
        unit,
      })),
    );
    await tx.$executeRaw`
      UPDATE "Measure" m SET "kind" = x."kind"::"MeasureKind", "direction" = x."direction"::"MeasureDirection",
        "scaleMin" = x."scaleMin", "scaleMax" = x."scaleMax", "unit" = x."unit", "updatedAt" = now()
      FROM jsonb_to_recordset(${json}::jsonb)
        AS x("id" uuid, "kind" text, "direction" text, "scaleMin" float8, "scaleMax" float8, "unit" text)
      WHERE m."id" = x."id" AND m."workspaceId" = ${workspaceId}::uuid`;
  }
  if (creates.length + updates.length > 0)
    await audit({
      action: "measures.imported",
      entityType: "workspace",
      entityId: workspaceId,
      after: {
        created: creates.length,
        updated: updates.length,
        unchanged,
        createdNames: creates.map((m) => m.name),
        updatedNames: updates.map((m) => m.name),
      },
    });
  return { ok: true, created: creates.length, updated: updates.length, unchanged };
}
