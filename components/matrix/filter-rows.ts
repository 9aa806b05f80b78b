import type { MatrixOutcome } from "@/lib/matrix/queries";
import { MATRIX_OUTCOME_FILTERS, type TMatrixFilters } from "@/lib/matrix/schemas";
import type { TouchpointOwnership } from "@/lib/ownership";
import type { EditorRow } from "./matrix-row";
import type { RoleMap } from "./roles";

/**
 * Rows that pass the URL's filters (all of them at once), judged on the saved state so a row does not vanish
 * mid-edit. A touchpoint without targets has no outcome: only "no targets" keeps it.
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
  }[];
}): T[] {
  const { filters } = opts;
  const status = new Map(opts.saved.map((o) => [o.touchpointId, o.status.toLowerCase()]));
  const saved = new Map(opts.touchpoints.map((t) => [t.id, t]));
  const outcome = filters.outcome === undefined ? undefined : MATRIX_OUTCOME_FILTERS[filters.outcome];
  return opts.rows.filter((row) => {
    const touchpoint = saved.get(row.id);
    if (filters.status && status.get(row.id) !== filters.status) return false;
    if (filters.channel && touchpoint?.channel !== filters.channel) return false;
    if (filters.department && !touchpoint?.roles[filters.department]) return false;
    if (outcome !== undefined && (touchpoint?.outcome?.status ?? null) !== outcome) return false;
    return true;
  });
}
