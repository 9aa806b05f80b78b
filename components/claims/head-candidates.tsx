import { FILTER_SELECT } from "@/components/ui/field";
import { FilterActions, FilterSelect, toOptions } from "@/components/ui/filter-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, Table } from "@/components/ui/table";
import type { DepartmentClaims, TouchpointRow } from "@/lib/claims/head-queries";
import { CANDIDATE_SEARCH_MAX } from "@/lib/claims/schemas";
import { Pager, PageSummary } from "./pager";
import { TouchpointLink } from "./touchpoint-link";

// Paging and searching land on the list, not on the top of a page that may hold a long list of held roles.
const HASH = "candidates";

function OwnerText({ row }: { row: TouchpointRow }) {
  const holders = row.holderNames.length > 0 ? row.holderNames.join(" and ") : "Nobody";
  return (
    <span>
      {holders}
      {row.claimantNames.length > 0 ? (
        <span className="block text-xs text-slate-500">Claimed by {row.claimantNames.join(", ")}</span>
      ) : null}
    </span>
  );
}

/** A plain GET form: the search lives in the URL, works without JavaScript, and starts again at page 1. */
function CandidateSearch({ path, data }: { path: string; data: DepartmentClaims }) {
  const { filters } = data;
  const isFiltered = Boolean(filters.q || filters.journeyId);
  return (
    <form
      // Keyed by the filters: a client-side navigation (Clear) must reset the uncontrolled fields.
      key={`${filters.journeyId ?? ""}|${filters.q ?? ""}`}
      method="get"
      action={`${path}#${HASH}`}
      aria-label={`Search touchpoints ${data.departmentName} could take`}
      className="flex flex-wrap items-end gap-3"
    >
      <label className="grid gap-1 text-xs font-medium text-slate-700">
        Touchpoint name
        <input
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          maxLength={CANDIDATE_SEARCH_MAX}
          className={`${FILTER_SELECT} w-56 max-w-full`}
        />
      </label>
      <FilterSelect
        name="journey"
        label="Journey"
        value={filters.journeyId}
        anyLabel="All journeys"
        options={toOptions(data.journeys)}
      />
      <FilterActions
        submitLabel="Search"
        clear={isFiltered ? { href: `${path}#${HASH}`, label: "Clear search" } : null}
      />
    </form>
  );
}

/** What the department could take, a page at a time, searchable by name and journey. */
export function HeadCandidates({ slug, data }: { slug: string; data: DepartmentClaims }) {
  const path = `/w/${slug}/claims`;
  const { info, items } = data.candidates;
  const isFiltered = Boolean(data.filters.q || data.filters.journeyId);
  return (
    <section id={HASH} aria-labelledby="candidates-heading" className="grid scroll-mt-4 gap-2">
      <h2 id="candidates-heading" className="text-lg font-semibold">
        Touchpoints {data.departmentName} could take
      </h2>
      <p className="text-sm text-slate-600">
        Unowned first, then contested, then owned by another department. Open one to claim it with a reason.
      </p>
      <CandidateSearch path={path} data={data} />
      <PageSummary info={info} noun="touchpoints" />
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">
          {isFiltered ? "No touchpoint it could take matches the search." : "Nothing left to claim."}
        </p>
      ) : (
        <Table
          caption={`Touchpoints ${data.departmentName} could take`}
          columns={["Touchpoint", "Status", "Accountable"]}
        >
          {items.map((row) => (
            <tr key={row.id}>
              <Cell>
                <TouchpointLink slug={slug} touchpoint={row} />
              </Cell>
              <Cell>
                <StatusBadge status={row.status} />
              </Cell>
              <Cell>
                <OwnerText row={row} />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
      <Pager
        label={`Pages of touchpoints ${data.departmentName} could take`}
        path={path}
        info={info}
        params={{ journey: data.filters.journeyId, q: data.filters.q }}
        hash={HASH}
      />
    </section>
  );
}
