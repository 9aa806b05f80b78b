// Issue #15's two cost budgets, each as a difference measured in one run: what counting and listing stale
// ownership adds to the coverage report (the dashboard's and the API's read), and what writing an outbox event
// adds to a cell edit (the "ownership.lost" a database trigger writes when an edit removes a touchpoint's last A).
import { getCoverageJson } from "../../lib/coverage/api";
import type { Db } from "../../lib/db/client";
import { setAssignment } from "../../lib/matrix/actions";
import { setBenchUser } from "./bench-session";
import { summarize } from "./measure";
import type { BuiltWorkspace } from "./reference-workspace";
import { type ReportRow, timedRow } from "./report";

const WARMUPS = 3;

async function timed(call: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await call();
  return performance.now() - started;
}

/** The paired differences (each "with" call against the "without" call beside it), judged on their median. */
function deltaRow(opts: { metric: string; with: number[]; without: number[]; budgetMs: number }): ReportRow {
  const differences = opts.with.map((ms, i) => ms - (opts.without[i] ?? ms));
  const withMs = summarize(opts.with).medianMs;
  const withoutMs = summarize(opts.without).medianMs;
  return timedRow({
    metric: opts.metric,
    stats: summarize(differences),
    budget: { ms: opts.budgetMs, on: "median" },
    queries: "—",
    note: `median ${withMs.toFixed(1)} ms with, ${withoutMs.toFixed(1)} ms without; the row is their paired difference`,
  });
}

/** The coverage report with about half the ownership stale, against the same with none stale (cadence 730 days). */
async function staleCost(opts: { db: Db; reference: BuiltWorkspace; runs: number }): Promise<ReportRow> {
  const { db, reference } = opts;
  setBenchUser(reference.lead);
  const read = async () => {
    const response = await getCoverageJson(
      new Request(`http://localhost/api/v1/coverage?workspace=${reference.slug}`),
    );
    if (response.status !== 200) throw new Error(`GET /api/v1/coverage → ${response.status}`);
    return response.json();
  };
  const cadence = (days: number) =>
    db.prisma.workspace.update({ where: { id: reference.id }, data: { verificationCadenceDays: days } });
  const withStale: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < opts.runs + WARMUPS; i++) {
    await cadence(90);
    const a = await timed(read);
    await cadence(730);
    const b = await timed(read);
    if (i >= WARMUPS) {
      withStale.push(a);
      without.push(b);
    }
  }
  await cadence(90);
  return deltaRow({
    metric: "stale ownership's cost to the coverage report (half stale vs none)",
    with: withStale,
    without,
    budgetMs: 10,
  });
}

/**
 * A cell edit that removes a touchpoint's last A (its trigger writes the outbox event), against the same edit on
 * a touchpoint where another department still holds A (no event): the event's share of an edit.
 */
async function outboxCost(opts: { db: Db; reference: BuiltWorkspace; runs: number }): Promise<ReportRow> {
  const { db, reference } = opts;
  setBenchUser(reference.lead);
  const [first, second] = reference.departmentIds;
  const [lone, shared] = [...reference.touchpointIds.values()].flat().slice(-2);
  if (!first || !second || !lone || !shared) throw new Error("The reference workspace is too small.");
  const prisma = db.prisma;
  await prisma.assignment.deleteMany({ where: { touchpointId: { in: [lone, shared] } } });
  await prisma.assignment.createMany({
    data: [
      { workspaceId: reference.id, touchpointId: lone, departmentId: first, role: "A" },
      { workspaceId: reference.id, touchpointId: shared, departmentId: first, role: "A" },
      { workspaceId: reference.id, touchpointId: shared, departmentId: second, role: "A" },
    ],
  });
  const versions = new Map(
    (
      await prisma.touchpoint.findMany({
        where: { id: { in: [lone, shared] } },
        select: { id: true, version: true },
      })
    ).map((t) => [t.id, t.version]),
  );
  const edit = async (touchpointId: string, role: "A" | "R") => {
    const result = await setAssignment({
      touchpointId,
      departmentId: first,
      role,
      expectedVersion: versions.get(touchpointId) ?? 0,
    });
    if (!result.ok) throw new Error(`setAssignment failed (${result.code}): ${result.formError}`);
    versions.set(touchpointId, result.data.version);
  };
  const events = () =>
    prisma.outboxEvent.count({ where: { workspaceId: reference.id, type: "ownership.lost" } });
  const before = await events();
  const withEvent: number[] = [];
  const without: number[] = [];
  for (let i = 0; i < opts.runs + WARMUPS; i++) {
    const a = await timed(() => edit(lone, "R"));
    await edit(lone, "A");
    const b = await timed(() => edit(shared, "R"));
    await edit(shared, "A");
    if (i >= WARMUPS) {
      withEvent.push(a);
      without.push(b);
    }
  }
  const written = (await events()) - before;
  if (written !== opts.runs + WARMUPS)
    throw new Error(`Expected ${opts.runs + WARMUPS} ownership.lost events, found ${written}.`);
  return deltaRow({
    metric: "outbox event's cost to a cell edit (last A removed vs not)",
    with: withEvent,
    without,
    budgetMs: 2,
  });
}

export async function measureOwnershipHealth(opts: {
  db: Db;
  reference: BuiltWorkspace;
  runs: number;
}): Promise<ReportRow[]> {
  return [await staleCost(opts), await outboxCost(opts)];
}
