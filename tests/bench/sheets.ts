// The sheet import's CPU work on 2 MB worst cases, in process: parsing hostile quotes, and parsing and planning
// the largest sheet the limits allow against a map as large. Both run on the server's only thread for any CX
// lead's request (a dry run included), so DESIGN.md's "no request blocks the server" gets a budget here: 1 s.
import { SHEET_LIMITS } from "../../lib/sheets/format";
import { parseSheet } from "../../lib/sheets/parse";
import { type CurrentMap, planSheet } from "../../lib/sheets/plan";
import { summarize } from "./measure";
import { type ReportRow, timedRow } from "./report";

const BUDGET = { ms: 1000, on: "median" } as const;
const WARMUPS = 2;
const DEPARTMENTS = 40;
const ROLES = ["A", "R", "C", "I", ""] as const;

/** The 2 MB that made the first reader take minutes: quotes inside one unquoted cell. */
function hostileQuotes(): string {
  const head = "journey,stage,touchpoint,channel,Sales\nJ,S,";
  const tail = ",web,A\n";
  return head + 'a"'.repeat((SHEET_LIMITS.bytes - head.length - tail.length) / 2) + tail;
}

/** SHEET_LIMITS.rows touchpoints, each in a stage of its own (the shape that made the plan quadratic). */
function largestSheet(): { csv: string; current: CurrentMap } {
  const names = Array.from({ length: DEPARTMENTS }, (_, d) => `D${d}`);
  const current: CurrentMap = {
    departments: names.map((name, d) => ({ id: `d${d}`, name, position: d, color: "#334155" })),
    journeys: Array.from({ length: 10 }, (_, j) => ({ id: `j${j}`, name: `J${j}`, position: j })),
    stages: [],
    touchpoints: [],
    assignments: [],
  };
  const lines = [`journey,stage,touchpoint,channel,${names.join(",")}`];
  for (let t = 0; t < SHEET_LIMITS.rows; t++) {
    const journey = t % 10;
    const stage = { id: `s${t}`, journeyId: `j${journey}`, name: `S${t}`, position: t };
    current.stages.push(stage);
    current.touchpoints.push({
      id: `t${t}`,
      journeyId: stage.journeyId,
      stageId: stage.id,
      name: `T${t}`,
      channel: "WEB",
      position: 0,
    });
    current.assignments.push({ touchpointId: `t${t}`, departmentId: `d${t % DEPARTMENTS}`, role: "A" });
    // Every row changes a role or two, so the plan writes as much as it can.
    const cells = names.map((_, d) => ROLES[(t + d) % ROLES.length]);
    lines.push(`J${journey},S${t},T${t},web,${cells.join(",")}`);
  }
  return { csv: `${lines.join("\n")}\n`, current };
}

function timeRuns(runs: number, call: () => void): number[] {
  for (let i = 0; i < WARMUPS; i++) call();
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    call();
    return performance.now() - started;
  });
}

export function measureSheets(opts: { runs: number }): ReportRow[] {
  const hostile = hostileQuotes();
  const refuse = () => {
    if (parseSheet(hostile).ok) throw new Error("the hostile sheet parsed");
  };
  const { csv, current } = largestSheet();
  const bytes = new TextEncoder().encode(csv).byteLength;
  if (bytes > SHEET_LIMITS.bytes) throw new Error(`the largest sheet is ${bytes} bytes, over the limit`);
  let n = 0;
  const parseAndPlan = () => {
    const parsed = parseSheet(csv);
    if (!parsed.ok) throw new Error(`the largest sheet was refused: ${parsed.errors[0]?.message}`);
    planSheet({ sheet: parsed.sheet, current, mode: "replace", newId: () => `new-${++n}` });
  };
  const mb = (size: number) => (size / 1024 / 1024).toFixed(1);
  return [
    timedRow({
      metric: `sheet: parse ${mb(hostile.length)} MB of quotes in a cell (refused)`,
      stats: summarize(timeRuns(opts.runs, refuse)),
      budget: BUDGET,
      queries: "0",
    }),
    timedRow({
      metric: `sheet: parse + plan ${mb(bytes)} MB, ${SHEET_LIMITS.rows} rows × ${DEPARTMENTS} depts vs as many tp`,
      stats: summarize(timeRuns(opts.runs, parseAndPlan)),
      budget: BUDGET,
      queries: "0",
    }),
  ];
}
