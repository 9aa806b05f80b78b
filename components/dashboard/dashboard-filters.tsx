import { FilterActions, FilterSelect, toOptions } from "@/components/ui/filter-form";
import type { CoverageReport } from "@/lib/coverage/report-types";
import { getDashboardHref } from "@/lib/coverage/schemas";

/** A plain GET form: the filters live in the URL, so a filtered dashboard can be shared and bookmarked. */
export async function DashboardFilters(props: { report: Promise<CoverageReport>; slug: string }) {
  const { filters, options } = await props.report;
  const isFiltered = Boolean(filters.journeyId || filters.departmentId);
  return (
    <form
      method="get"
      action={`/w/${props.slug}/dashboard`}
      aria-label="Filter the dashboard"
      className="no-print flex flex-wrap items-end gap-3"
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
        label="Department involved"
        value={filters.departmentId}
        anyLabel="All departments"
        options={toOptions(options.departments)}
      />
      {filters.sort !== "journey" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      <FilterActions
        submitLabel="Apply filters"
        clear={
          isFiltered
            ? { href: getDashboardHref(props.slug, { sort: filters.sort }), label: "Clear filters" }
            : null
        }
      />
    </form>
  );
}
