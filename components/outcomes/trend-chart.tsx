"use client";
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type TrendDatum = { month: string; value: number | null };

/** Twelve months of one measure against its target line; the table beside it lists the same numbers. */
export function TrendChart(props: {
  measureName: string;
  data: TrendDatum[];
  target: number | null;
  domain: [number, number | "auto"];
}) {
  const label = `Line chart of ${props.measureName} by month${
    props.target === null ? "" : `, against its target of ${props.target}`
  }; the table lists the same numbers.`;
  return (
    <div role="img" aria-label={label} className="min-w-0">
      <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 480, height: 200 }}>
        <LineChart data={props.data} margin={{ left: 0, right: 12, top: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" tick={{ fontSize: 11 }} />
          <YAxis domain={props.domain} tick={{ fontSize: 11 }} width={40} />
          <Tooltip />
          {props.target === null ? null : (
            <ReferenceLine
              y={props.target}
              stroke="#b45309"
              strokeDasharray="6 3"
              label={{ value: `Target ${props.target}`, position: "insideTopRight", fontSize: 11 }}
            />
          )}
          <Line
            dataKey="value"
            name={props.measureName}
            stroke="#1d4ed8"
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
