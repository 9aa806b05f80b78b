import { z } from "zod";
import { CHANNELS } from "../map/channels";
import type { OutcomeStatus } from "../outcomes/rules";

export const ZRaciRole = z.enum(["R", "A", "C", "I"], { error: "A role is one of R, A, C or I." });

export const ZSetAssignment = z.object({
  touchpointId: z.uuid({ error: "Unknown touchpoint." }),
  departmentId: z.uuid({ error: "Unknown department." }),
  /** null clears the department's role. */
  role: ZRaciRole.nullable(),
  /** The touchpoint version the editor last saw: a stale one is a conflict, never an overwrite. */
  expectedVersion: z.number().int().min(0),
});
export type TSetAssignment = z.infer<typeof ZSetAssignment>;

/** A touchpoint's status, or "stale": owned and not confirmed within the cadence (a flag, so a subset of owned). */
export const MATRIX_STATUS_FILTERS = ["unowned", "contested", "owned", "stale"] as const;

/** The outcome filter's values in the URL, and the touchpoint outcome status each keeps (null: no targets). */
export const MATRIX_OUTCOME_FILTERS = {
  "off-target": "OFF_TARGET",
  "no-data": "NO_DATA",
  "on-target": "ON_TARGET",
  "no-targets": null,
} as const satisfies Record<string, OutcomeStatus | null>;
export type TMatrixOutcomeFilter = keyof typeof MATRIX_OUTCOME_FILTERS;

/** The matrix filters as they travel in the URL; anything unrecognised is dropped rather than refused. */
export const ZMatrixFilters = z.object({
  status: z.enum(MATRIX_STATUS_FILTERS).optional().catch(undefined),
  channel: z
    .enum(CHANNELS.map((c) => c.slug) as [string, ...string[]])
    .optional()
    .catch(undefined),
  department: z.uuid().optional().catch(undefined),
  outcome: z
    .enum(Object.keys(MATRIX_OUTCOME_FILTERS) as [TMatrixOutcomeFilter, ...TMatrixOutcomeFilter[]])
    .optional()
    .catch(undefined),
});
export type TMatrixFilters = z.infer<typeof ZMatrixFilters>;

export function parseMatrixFilters(
  searchParams: Record<string, string | string[] | undefined>,
): TMatrixFilters {
  const first = (value: string | string[] | undefined) =>
    (Array.isArray(value) ? value[0] : value) || undefined;
  return ZMatrixFilters.parse({
    status: first(searchParams.status),
    channel: first(searchParams.channel),
    department: first(searchParams.department),
    outcome: first(searchParams.outcome),
  });
}
