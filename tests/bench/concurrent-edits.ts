// DESIGN.md's "50 concurrent editors for a minute", in process: server actions cannot be called over HTTP
// without their ids, so callers run the setAssignment action in process side by side, then the trail
// and the versions are checked for lost updates. An editor is a person: they start at a random moment within
// the first pause, then pause about `thinkMs` (0.5–1.5×) after each edit. With thinkMs 0 the editors edit flat
// out, which measures saturation throughput rather than the budget (latency is then clients ÷ throughput).
import type { Db } from "../../lib/db/client";
import { setAssignment } from "../../lib/matrix/actions";
import type { RaciRole } from "../../lib/ownership";
import { setBenchUser } from "./bench-session";
import { summarize } from "./measure";
import { createRandom } from "./prng";
import type { BuiltWorkspace } from "./reference-workspace";
import { type ReportRow, timedRow } from "./report";

export type ConcurrentEditsResult = {
  clients: number;
  seconds: number;
  calls: number;
  successes: number;
  conflicts: number;
  errors: number;
  errorSamples: string[];
  /** Touchpoints whose version or audit trail disagrees with the successful writes to them. */
  lostUpdates: number;
  row: ReportRow;
};

type Success = { touchpointId: string; version: number };

async function editUntil(opts: {
  db: Db;
  workspace: BuiltWorkspace;
  touchpointIds: readonly string[];
  seed: number;
  deadline: number;
  thinkMs: number;
  out: { latencies: number[]; successes: Success[]; conflicts: number; errors: string[] };
}): Promise<void> {
  const random = createRandom(opts.seed);
  // People do not all press a key in the same millisecond: each editor starts somewhere in the first pause.
  if (opts.thinkMs > 0) await new Promise((resolve) => setTimeout(resolve, random.next() * opts.thinkMs));
  while (Date.now() < opts.deadline) {
    const touchpointId = random.pick(opts.touchpointIds);
    try {
      // Each editor re-reads the version it edits against, as the matrix does after every refresh.
      const { version } = await opts.db.prisma.touchpoint.findUniqueOrThrow({
        where: { id: touchpointId },
        select: { version: true },
      });
      const role = random.weighted<RaciRole | null>([
        ["A", 2],
        ["R", 3],
        ["C", 2],
        ["I", 1],
        [null, 2],
      ]);
      const started = performance.now();
      const result = await setAssignment({
        touchpointId,
        departmentId: random.pick(opts.workspace.departmentIds),
        role,
        expectedVersion: version,
      });
      opts.out.latencies.push(performance.now() - started);
      if (result.ok) opts.out.successes.push({ touchpointId, version: result.data.version });
      else if (result.code === "conflict") opts.out.conflicts++;
      else opts.out.errors.push(`${result.code}: ${result.formError}`);
    } catch (error) {
      opts.out.errors.push(error instanceof Error ? error.message : String(error));
    }
    const pause = opts.thinkMs * (0.5 + random.next());
    if (pause > 0)
      await new Promise((resolve) => setTimeout(resolve, Math.min(pause, opts.deadline - Date.now())));
  }
}

export async function runConcurrentEdits(opts: {
  db: Db;
  workspace: BuiltWorkspace;
  clients: number;
  seconds: number;
  thinkMs: number;
}): Promise<ConcurrentEditsResult> {
  const { db, workspace } = opts;
  setBenchUser(workspace.lead);
  // One journey's 200 touchpoints: editors share a map, so some of them do collide.
  const touchpointIds = workspace.touchpointIds.get(workspace.journeyIds[0]!) ?? [];
  const readVersions = async () =>
    new Map(
      (
        await db.prisma.touchpoint.findMany({
          where: { id: { in: [...touchpointIds] } },
          select: { id: true, version: true },
        })
      ).map((t) => [t.id, t.version]),
    );
  const versionsBefore = await readVersions();
  const lastEvent = await db.prisma.auditEvent.aggregate({ _max: { id: true } });
  const out = { latencies: [] as number[], successes: [] as Success[], conflicts: 0, errors: [] as string[] };
  const deadline = Date.now() + opts.seconds * 1000;
  await Promise.all(
    Array.from({ length: opts.clients }, (_, i) =>
      editUntil({ db, workspace, touchpointIds, seed: 1000 + i, deadline, thinkMs: opts.thinkMs, out }),
    ),
  );

  const versionsAfter = await readVersions();
  const audited = await db.prisma.auditEvent.groupBy({
    by: ["entityId"],
    where: { action: "assignment.set", id: { gt: lastEvent._max.id ?? 0n } },
    _count: { _all: true },
  });
  const auditCount = new Map(audited.map((a) => [a.entityId ?? "", a._count._all]));
  const written = new Map<string, Success[]>();
  for (const s of out.successes) {
    const writes = written.get(s.touchpointId) ?? [];
    written.set(s.touchpointId, writes);
    writes.push(s);
  }
  const lost = touchpointIds.filter((id) => {
    const writes = written.get(id) ?? [];
    const distinctVersions = new Set(writes.map((w) => w.version)).size;
    const bumped = (versionsAfter.get(id) ?? 0) - (versionsBefore.get(id) ?? 0);
    return (
      bumped !== writes.length ||
      distinctVersions !== writes.length ||
      (auditCount.get(id) ?? 0) !== writes.length
    );
  });

  const stats = summarize(out.latencies.length > 0 ? out.latencies : [0]);
  const isClean = out.errors.length === 0 && lost.length === 0;
  const throughput = (out.latencies.length / opts.seconds).toFixed(0);
  return {
    clients: opts.clients,
    seconds: opts.seconds,
    calls: out.latencies.length,
    successes: out.successes.length,
    conflicts: out.conflicts,
    errors: out.errors.length,
    errorSamples: [...new Set(out.errors)].slice(0, 5),
    lostUpdates: lost.length,
    row: {
      ...timedRow({
        metric:
          opts.thinkMs > 0
            ? `${opts.clients} concurrent editors, ~${opts.thinkMs / 1000}s between edits (in-process)`
            : `${opts.clients} editors flat out, no pause (in-process, saturation)`,
        stats,
        budget: opts.thinkMs > 0 ? { ms: 200, on: "p95" } : null,
        queries: "—",
        note:
          `${out.latencies.length} edits in ${opts.seconds}s (${throughput}/s): ${out.successes.length} saved, ` +
          `${out.conflicts} conflicts, ${out.errors.length} errors, ${lost.length} touchpoints with a lost update`,
      }),
      ...(isClean ? {} : { verdict: "OVER" as const }),
    },
  };
}
