import type { CoverageReport } from "@/lib/coverage/report-types";
import { Card, EmptyNote } from "./card";
import { DepartmentLoadChart } from "./charts";

const TH = "px-3 py-2 text-xs font-semibold uppercase tracking-wide text-slate-600";

/** Touchpoints each department is Accountable and Responsible for: a chart and the table behind it. */
export async function DepartmentLoad(props: { report: Promise<CoverageReport> }) {
  const report = await props.report;
  const { departments } = report;
  return (
    <Card
      id="departments"
      title="Department load"
      description="Touchpoints each department is Accountable (A) and Responsible (R) for, contested ones included, and how many it owns with stale ownership."
    >
      {departments.length === 0 ? (
        <EmptyNote>No departments yet.</EmptyNote>
      ) : (
        <div className="grid gap-6 md:grid-cols-[3fr_2fr]">
          <DepartmentLoadChart
            data={departments.map((d) => ({
              name: d.name,
              accountable: d.accountable,
              responsible: d.responsible,
            }))}
          />
          <div className="self-start overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Department load</caption>
              <thead className="border-b border-slate-200">
                <tr>
                  <th className={`${TH} text-left`}>Department</th>
                  <th className={`${TH} text-right`}>Accountable</th>
                  <th className={`${TH} text-right`}>Responsible</th>
                  <th className={`${TH} text-right`}>
                    <abbr title="Owned touchpoints not confirmed within the cadence" className="no-underline">
                      Stale
                    </abbr>
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {departments.map((d) => (
                  <tr key={d.id}>
                    <th scope="row" className="px-3 py-1.5 text-left font-medium">
                      <span
                        aria-hidden="true"
                        className="mr-2 inline-block size-2.5 rounded-full"
                        style={{ backgroundColor: d.color }}
                      />
                      {d.name}
                    </th>
                    <td className="px-3 py-1.5 text-right tabular-nums">{d.accountable}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{d.responsible}</td>
                    <td className="px-3 py-1.5 text-right tabular-nums">{d.stale}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </Card>
  );
}
