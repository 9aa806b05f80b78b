import { FilterActions, FilterSelect, toOptions } from "@/components/ui/filter-form";
import { CHANNELS } from "@/lib/map/channels";
import type { MatrixDepartment } from "@/lib/matrix/queries";
import type { TMatrixFilters, TMatrixOutcomeFilter } from "@/lib/matrix/schemas";

const STATUS_OPTIONS = [
  { value: "unowned", label: "Unowned" },
  { value: "contested", label: "Contested" },
  { value: "owned", label: "Owned" },
  { value: "stale", label: "Owned, stale" },
];
const OUTCOME_OPTIONS: { value: TMatrixOutcomeFilter; label: string }[] = [
  { value: "off-target", label: "Off target" },
  { value: "no-data", label: "No data" },
  { value: "on-target", label: "On target" },
  { value: "no-targets", label: "No targets" },
];
const CHANNEL_OPTIONS = CHANNELS.map((c) => ({ value: c.slug, label: c.label }));

/** A plain GET form: the filters live in the URL, so a filtered view can be shared, and it works without JavaScript. */
export function MatrixFilters(props: {
  action: string;
  filters: TMatrixFilters;
  departments: readonly MatrixDepartment[];
}) {
  const { filters } = props;
  const isFiltered = Boolean(filters.status || filters.channel || filters.department || filters.outcome);
  return (
    <form
      method="get"
      action={props.action}
      className="no-print flex flex-wrap items-end gap-3"
      aria-label="Filter touchpoints"
    >
      <FilterSelect
        name="status"
        label="Status"
        value={filters.status}
        anyLabel="All statuses"
        options={STATUS_OPTIONS}
      />
      <FilterSelect
        name="channel"
        label="Channel"
        value={filters.channel}
        anyLabel="All channels"
        options={CHANNEL_OPTIONS}
      />
      <FilterSelect
        name="department"
        label="Department holds a role"
        value={filters.department}
        anyLabel="Any department"
        options={toOptions(props.departments)}
      />
      <FilterSelect
        name="outcome"
        label="Outcome"
        value={filters.outcome}
        anyLabel="Any outcome"
        options={OUTCOME_OPTIONS}
      />
      <FilterActions
        submitLabel="Apply filters"
        clear={isFiltered ? { href: props.action, label: "Clear filters" } : null}
      />
    </form>
  );
}
