import type { CoverageReport } from "@/lib/coverage/report-types";
import { Card, EmptyNote } from "./card";
import { ChartTable } from "./chart-table";
import { DepartmentLoadChart } from "./charts";

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
        <div className="grid gap-3">
          <DepartmentLoadChart
            data={departments.map((d) => ({
              name: d.name,
              accountable: d.accountable,
              responsible: d.responsible,
            }))}
          />
          <ChartTable
            caption="Department load"
            columns={[
              { label: "Department" },
              { label: "Accountable" },
              { label: "Responsible" },
              { label: "Stale", title: "Owned touchpoints not confirmed within the cadence" },
            ]}
            rows={departments.map((d) => ({
              key: d.id,
              cells: [d.name, d.accountable, d.responsible, d.stale],
            }))}
          />
        </div>
      )}
    </Card>
  );
}
