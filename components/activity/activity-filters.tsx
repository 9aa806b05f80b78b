import { FilterActions, FilterSelect, toOptions } from "@/components/ui/filter-form";
import {
  getActivityHref,
  hasActivityFilters,
  type TActivityFilterOptions,
  type TActivityFilters,
} from "@/lib/audit/schemas";

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
      <FilterSelect
        name="journey"
        label="Journey"
        value={filters.journeyId}
        anyLabel="All journeys"
        options={toOptions(options.journeys)}
      />
      <FilterSelect
        name="department"
        label="Department"
        value={filters.departmentId}
        anyLabel="All departments"
        options={toOptions(options.departments)}
      />
      <FilterSelect
        name="action"
        label="Action"
        value={filters.action}
        anyLabel="All actions"
        options={options.actions.map((action) => ({ value: action, label: action }))}
      />
      <FilterActions
        submitLabel="Apply"
        clear={
          hasActivityFilters(filters)
            ? { href: getActivityHref({ slug, filters: {} }), label: "Clear filters" }
            : null
        }
      />
    </form>
  );
}
