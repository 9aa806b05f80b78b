// DESIGN.md's reference large workspace (Scale), and a tiny one of the same make for comparing query
// counts. Built with createMany in chunks: a few dozen statements, however many rows.

import { hashPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/db/generated/client";
import type { Coverage } from "../../lib/ownership";
import { createRandom } from "./prng";
import { buildOutcomeRows } from "./reference-outcomes";
import { buildReferenceRows, type WorkspaceShape } from "./reference-rows";

export const REFERENCE_SHAPE: WorkspaceShape = {
  slug: "reference",
  name: "Reference workspace",
  seed: 20_261_126,
  departments: 40,
  journeys: 10,
  stagesPerJourney: 8,
  touchpointsPerStage: 25,
  claims: 500,
  auditEvents: 50_000,
  // Issue #14: 6 measures, 1,000 touchpoint and 40 journey targets, 24 months of readings for each.
  outcomes: { touchpointTargets: 1_000, journeyTargets: 40, readingMonths: 24 },
};

/** Two touchpoints: getJourneyMatrix and getWorkspaceOverview must need as many queries here as above. */
export const TINY_SHAPE: WorkspaceShape = {
  slug: "reference-tiny",
  name: "Tiny workspace",
  seed: 7,
  departments: 2,
  journeys: 1,
  stagesPerJourney: 1,
  touchpointsPerStage: 2,
  claims: 1,
  auditEvents: 20,
  outcomes: { touchpointTargets: 2, journeyTargets: 1, readingMonths: 24 },
};

/** The scratch database's CX lead signs in with this over HTTP; the database is dropped after the run. */
export const BENCH_PASSWORD = "bench-only-password";

export type BuiltWorkspace = {
  id: string;
  slug: string;
  /** A CX lead of this workspace, who the benchmark acts as. */
  lead: { id: string; email: string; name: string };
  journeyIds: string[];
  departmentIds: string[];
  /** Touchpoint ids by journey id, in no particular order. */
  touchpointIds: Map<string, string[]>;
  counts: Record<
    "departments" | "touchpoints" | "assignments" | "claims" | "auditEvents" | "targets" | "readings",
    number
  >;
  coverage: Coverage;
  buildMs: number;
  /** Where the build's time went, by step, in milliseconds. */
  stepMs: Record<string, number>;
};

const CHUNK = 5_000;
const HISTORY_DAYS = 90;

/** Ninety daily snapshots, coverage rising towards today's, for the dashboard's chart. */
function buildHistory(workspaceId: string, coverage: Coverage) {
  const today = new Date();
  today.setUTCHours(0, 0, 0, 0);
  return Array.from({ length: HISTORY_DAYS }, (_, daysAgo) => {
    const owned = Math.round(coverage.owned * (1 - (0.4 * daysAgo) / HISTORY_DAYS));
    const contested = Math.min(coverage.contested, coverage.total - owned);
    return {
      workspaceId,
      day: new Date(today.getTime() - daysAgo * 86_400_000),
      touchpoints: coverage.total,
      owned,
      contested,
      unowned: coverage.total - owned - contested,
    };
  });
}

async function insertChunked<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

export async function createReferenceWorkspace(
  prisma: PrismaClient,
  shape: WorkspaceShape,
): Promise<BuiltWorkspace> {
  const started = performance.now();
  const stepMs: Record<string, number> = {};
  const step = async (name: string, run: () => Promise<unknown>) => {
    const stepStarted = performance.now();
    await run();
    stepMs[name] = Math.round(performance.now() - stepStarted);
  };
  const rows = buildReferenceRows(shape);
  const [lead] = rows.users;
  if (!lead) throw new Error("The reference rows have no CX lead.");
  lead.passwordHash = await hashPassword(BENCH_PASSWORD);
  stepMs.generate = Math.round(performance.now() - started);
  const workspaceId = rows.workspace.id;
  // A source of its own, so the rows above stay what they were before outcomes existed.
  const outcomes = buildOutcomeRows({
    random: createRandom(shape.seed + 1),
    shape: shape.outcomes,
    workspaceId,
    journeyIds: rows.journeys.map((j) => j.id),
    touchpoints: rows.touchpoints,
  });
  await prisma.$transaction(
    async (tx) => {
      await step("structure", async () => {
        await tx.workspace.create({ data: rows.workspace });
        await tx.user.createMany({ data: rows.users });
        await tx.department.createMany({ data: rows.departments });
        await tx.membership.createMany({ data: rows.memberships });
        await tx.journey.createMany({ data: rows.journeys });
        await tx.stage.createMany({ data: rows.stages });
      });
      await step("touchpoints", () =>
        insertChunked(rows.touchpoints, (data) => tx.touchpoint.createMany({ data })),
      );
      await step("assignments", () =>
        insertChunked(rows.assignments, (data) => tx.assignment.createMany({ data })),
      );
      // Writing A confirmed every owned touchpoint just now; a real map's owners confirmed theirs over half a
      // year, so about half of its ownership is stale against the default 90 days (DESIGN.md, Verification).
      await step("confirmations", async () => {
        const random = createRandom(shape.seed + 2);
        const now = Date.now();
        const at = rows.touchpoints.map((t) => ({
          id: t.id,
          at: new Date(now - random.int(0, 180 * 86_400_000)).toISOString(),
        }));
        await tx.$executeRaw`
          UPDATE "Touchpoint" AS t SET "ownershipConfirmedAt" = x.at
          FROM jsonb_to_recordset(${JSON.stringify(at)}::jsonb) AS x(id uuid, at timestamp)
          WHERE t."id" = x.id AND t."ownershipConfirmedAt" IS NOT NULL`;
      });
      await step("claims", () => insertChunked(rows.claims, (data) => tx.claim.createMany({ data })));
      await step("auditEvents", () =>
        insertChunked(rows.auditEvents, (data) => tx.auditEvent.createMany({ data })),
      );
      await step("outcomes", async () => {
        await tx.measure.createMany({ data: outcomes.measures });
        await tx.outcomeTarget.createMany({ data: outcomes.targets });
        await insertChunked(outcomes.readings, (data) => tx.outcomeReading.createMany({ data }));
      });
      await step("snapshots", () =>
        tx.coverageSnapshot.createMany({ data: buildHistory(workspaceId, rows.coverage) }),
      );
    },
    { maxWait: 60_000, timeout: 600_000 },
  );
  // Fresh statistics, as autovacuum would gather soon after a real import, so plans are realistic.
  await step("analyze", () => prisma.$executeRawUnsafe("ANALYZE"));

  const touchpointIds = new Map<string, string[]>(rows.journeys.map((j) => [j.id, []]));
  for (const t of rows.touchpoints) touchpointIds.get(t.journeyId)?.push(t.id);
  return {
    id: workspaceId,
    slug: shape.slug,
    lead: { id: lead.id, email: lead.email, name: lead.name },
    journeyIds: rows.journeys.map((j) => j.id),
    departmentIds: rows.departments.map((d) => d.id),
    touchpointIds,
    counts: {
      departments: rows.departments.length,
      touchpoints: rows.touchpoints.length,
      assignments: rows.assignments.length,
      claims: rows.claims.length,
      auditEvents: rows.auditEvents.length,
      targets: outcomes.targets.length,
      readings: outcomes.readings.length,
    },
    coverage: rows.coverage,
    buildMs: performance.now() - started,
    stepMs,
  };
}
