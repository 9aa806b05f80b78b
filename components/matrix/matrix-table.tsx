import { CoverageMeter } from "@/components/ui/coverage";
import { StatusBadge } from "@/components/ui/status-badge";
import type { JourneyMatrix, MatrixDepartment, MatrixTouchpoint } from "@/lib/matrix/queries";
import type { RaciRole } from "@/lib/ownership";
import { getChannelLabel } from "@/lib/structure/channels";

const ROLE_NAMES: Record<RaciRole, string> = {
  R: "Responsible",
  A: "Accountable",
  C: "Consulted",
  I: "Informed",
};
const ROLE_STYLES: Record<RaciRole, string> = {
  A: "bg-slate-900 text-white",
  R: "bg-blue-100 text-blue-900",
  C: "bg-violet-50 text-violet-900",
  I: "bg-slate-100 text-slate-700",
};
const FIXED_COLUMNS = 4;

export function MatrixTable({ matrix }: { matrix: JourneyMatrix }) {
  const names = new Map(matrix.departments.map((d) => [d.id, d.name]));
  return (
    // A scrolling region must be reachable by keyboard so arrow keys can scroll it.
    <section
      aria-label={`${matrix.journey.name} ownership matrix`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions need keyboard access (WCAG 2.1.1)
      tabIndex={0}
      className="max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm"
    >
      <table className="w-max min-w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">
          Ownership matrix of {matrix.journey.name}: touchpoints by stage in journey order, one column per
          department
        </caption>
        <thead className="sticky top-0 z-20 bg-white">
          <tr>
            <th
              scope="col"
              className="sticky left-0 z-30 min-w-64 border-b border-slate-200 bg-white px-3 py-2 text-left"
            >
              Touchpoint
            </th>
            <th scope="col" className="border-b border-slate-200 px-3 py-2 text-left">
              Channel
            </th>
            <th scope="col" className="border-b border-slate-200 px-3 py-2 text-left">
              Status
            </th>
            <th scope="col" className="min-w-36 border-b border-slate-200 px-3 py-2 text-left">
              Owner
            </th>
            {matrix.departments.map((d) => (
              <DepartmentHeader key={d.id} department={d} />
            ))}
          </tr>
        </thead>
        {matrix.stages.map((stage) => (
          <tbody key={stage.id} id={`stage-${stage.id}`} aria-label={`Stage ${stage.name}`}>
            <tr>
              <th
                scope="colgroup"
                colSpan={FIXED_COLUMNS + matrix.departments.length}
                className="border-b border-slate-200 bg-slate-100 px-3 py-2 text-left"
              >
                <div className="sticky left-3 flex w-fit flex-wrap items-center gap-3">
                  <span className="font-semibold">{stage.name}</span>
                  <StatusBadge status={stage.status} />
                  <CoverageMeter coverage={stage.coverage} label={`${stage.name} coverage`} />
                </div>
              </th>
            </tr>
            {stage.touchpoints.length === 0 ? (
              <tr>
                <td colSpan={FIXED_COLUMNS + matrix.departments.length} className="px-3 py-3 text-slate-500">
                  No touchpoints in this stage yet.
                </td>
              </tr>
            ) : (
              stage.touchpoints.map((t) => (
                <TouchpointRow key={t.id} touchpoint={t} departments={matrix.departments} names={names} />
              ))
            )}
          </tbody>
        ))}
      </table>
    </section>
  );
}

function DepartmentHeader({ department }: { department: MatrixDepartment }) {
  return (
    <th
      scope="col"
      className="w-28 min-w-28 max-w-28 border-b border-slate-200 px-1 py-2 text-center align-bottom font-medium"
    >
      <span className="block truncate" title={department.name}>
        <span
          aria-hidden="true"
          className="mr-1 inline-block size-2 rounded-full"
          style={{ backgroundColor: department.color }}
        />
        {department.name}
      </span>
    </th>
  );
}

function TouchpointRow(props: {
  touchpoint: MatrixTouchpoint;
  departments: MatrixDepartment[];
  names: Map<string, string>;
}) {
  const { touchpoint: t, departments, names } = props;
  return (
    <tr className="hover:bg-slate-50">
      <th
        scope="row"
        className="sticky left-0 z-10 border-b border-slate-100 bg-white px-3 py-2 text-left font-normal"
      >
        <span className="font-medium">{t.name}</span>
        {t.description ? (
          <span className="block max-w-64 truncate text-xs text-slate-500">{t.description}</span>
        ) : null}
      </th>
      <td className="border-b border-slate-100 px-3 py-2 whitespace-nowrap text-slate-700">
        {getChannelLabel(t.channel)}
      </td>
      <td className="border-b border-slate-100 px-3 py-2">
        <StatusBadge status={t.status} />
      </td>
      <td className="border-b border-slate-100 px-3 py-2">
        <OwnerCell touchpoint={t} names={names} />
      </td>
      {departments.map((d) => {
        const role = t.roles[d.id];
        return (
          <td key={d.id} className="border-b border-slate-100 px-1 py-1 text-center">
            {role ? (
              <abbr
                title={ROLE_NAMES[role]}
                className={`inline-block w-7 rounded py-0.5 font-semibold no-underline ${ROLE_STYLES[role]}`}
              >
                {role}
              </abbr>
            ) : (
              <span className="sr-only">No role</span>
            )}
          </td>
        );
      })}
    </tr>
  );
}

function OwnerCell({ touchpoint: t, names }: { touchpoint: MatrixTouchpoint; names: Map<string, string> }) {
  if (t.status === "OWNED") {
    return (
      <span>
        {names.get(t.ownerId ?? "")}
        {t.hasNoResponsible ? (
          <span className="ml-2 text-xs font-medium text-amber-800">(no one Responsible)</span>
        ) : null}
      </span>
    );
  }
  if (t.status === "CONTESTED") {
    const sides = [...new Set([...t.accountableIds, ...t.claimantIds])].map(
      (id) => names.get(id) ?? "Unknown",
    );
    return <span className="text-red-800">{sides.join(" vs ")}</span>;
  }
  const claimants = t.claimantIds.map((id) => names.get(id) ?? "Unknown");
  return (
    <span className="text-slate-500">
      Nobody
      {claimants.length > 0 ? <span className="block text-xs">Claimed by {claimants.join(", ")}</span> : null}
    </span>
  );
}
