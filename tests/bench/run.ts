// `npm run bench`: builds DESIGN.md's reference large workspace in a scratch database and measures the Scale
// budgets, in process and (with a production build) over HTTP. Prints a table, writes .tmp/bench-results.json.
// Exits 0 when a budget is over (that is a finding, reported as OVER) and non-zero only on errors.
import { register } from "node:module";
import os from "node:os";
import path from "node:path";
import { type Db, setDbForTesting } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { measureHttp } from "./http";
import { checkCpu } from "./measure";
import { createReferenceWorkspace, REFERENCE_SHAPE, TINY_SHAPE } from "./reference-workspace";
import { formatTable, type ReportRow, writeJson } from "./report";
import { createScratchDb } from "./scratch-db";
import { findBuild, type Server, startServer } from "./server";
import { measureSheets } from "./sheets";

// App modules import "server-only", which throws outside React's server build: resolve it as Next's server
// build does (the "react-server" condition gives its empty module), as vitest.config.ts aliases it in tests.
// And lib/auth/session.ts, which needs a request's cookies, is swapped for bench-session.ts; next/cache, which
// needs a request to refresh pages in, for a stand-in that does nothing.
const SESSION_STAND_IN = new URL("./bench-session.ts", import.meta.url).href;
const CACHE_STAND_IN = new URL("./next-cache-stand-in.ts", import.meta.url).href;
const RESOLVE_HOOK = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only")
    return next(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
  // Resolved through the next hook (tsx's), which marks a .ts file as one it loads; a short circuit did not.
  if (specifier === "next/cache") return next(${JSON.stringify(CACHE_STAND_IN)}, context);
  const resolved = await next(specifier, context);
  if (!resolved.url.endsWith("/lib/auth/session.ts")) return resolved;
  return { ...resolved, url: ${JSON.stringify(SESSION_STAND_IN)}, shortCircuit: true };
}`;
register(`data:text/javascript,${encodeURIComponent(RESOLVE_HOOK)}`);

function readPositiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, not "${raw}".`);
  return value;
}

const settings = {
  runs: readPositiveInt("BENCH_RUNS", 30),
  seconds: readPositiveInt("BENCH_SECONDS", 20),
  clients: 50,
  // A person editing a cell about once a second is already a fast editor; BENCH_THINK_MS changes it.
  thinkMs: readPositiveInt("BENCH_THINK_MS", 1000),
  firstPort: readPositiveInt("BENCH_PORT", 3300),
};
const RESULTS_FILE = path.resolve(".tmp", "bench-results.json");
const loadavg = () => os.loadavg().map((n) => Number(n.toFixed(2)));
const log = (message: string) => console.info(`[bench] ${message}`);

async function main(): Promise<void> {
  const startedAt = new Date();
  const loadAtStart = loadavg();
  const cpuCheckMs = [checkCpu()];
  const scratch = await createScratchDb();
  let db: Db | undefined;
  let server: Server | undefined;
  const cleanUp = async () => {
    await server?.stop();
    setDbForTesting(undefined);
    await db?.close().catch(() => undefined);
    await scratch.drop();
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  }
  try {
    log(
      `database: ${scratch.label}; ${settings.runs} runs per metric; load average ${loadAtStart.join(" ")}`,
    );
    db = await scratch.open();
    await migrate(db);
    const reference = await createReferenceWorkspace(db.prisma, REFERENCE_SHAPE);
    const tiny = await createReferenceWorkspace(db.prisma, TINY_SHAPE);
    const { counts, coverage } = reference;
    log(
      `built "${reference.slug}" in ${(reference.buildMs / 1000).toFixed(1)}s: ${counts.departments} departments, ` +
        `${counts.touchpoints} touchpoints, ${counts.assignments} assignments, ${counts.claims} claims, ` +
        `${counts.auditEvents} audit events; ${coverage.owned} owned, ${coverage.unowned} unowned, ` +
        `${coverage.contested} contested`,
    );
    log(
      `build steps (ms): ${Object.entries(reference.stepMs)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ")}`,
    );

    setDbForTesting(db);
    // Loaded only now: these modules import "server-only", which the hook above makes resolvable.
    const { measureInProcess } = await import("./in-process");
    const { runConcurrentEdits } = await import("./concurrent-edits");
    log("measuring in process…");
    const rows: ReportRow[] = await measureInProcess({ db, reference, tiny, runs: settings.runs });
    log("parsing and planning 2 MB worst-case sheets…");
    rows.push(...measureSheets({ runs: settings.runs }));
    const { measureReadingsImport } = await import("./readings-import");
    log("importing 50,000 readings…");
    rows.push(...(await measureReadingsImport({ db, workspace: reference, runs: settings.runs })));
    const { measureOwnershipHealth } = await import("./ownership-health");
    log("stale ownership's and the outbox's costs…");
    rows.push(...(await measureOwnershipHealth({ db, reference, runs: settings.runs })));
    const { measureWebhookDelivery } = await import("./webhooks");
    log("delivering 1,000 queued webhook events…");
    rows.push(await measureWebhookDelivery({ db, workspaceId: reference.id }));
    const concurrentEdits: Omit<Awaited<ReturnType<typeof runConcurrentEdits>>, "row">[] = [];
    for (const thinkMs of [settings.thinkMs, 0]) {
      log(`${settings.clients} concurrent editors for ${settings.seconds}s, ${thinkMs} ms between edits…`);
      const { row, ...result } = await runConcurrentEdits({
        db,
        workspace: reference,
        clients: settings.clients,
        seconds: settings.seconds,
        thinkMs,
      });
      rows.push(row);
      concurrentEdits.push(result);
    }

    const build = findBuild();
    let http: Record<string, unknown>;
    if (build) {
      // PGlite allows one opener: hand the database to the server.
      setDbForTesting(undefined);
      await db.close();
      db = undefined;
      log(`starting next start (${build.distDir})…`);
      server = await startServer({ appEnv: scratch.appEnv, firstPort: settings.firstPort });
      log(`measuring ${server.baseUrl}…`);
      rows.push(...(await measureHttp({ server, workspace: reference, ...settings })));
      await server.stop();
      server = undefined;
      http = { status: "measured", distDir: build.distDir };
    } else {
      http = { status: "skipped", reason: "no production build (.next/BUILD_ID or $NEXT_DIST_DIR/BUILD_ID)" };
    }

    const loadAtEnd = loadavg();
    cpuCheckMs.push(checkCpu());
    console.info(
      `\nThroughline benchmark — ${scratch.kind} (${scratch.label}), node ${process.version}, ${os.cpus().length} CPUs`,
    );
    console.info(
      `load average (1/5/15 min): ${loadAtStart.join(" ")} at start, ${loadAtEnd.join(" ")} at end`,
    );
    const [cpuStart = 0, cpuEnd = 0] = cpuCheckMs.map((ms) => ms.toFixed(0));
    console.info(
      `CPU check (fixed JS work, lower is better): ${cpuStart} ms at start, ${cpuEnd} ms at end\n`,
    );
    console.info(formatTable(rows));
    if (http.status === "skipped")
      console.info(
        "\nHTTP measurements skipped: no production build. Run `npm run build` first (or " +
          "`NEXT_DIST_DIR=.next-bench npx next build`, then `NEXT_DIST_DIR=.next-bench npm run bench`).",
      );
    await writeJson(RESULTS_FILE, {
      startedAt,
      finishedAt: new Date(),
      database: { kind: scratch.kind, label: scratch.label },
      machine: { node: process.version, cpus: os.cpus().length, loadAtStart, loadAtEnd, cpuCheckMs },
      settings,
      workspace: {
        slug: reference.slug,
        counts,
        coverage,
        buildMs: Math.round(reference.buildMs),
        stepMs: reference.stepMs,
      },
      rows,
      concurrentEdits,
      http,
    });
    console.info(`\nResults written to ${path.relative(process.cwd(), RESULTS_FILE)}`);
  } finally {
    await cleanUp();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("[bench] failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
