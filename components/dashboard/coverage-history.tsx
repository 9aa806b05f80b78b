import { formatCoverage } from "@/components/ui/coverage";
import type { CoverageHistoryPoint } from "@/lib/coverage/queries";
import { Card, EmptyNote } from "./card";
import { ChartTable } from "./chart-table";
import { CoverageHistoryChart } from "./charts";

/** Whole-workspace history: the closing counts of past days with changes, then today live. */
export async function CoverageHistory(props: { history: Promise<CoverageHistoryPoint[]> }) {
  const history = await props.history;
  return (
    <Card
      id="over-time"
      title="Over time"
      description="The whole workspace: each day on which ownership changed as it ended (UTC), and today as it is now; filters do not apply."
    >
      {history.length === 0 ? (
        <EmptyNote>No history yet: it starts with the first change of ownership.</EmptyNote>
      ) : (
        <div className="grid gap-3">
          <CoverageHistoryChart
            data={history.map((p) => ({
              day: p.day,
              coverage: p.ratio === null ? null : Math.round(p.ratio * 100),
              unowned: p.unowned,
              contested: p.contested,
            }))}
          />
          <ChartTable
            caption="Coverage by day"
            columns={[{ label: "Day" }, { label: "Coverage" }, { label: "Unowned" }, { label: "Contested" }]}
            rows={history.map((p) => ({
              key: p.day,
              cells: [
                p.day,
                `${formatCoverage({ ...p, total: p.touchpoints })} (${p.owned}/${p.touchpoints})`,
                p.unowned,
                p.contested,
              ],
            }))}
          />
        </div>
      )}
    </Card>
  );
}
