// DESIGN.md's Scale: "50,000 readings import in under 10 s". POST /api/v1/readings's handler, in process, as the
// reference workspace's CX lead: 2,000 touchpoints × 5 measures × 5 months as one readings sheet (about 3 MB).
// The first run records all 50,000, every later one replaces them all (each run's values differ), so both the
// insert and the replace path are timed. The measures and their readings are removed afterwards.
// Imports modules marked "server-only": run.ts loads this file only after letting that import resolve.
import type { Db } from "../../lib/db/client";
import { postReadings } from "../../lib/outcomes/sheet-api";
import { setBenchUser } from "./bench-session";
import { describeProfile, formatQueries, profileQueries, summarize } from "./measure";
import type { BuiltWorkspace } from "./reference-workspace";
import { type ReportRow, timedRow } from "./report";

const MEASURES = 5;
const MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"];
/** Each run writes every reading: a run takes seconds, so a few suffice. */
const MAX_RUNS = 3;

async function buildSheet(opts: { db: Db; workspace: BuiltWorkspace }) {
  const { prisma } = opts.db;
  const workspaceId = opts.workspace.id;
  const measures = Array.from({ length: MEASURES }, (_, i) => ({
    workspaceId,
    name: `Bench reading ${i + 1}`,
    kind: "PERCENT" as const,
    direction: "HIGHER" as const,
  }));
  await prisma.measure.createMany({ data: measures });
  const touchpoints = await prisma.touchpoint.findMany({
    where: { workspaceId },
    select: { name: true, stage: { select: { name: true } }, journey: { select: { name: true } } },
  });
  const scopes = touchpoints.map((t) => `${t.journey.name},${t.stage.name},${t.name}`);
  const sheetFor = (run: number) => {
    const lines = ["journey,stage,touchpoint,measure,month,value,sample_size,source"];
    for (const scope of scopes)
      for (const [m, measure] of measures.entries())
        for (const month of MONTHS)
          lines.push(`${scope},${measure.name},${month},${(run * 7 + m * 3) % 100},120,Survey`);
    return `${lines.join("\n")}\n`;
  };
  const removeAll = () =>
    prisma.measure.deleteMany({ where: { workspaceId, name: { startsWith: "Bench reading " } } });
  return { readings: scopes.length * MEASURES * MONTHS.length, sheetFor, removeAll };
}

export async function measureReadingsImport(opts: {
  db: Db;
  workspace: BuiltWorkspace;
  runs: number;
}): Promise<ReportRow[]> {
  const { workspace } = opts;
  setBenchUser(workspace.lead);
  const sheet = await buildSheet(opts);
  try {
    const wall: number[] = [];
    // This process's CPU time too (the embedded database runs in it): on a busy machine it shows the work itself.
    const cpu: number[] = [];
    const counts: number[] = [];
    let profile: Awaited<ReturnType<typeof profileQueries>>["profile"] | undefined;
    for (let run = 0; run < Math.min(opts.runs, MAX_RUNS); run++) {
      const body = sheet.sheetFor(run);
      const request = new Request(`http://localhost/api/v1/readings?workspace=${workspace.slug}`, {
        method: "POST",
        headers: { "content-type": "text/csv", origin: "http://localhost" },
        body,
      });
      const [started, usage] = [performance.now(), process.cpuUsage()];
      // Counted through the counting client: a run makes a few dozen queries, so counting costs nothing to speak of.
      const counted = await profileQueries(opts.db, [
        async () => {
          const response = await postReadings(request);
          const result = await response.json();
          const expected = run === 0 ? "created" : "replaced";
          if (response.status !== 200 || result[expected] !== sheet.readings)
            throw new Error(
              `POST /api/v1/readings → ${response.status} ${JSON.stringify(result).slice(0, 300)}`,
            );
        },
      ]);
      const used = process.cpuUsage(usage);
      wall.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
      counts.push(...counted.counts);
      profile = counted.profile;
    }
    const size = (new TextEncoder().encode(sheet.sheetFor(0)).byteLength / 1024 / 1024).toFixed(1);
    return [
      timedRow({
        metric: `50k readings import (POST /api/v1/readings, ${size} MB CSV; first run creates, then replaces)`,
        stats: summarize(wall),
        budget: { ms: 10_000, on: "median" },
        queries: formatQueries({ min: Math.min(...counts), max: Math.max(...counts) }),
        note: [
          `median CPU time ${summarize(cpu).medianMs.toFixed(0)} ms`,
          profile ? describeProfile(profile) : "",
        ]
          .filter(Boolean)
          .join("; "),
      }),
    ];
  } finally {
    await sheet.removeAll();
  }
}
