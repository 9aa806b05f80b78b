import Link from "next/link";
import { FILTER_SELECT } from "@/components/ui/field";
import type { MatrixDepartment } from "@/lib/matrix/queries";
import type { TMatrixFilters } from "@/lib/matrix/schemas";
import { CHANNELS } from "@/lib/structure/channels";

/** A plain GET form: the filters live in the URL, so a filtered view can be shared, and it works without JavaScript. */
export function MatrixFilters(props: {
  action: string;
  filters: TMatrixFilters;
  departments: readonly MatrixDepartment[];
}) {
  const { filters } = props;
  const isFiltered = Boolean(filters.status || filters.channel || filters.department);
  return (
    <form
      method="get"
      action={props.action}
      className="no-print flex flex-wrap items-end gap-3"
      aria-label="Filter touchpoints"
    >
      <label className="grid gap-1 text-xs font-medium text-slate-700">
        Status
        <select name="status" defaultValue={filters.status ?? ""} className={FILTER_SELECT}>
          <option value="">All statuses</option>
          <option value="unowned">Unowned</option>
          <option value="contested">Contested</option>
          <option value="owned">Owned</option>
        </select>
      </label>
      <label className="grid gap-1 text-xs font-medium text-slate-700">
        Channel
        <select name="channel" defaultValue={filters.channel ?? ""} className={FILTER_SELECT}>
          <option value="">All channels</option>
          {CHANNELS.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-xs font-medium text-slate-700">
        Department holds a role
        <select name="department" defaultValue={filters.department ?? ""} className={FILTER_SELECT}>
          <option value="">Any department</option>
          {props.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
      >
        Apply filters
      </button>
      {isFiltered ? (
        <Link href={props.action} className="py-1.5 text-sm font-medium text-blue-700 underline">
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
