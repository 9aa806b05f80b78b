import "server-only";
// Who may record a reading where (DESIGN.md, Customer outcomes): whoever defines outcomes (a CX lead) records any
// reading; a department head only on the touchpoints their department is Accountable for (owners report their own
// numbers), and never a journey's own. The one spelling of that rule, for one reading and for a whole sheet.
import type { Actor } from "../auth/guard";
import { can } from "../auth/policy";
import type { Tx } from "../db/transaction";

export const JOURNEY_READINGS_REFUSAL = "Only a CX lead records a journey's own readings.";
export const NOT_ACCOUNTABLE_REFUSAL =
  "Your department is not Accountable for this touchpoint, so its readings are not yours to record.";

type Recorder = Pick<Actor, "role" | "departmentId">;

const REFUSALS: ReadonlySet<string> = new Set([JOURNEY_READINGS_REFUSAL, NOT_ACCOUNTABLE_REFUSAL]);

/**
 * The rows of a refused import that the caller may not record at all (not a fault of the sheet, a matter of
 * rights): the API answers 403 for them, as for one reading, rather than a 422 the sheet's author could fix.
 */
export function refusedRows(problems: readonly { row: number; message: string }[]): number[] {
  return problems.filter((p) => REFUSALS.has(p.message)).map((p) => p.row);
}

/** Whether `actor` records readings anywhere, so no touchpoint needs checking. */
export function recordsAnyReading(actor: Recorder): boolean {
  return can(actor.role, "outcomes.define");
}

/**
 * Why `actor` may not record a reading on this scope, or null when they may. `accountable` holds the touchpoints
 * the actor's department holds A on (findAccountableTouchpoints); a CX lead needs none.
 */
export function readingRefusal(
  actor: Recorder,
  scope: { touchpointId: string | null },
  accountable: ReadonlySet<string>,
): string | null {
  if (recordsAnyReading(actor)) return null;
  if (scope.touchpointId === null) return JOURNEY_READINGS_REFUSAL;
  // A head with no department holds A nowhere.
  return actor.departmentId !== null && accountable.has(scope.touchpointId) ? null : NOT_ACCOUNTABLE_REFUSAL;
}

/**
 * Whether `actor` may record a reading on this scope at all: the permission recordReading asks the guard for, then
 * readingRefusal. Pages offer the reading form by it, so they cannot disagree with the action.
 */
export function mayRecordReading(
  actor: Recorder,
  scope: { touchpointId: string | null },
  accountable: ReadonlySet<string>,
): boolean {
  return can(actor.role, "readings.record") && readingRefusal(actor, scope, accountable) === null;
}

/**
 * The touchpoints the actor's department holds A on (of `touchpointIds`, or all of them): one query, none for
 * whoever records readings anywhere.
 */
export async function findAccountableTouchpoints(
  tx: Tx,
  actor: Recorder,
  touchpointIds?: readonly string[],
): Promise<Set<string>> {
  if (recordsAnyReading(actor) || actor.departmentId === null || touchpointIds?.length === 0)
    return new Set();
  const rows = await tx.assignment.findMany({
    where: {
      departmentId: actor.departmentId,
      role: "A",
      ...(touchpointIds ? { touchpointId: { in: [...touchpointIds] } } : {}),
    },
    select: { touchpointId: true },
  });
  return new Set(rows.map((row) => row.touchpointId));
}
