// Page timings against the production build started by server.ts, over 127.0.0.1 only: sequential GETs of
// each page, then many concurrent readers of the matrix pages.
import { signIn } from "./http-session";
import { summarize } from "./measure";
import { BENCH_PASSWORD, type BuiltWorkspace } from "./reference-workspace";
import { type ReportRow, timedRow } from "./report";
import type { Server } from "./server";

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Where to send requests, and the signed-in session's cookie (null for a build without sign-in). */
type Client = { baseUrl: string; cookie: string | null };

/** One GET, body read to the end (a streamed page is done when its last chunk arrives); no redirects. */
async function getPage(
  client: Client,
  path: string,
  mustContain: string,
): Promise<{ ms: number; bytes: number }> {
  const url = `${client.baseUrl}${path}`;
  const headers: Record<string, string> = client.cookie ? { Cookie: client.cookie } : {};
  const started = performance.now();
  const response = await fetch(url, { headers, redirect: "manual" });
  const body = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new HttpError(response.status, `GET ${url} → ${response.status}`);
  if (!body.includes(mustContain)) throw new HttpError(200, `GET ${url} → 200 without "${mustContain}"`);
  return { ms, bytes: Buffer.byteLength(body) };
}

type PageCheck = { metric: string; path: string; mustContain: string; budgetMs: number | null };

async function measurePage(client: Client, check: PageCheck, runs: number): Promise<ReportRow> {
  const budget = check.budgetMs === null ? null : { ms: check.budgetMs, on: "median" as const };
  try {
    for (let i = 0; i < 3; i++) await getPage(client, check.path, check.mustContain);
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < runs; i++) {
      const page = await getPage(client, check.path, check.mustContain);
      samples.push(page.ms);
      bytes = page.bytes;
    }
    const size = `${(bytes / 1024).toFixed(0)} KB`;
    return timedRow({ metric: check.metric, stats: summarize(samples), budget, queries: "—", note: size });
  } catch (error) {
    // A route another change has not shipped yet is reported, not fatal; anything else is an error.
    if (!(error instanceof HttpError) || error.status !== 404) throw error;
    const row = timedRow({ metric: check.metric, stats: summarize([0]), budget: null, queries: "—" });
    return { ...row, medianMs: null, p95Ms: null, note: `skipped: ${error.message} (not in this build?)` };
  }
}

/**
 * `clients` readers, each fetching the journeys' matrix pages in turn, with no pause, until the time is up:
 * the server's page throughput at saturation. No budget (DESIGN.md sets none for readers): with readers that
 * never pause, latency is just the number of readers divided by the throughput.
 */
async function loadMatrixPages(opts: {
  client: Client;
  workspace: BuiltWorkspace;
  clients: number;
  seconds: number;
}) {
  const { workspace } = opts;
  const latencies: number[] = [];
  const errors: string[] = [];
  const deadline = Date.now() + opts.seconds * 1000;
  let next = 0;
  const client = async () => {
    while (Date.now() < deadline) {
      const index = next++ % workspace.journeyIds.length;
      const path = `/w/${workspace.slug}/journeys/${workspace.journeyIds[index]}`;
      try {
        latencies.push((await getPage(opts.client, path, `Touchpoint ${index + 1}.1.1`)).ms);
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, client));
  const row = timedRow({
    metric: `HTTP ${opts.clients} matrix readers flat out (saturation)`,
    stats: summarize(latencies.length > 0 ? latencies : [0]),
    budget: null,
    queries: "—",
    note:
      `${latencies.length} pages in ${opts.seconds}s (${(latencies.length / opts.seconds).toFixed(1)}/s), ` +
      `${errors.length} errors${errors.length ? ` (first: ${errors[0]})` : ""}`,
  });
  return errors.length > 0 ? { ...row, verdict: "OVER" as const } : row;
}

export async function measureHttp(opts: {
  server: Server;
  workspace: BuiltWorkspace;
  runs: number;
  clients: number;
  seconds: number;
}): Promise<ReportRow[]> {
  const { server, workspace, runs } = opts;
  const { email } = workspace.lead;
  const client: Client = {
    baseUrl: server.baseUrl,
    cookie: await signIn({ baseUrl: server.baseUrl, email, password: BENCH_PASSWORD }),
  };
  const home = `/w/${workspace.slug}`;
  const checks: PageCheck[] = [
    { metric: "HTTP GET /w/<slug> (home)", path: home, mustContain: "Journey 10", budgetMs: 100 },
    {
      metric: "HTTP GET journey matrix page",
      path: `${home}/journeys/${workspace.journeyIds[0]}`,
      mustContain: "Touchpoint 1.8.25",
      budgetMs: 150,
    },
    {
      metric: "HTTP GET /w/<slug>/dashboard",
      path: `${home}/dashboard`,
      // The outcome section streams last of the cards: waiting for its scorecards is waiting for the page.
      mustContain: "Journey owners",
      budgetMs: 100,
    },
    {
      metric: "HTTP GET /api/v1/coverage",
      path: `/api/v1/coverage?workspace=${workspace.slug}`,
      mustContain: '"workspace"',
      budgetMs: 100,
    },
    {
      metric: "HTTP GET /w/<slug>/review (last month)",
      path: `${home}/review`,
      mustContain: "Ownership decisions of the month",
      budgetMs: 150,
    },
    {
      metric: "HTTP GET /api/v1/outcomes",
      path: `/api/v1/outcomes?workspace=${workspace.slug}`,
      mustContain: '"unownedPain"',
      budgetMs: 100,
    },
    {
      metric: "HTTP GET /w/<slug>/activity",
      path: `${home}/activity`,
      mustContain: "Activity",
      budgetMs: null,
    },
  ];
  const rows: ReportRow[] = [];
  for (const check of checks) rows.push(await measurePage(client, check, runs));
  rows.push(
    await loadMatrixPages({
      client,
      workspace,
      clients: opts.clients,
      seconds: opts.seconds,
    }),
  );
  return rows;
}
