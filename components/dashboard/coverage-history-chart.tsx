"use client";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type HistoryDatum = { day: string; coverage: number | null; unowned: number; contested: number };

/** Coverage (%) on the right axis, counts on the left; lines differ by dash as well as colour. */
export function CoverageHistoryChartView({ data }: { data: HistoryDatum[] }) {
  return (
    <div
      role="img"
      className="min-w-0"
      aria-label="Line chart of coverage, unowned and contested touchpoints by day; the table lists the same numbers."
    >
      <ResponsiveContainer width="100%" height={260} initialDimension={{ width: 600, height: 260 }}>
        <LineChart data={data} margin={{ left: 0, right: 8, top: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" />
          <YAxis yAxisId="count" allowDecimals={false} />
          <YAxis yAxisId="percent" orientation="right" domain={[0, 100]} unit="%" />
          <Tooltip />
          <Legend />
          <Line
            yAxisId="percent"
            dataKey="coverage"
            name="Coverage (%)"
            stroke="#15803d"
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            yAxisId="count"
            dataKey="unowned"
            name="Unowned"
            stroke="#b45309"
            strokeDasharray="6 3"
            isAnimationActive={false}
          />
          <Line
            yAxisId="count"
            dataKey="contested"
            name="Contested"
            stroke="#b91c1c"
            strokeDasharray="2 2"
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
