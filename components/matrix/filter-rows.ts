import type { MatrixOutcome } from "@/lib/matrix/queries";
import { MATRIX_OUTCOME_FILTERS, type TMatrixFilters } from "@/lib/matrix/schemas";
import type { TouchpointOwnership } from "@/lib/ownership";
import type { EditorRow } from "./matrix-row";
import type { RoleMap } from "./roles";
import { isRowStale, type MatrixVerification } from "./stale";

/**
 * Rows that pass the URL's filters (all of them at once), judged on the saved state so a row does not vanish
 * mid-edit. A touchpoint without targets has no outcome: only "no targets" keeps it. "Stale" keeps the owned
 * rows whose saved confirmation is older than the cadence.
 */
export function filterRows<T extends EditorRow>(opts: {
  rows: readonly T[];
  filters: TMatrixFilters;
  saved: readonly (TouchpointOwnership & { touchpointId: string })[];
  touchpoints: readonly {
    id: string;
    channel: string;
    roles: RoleMap;
    outcome: Pick<MatrixOutcome, "status"> | null;
    confirmedAt: string | null;
  }[];
  verification: MatrixVerification;
}): T[] {
  const { filters, verification } = opts;
  const saved = new Map(opts.touchpoints.map((t) => [t.id, t]));
  const savedStatus = new Map(opts.saved.map((o) => [o.touchpointId, o.status]));
  const outcome = filters.outcome === undefined ? undefined : MATRIX_OUTCOME_FILTERS[filters.outcome];
  const keepsStatus = (id: string): boolean => {
    const status = savedStatus.get(id);
    if (!filters.status) return true;
    if (!status) return false;
    if (filters.status !== "stale") return status.toLowerCase() === filters.status;
    return isRowStale({ status, confirmedAt: saved.get(id)?.confirmedAt ?? null, verification });
  };
  return opts.rows.filter((row) => {
    const touchpoint = saved.get(row.id);
    if (!keepsStatus(row.id)) return false;
    if (filters.channel && touchpoint?.channel !== filters.channel) return false;
    if (filters.department && !touchpoint?.roles[filters.department]) return false;
    if (outcome !== undefined && (touchpoint?.outcome?.status ?? null) !== outcome) return false;
    return true;
  });
}
