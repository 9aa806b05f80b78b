import { formatCoverage } from "@/components/ui/coverage";
import type { CoverageHistoryPoint } from "@/lib/coverage/queries";
import { Card, EmptyNote } from "./card";
import { CoverageHistoryChart } from "./charts";

const TH = "px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600";

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
          <details className="text-sm">
            <summary className="cursor-pointer text-blue-800">Show the numbers as a table</summary>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full">
                <caption className="sr-only">Coverage by day</caption>
                <thead className="border-b border-slate-200">
                  <tr>
                    <th className={`${TH} text-left`}>Day</th>
                    <th className={`${TH} text-right`}>Coverage</th>
                    <th className={`${TH} text-right`}>Unowned</th>
                    <th className={`${TH} text-right`}>Contested</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 tabular-nums">
                  {history.map((p) => (
                    <tr key={p.day}>
                      <th scope="row" className="px-3 py-1 text-left font-normal">
                        {p.day}
                      </th>
                      <td className="px-3 py-1 text-right">
                        {formatCoverage({ ...p, total: p.touchpoints })} ({p.owned}/{p.touchpoints})
                      </td>
                      <td className="px-3 py-1 text-right">{p.unowned}</td>
                      <td className="px-3 py-1 text-right">{p.contested}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </div>
      )}
    </Card>
  );
}
