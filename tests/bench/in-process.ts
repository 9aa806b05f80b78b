// The budgets measured by calling the app's own query and action code against the scratch database.
// Imports modules marked "server-only": run.ts loads this file only after letting that import resolve.
import { getActivityPage, getActivityView } from "../../lib/audit/queries";
import { getDepartmentClaims } from "../../lib/claims/head-queries";
import { getInbox } from "../../lib/claims/inbox-queries";
import { getPendingClaimsPage } from "../../lib/claims/queries";
import { getCoverageJson } from "../../lib/coverage/api";
import { getWorkspaceOverview } from "../../lib/coverage/queries";
import type { Db } from "../../lib/db/client";
import { setAssignment } from "../../lib/matrix/actions";
import { getJourneyMatrix, getMatrixOutcomes } from "../../lib/matrix/queries";
import { getOutcomesJson } from "../../lib/outcomes/outcomes-api";
import type { RaciRole } from "../../lib/ownership";
import { setBenchUser } from "./bench-session";
import {
  countQueries,
  describeProfile,
  formatQueries,
  profileQueries,
  type Timing,
  timeCalls,
} from "./measure";
import { createRandom } from "./prng";
import type { BuiltWorkspace } from "./reference-workspace";
import { type ReportRow, timedRow } from "./report";

export type InProcessOptions = { db: Db; reference: BuiltWorkspace; tiny: BuiltWorkspace; runs: number };

const WARMUPS = 3;
const DEEP_PAGE = 50;

function firstJourney(workspace: BuiltWorkspace): { journeyId: string; touchpointIds: string[] } {
  const journeyId = workspace.journeyIds[0]!;
  return { journeyId, touchpointIds: workspace.touchpointIds.get(journeyId) ?? [] };
}

type Read = {
  metric: string;
  short: string;
  /** DESIGN.md's budget; null for a read it sets none for (reported, and its query count still checked). */
  budgetMs: number | null;
  call: (w: BuiltWorkspace) => Promise<unknown>;
};

async function readCoverageApi(w: BuiltWorkspace): Promise<unknown> {
  setBenchUser(w.lead);
  const response = await getCoverageJson(new Request(`http://localhost/api/v1/coverage?workspace=${w.slug}`));
  if (response.status !== 200) throw new Error(`GET /api/v1/coverage → ${response.status}`);
  return response.json();
}

async function readOutcomesApi(w: BuiltWorkspace): Promise<unknown> {
  setBenchUser(w.lead);
  const response = await getOutcomesJson(new Request(`http://localhost/api/v1/outcomes?workspace=${w.slug}`));
  if (response.status !== 200) throw new Error(`GET /api/v1/outcomes → ${response.status}`);
  return response.json();
}

/** Each read timed on the reference workspace, and its query count compared with the tiny workspace's. */
async function measureReads(opts: InProcessOptions): Promise<ReportRow[]> {
  const { db, reference, tiny, runs } = opts;
  const size = `${firstJourney(reference).touchpointIds.length} × ${reference.departmentIds.length}`;
  const reads: Read[] = [
    {
      metric: `getJourneyMatrix (${size})`,
      short: "matrix",
      budgetMs: 150,
      call: (w) => getJourneyMatrix({ workspaceId: w.id, journeyId: firstJourney(w).journeyId }),
    },
    {
      metric: "getMatrixOutcomes (the matrix's Outcome column, one journey)",
      short: "matrix outcomes",
      budgetMs: null,
      call: (w) => getMatrixOutcomes({ workspaceId: w.id, journeyId: firstJourney(w).journeyId }),
    },
    {
      metric: "getWorkspaceOverview (home)",
      short: "overview",
      budgetMs: 100,
      call: (w) => getWorkspaceOverview(w.id),
    },
    {
      metric: "GET /api/v1/coverage handler (dashboard, API)",
      short: "coverage API",
      budgetMs: 100,
      call: readCoverageApi,
    },
    {
      metric: "GET /api/v1/outcomes handler (dashboard, API)",
      short: "outcomes API",
      budgetMs: 100,
      call: readOutcomesApi,
    },
    {
      metric: "getDepartmentClaims (a head's claims page)",
      short: "head's claims",
      budgetMs: null,
      call: (w) =>
        getDepartmentClaims({
          workspaceId: w.id,
          departmentId: w.departmentIds[0]!,
          page: 1,
          filters: {},
        }),
    },
    {
      metric: "getPendingClaimsPage (a CX lead's claims page)",
      short: "lead's claims",
      budgetMs: null,
      call: (w) => getPendingClaimsPage({ workspaceId: w.id, page: 1 }),
    },
    {
      metric: "getInbox (a CX lead)",
      short: "lead's inbox",
      budgetMs: null,
      call: (w) => getInbox({ workspaceId: w.id, role: "CX_LEAD", departmentId: null }),
    },
  ];
  const timed: ReportRow[] = [];
  const growth: ReportRow[] = [];
  for (const read of reads) {
    const timing = await timeCalls({ db, warmups: WARMUPS, runs, call: () => read.call(reference) });
    const small = await countQueries(db, () => read.call(tiny));
    const large = timing.queries.max;
    timed.push(
      timedRow({
        metric: read.metric,
        stats: timing.stats,
        budget: read.budgetMs === null ? null : { ms: read.budgetMs, on: "median" },
        queries: formatQueries(timing.queries),
        profile: timing.profile,
      }),
    );
    growth.push({
      metric: `queries: ${read.short}, 2,000 vs 2 tp`,
      medianMs: null,
      p95Ms: null,
      budgetMs: null,
      budgetOn: null,
      queries: `${large} vs ${small}`,
      verdict: large === small && timing.queries.min === large ? "PASS" : "OVER",
      note: large === small ? undefined : "the query count grows with the data (N+1?)",
    });
  }
  return [...timed, ...growth];
}

/** Sequential cell edits on random touchpoints, each with the version the previous edit returned. */
async function measureEdits(opts: InProcessOptions): Promise<ReportRow> {
  const { db, reference, runs } = opts;
  setBenchUser(reference.lead);
  const random = createRandom(42);
  const touchpointIds = [...reference.touchpointIds.values()].flat();
  const rows = await db.prisma.touchpoint.findMany({
    where: { workspaceId: reference.id },
    select: { id: true, version: true },
  });
  const versions = new Map(rows.map((r) => [r.id, r.version]));
  const edit = async () => {
    const touchpointId = random.pick(touchpointIds);
    const role = random.weighted<RaciRole | null>([
      ["A", 2],
      ["R", 3],
      ["C", 2],
      ["I", 1],
      [null, 2],
    ]);
    const result = await setAssignment({
      touchpointId,
      departmentId: random.pick(reference.departmentIds),
      role,
      expectedVersion: versions.get(touchpointId) ?? 0,
    });
    if (!result.ok) throw new Error(`setAssignment failed (${result.code}): ${result.formError}`);
    versions.set(touchpointId, result.data.version);
  };
  const timing = await timeCalls({ db, warmups: WARMUPS, runs, call: edit });
  // Setting A may add one query (naming the other side of a contest): count and time more edits.
  const extra = await profileQueries(
    db,
    Array.from({ length: 20 }, () => edit),
  );
  const counts = [timing.queries.min, timing.queries.max, ...extra.counts];
  return timedRow({
    metric: "setAssignment (cell edit)",
    stats: timing.stats,
    budget: { ms: 30, on: "median" },
    queries: formatQueries({ min: Math.min(...counts), max: Math.max(...counts) }),
    profile: extra.profile,
  });
}

async function measureActivity(opts: InProcessOptions): Promise<ReportRow[]> {
  const { db, reference, runs } = opts;
  const workspaceId = reference.id;
  const first = await timeCalls({
    db,
    warmups: WARMUPS,
    runs,
    call: () => getActivityView({ workspaceId, searchParams: {} }),
  });
  let cursor: string | null = null;
  for (let page = 1; page < DEEP_PAGE; page++) {
    const view = await getActivityView({ workspaceId, searchParams: cursor ? { before: cursor } : {} });
    cursor = view.page.nextCursor;
    if (!cursor) throw new Error(`The activity trail ended after ${page} pages; expected ${DEEP_PAGE}.`);
  }
  const before = cursor ?? undefined;
  const deep = await timeCalls({
    db,
    warmups: WARMUPS,
    runs,
    call: () => getActivityView({ workspaceId, searchParams: { before } }),
  });
  const onlyPage = await timeCalls({
    db,
    warmups: WARMUPS,
    runs,
    call: () => getActivityPage({ workspaceId, filters: {}, cursor: null, pageSize: 50 }),
  });
  // No budget in DESIGN.md: report the numbers, and where a call's time goes.
  const row = (metric: string, timing: Timing) =>
    timedRow({
      metric,
      stats: timing.stats,
      budget: null,
      queries: formatQueries(timing.queries),
      profile: timing.profile,
      note: describeProfile(timing.profile),
    });
  return [
    row("getActivityView, first page", first),
    row(`getActivityView, page ${DEEP_PAGE}`, deep),
    row("getActivityPage only, first page", onlyPage),
  ];
}

export async function measureInProcess(opts: InProcessOptions): Promise<ReportRow[]> {
  const reads = await measureReads(opts);
  const activity = await measureActivity(opts);
  const edit = await measureEdits(opts);
  return [...reads, edit, ...activity];
}
