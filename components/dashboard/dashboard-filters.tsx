import Link from "next/link";
import { FILTER_SELECT } from "@/components/ui/field";
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
      <label className="grid gap-1 text-xs font-medium text-slate-700">
        Journey
        <select name="journey" defaultValue={filters.journeyId ?? ""} className={FILTER_SELECT}>
          <option value="">All journeys</option>
          {options.journeys.map((j) => (
            <option key={j.id} value={j.id}>
              {j.name}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-xs font-medium text-slate-700">
        Department involved
        <select name="department" defaultValue={filters.departmentId ?? ""} className={FILTER_SELECT}>
          <option value="">All departments</option>
          {options.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </label>
      {filters.sort !== "journey" ? <input type="hidden" name="sort" value={filters.sort} /> : null}
      <button
        type="submit"
        className="rounded-md bg-slate-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-slate-700"
      >
        Apply filters
      </button>
      {isFiltered ? (
        <Link
          href={getDashboardHref(props.slug, { sort: filters.sort })}
          className="py-1.5 text-sm font-medium text-blue-700 underline"
        >
          Clear filters
        </Link>
      ) : null}
    </form>
  );
}
