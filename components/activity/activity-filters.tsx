import Link from "next/link";
import type { ReactNode } from "react";
import { FILTER_SELECT } from "@/components/ui/field";
import {
  getActivityHref,
  hasActivityFilters,
  type TActivityFilterOptions,
  type TActivityFilters,
} from "@/lib/audit/schemas";

const SELECT_CLASS = `${FILTER_SELECT} mt-1 block w-56 max-w-full`;

/** A plain GET form: filtering works without JavaScript and every filtered view has its own address. */
export function ActivityFilters(props: {
  slug: string;
  options: TActivityFilterOptions;
  filters: TActivityFilters;
}) {
  const { slug, options, filters } = props;
  return (
    // Keyed by the filters: a client-side navigation (Clear filters) must reset the uncontrolled selects.
    <form
      key={getActivityHref({ slug, filters })}
      method="get"
      action={getActivityHref({ slug, filters: {} })}
      aria-label="Filter activity"
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <FilterSelect id="activity-journey" name="journey" label="Journey" value={filters.journeyId}>
        <option value="">All journeys</option>
        {options.journeys.map((j) => (
          <option key={j.id} value={j.id}>
            {j.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect
        id="activity-department"
        name="department"
        label="Department"
        value={filters.departmentId}
      >
        <option value="">All departments</option>
        {options.departments.map((d) => (
          <option key={d.id} value={d.id}>
            {d.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="activity-action" name="action" label="Action" value={filters.action}>
        <option value="">All actions</option>
        {options.actions.map((action) => (
          <option key={action} value={action}>
            {action}
          </option>
        ))}
      </FilterSelect>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
        >
          Apply
        </button>
        {hasActivityFilters(filters) ? (
          <Link
            href={getActivityHref({ slug, filters: {} })}
            className="text-sm font-medium text-blue-700 underline"
          >
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

function FilterSelect(props: {
  id: string;
  name: string;
  label: string;
  value: string | undefined;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block text-sm font-medium text-slate-700">
        {props.label}
      </label>
      <select id={props.id} name={props.name} defaultValue={props.value ?? ""} className={SELECT_CLASS}>
        {props.children}
      </select>
    </div>
  );
}
