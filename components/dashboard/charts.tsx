"use client";
// recharts measures the DOM, so the charts render in the browser only; the server sends a same-sized
// placeholder, which also keeps ids and sizes from mismatching during hydration.
import dynamic from "next/dynamic";
import { ChartSkeleton } from "./card";

export const DepartmentLoadChart = dynamic(
  () => import("./department-load-chart").then((m) => m.DepartmentLoadChartView),
  { ssr: false, loading: () => <ChartSkeleton height={240} /> },
);

export const CoverageHistoryChart = dynamic(
  () => import("./coverage-history-chart").then((m) => m.CoverageHistoryChartView),
  { ssr: false, loading: () => <ChartSkeleton height={260} /> },
);
