"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type LoadDatum = { name: string; accountable: number; responsible: number };

/** Horizontal bars so long department names stay readable; the table beside it has the same numbers. */
export function DepartmentLoadChartView({ data }: { data: LoadDatum[] }) {
  const height = Math.max(160, data.length * 36 + 60);
  return (
    <div
      role="img"
      className="min-w-0"
      aria-label="Bar chart of each department's load; the table lists the same numbers."
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={130} />
          <Tooltip />
          <Legend />
          <Bar dataKey="accountable" name="Accountable (A)" fill="#1d4ed8" isAnimationActive={false} />
          <Bar dataKey="responsible" name="Responsible (R)" fill="#94a3b8" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
