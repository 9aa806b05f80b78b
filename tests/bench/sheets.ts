// The sheet import's CPU work on 2 MB worst cases, in process: parsing hostile quotes, and parsing and planning
// the largest sheet the limits allow against a map as large (and checking the map it leaves still round-trips). Both run on the server's only thread for any CX
// lead's request (a dry run included), so DESIGN.md's "no request blocks the server" gets a budget here: 1 s.
import { checkRoundTrip } from "../../lib/sheets/capacity";
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

/** Wall-clock and this process's CPU time per call: on a busy machine the CPU time shows the work itself. */
function timeRuns(runs: number, call: () => void): { wall: number[]; cpu: number[] } {
  for (let i = 0; i < WARMUPS; i++) call();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const [started, usage] = [performance.now(), process.cpuUsage()];
    call();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

function row(metric: string, times: { wall: number[]; cpu: number[] }): ReportRow {
  const cpuMs = summarize(times.cpu).medianMs.toFixed(0);
  return timedRow({
    metric,
    stats: summarize(times.wall),
    budget: BUDGET,
    queries: "0",
    note: `median CPU time ${cpuMs} ms`,
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
    const { writes } = planSheet({
      sheet: parsed.sheet,
      current,
      mode: "replace",
      newId: () => `new-${++n}`,
    });
    // Apply checks the map it would leave still exports as an importable sheet: on the same thread, so timed too.
    if (checkRoundTrip(current, writes).length > 0) throw new Error("refused as too large");
  };
  const mb = (size: number) => (size / 1024 / 1024).toFixed(1);
  return [
    row(`sheet: parse ${mb(hostile.length)} MB of quotes in a cell (refused)`, timeRuns(opts.runs, refuse)),
    row(
      `sheet: parse + plan + size check, ${mb(bytes)} MB: ${SHEET_LIMITS.rows} rows × ${DEPARTMENTS} depts`,
      timeRuns(opts.runs, parseAndPlan),
    ),
  ];
}
