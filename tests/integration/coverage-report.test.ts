import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/coverage/route";
import { getCoverageJson } from "../../lib/coverage/api";
import { getCoverageReport, getWorkspaceOverview } from "../../lib/coverage/queries";
import type { ListLimits } from "../../lib/coverage/schemas";
import { TOUCHPOINT_SORTS } from "../../lib/coverage/schemas";
import { countCoverage } from "../../lib/coverage/snapshots";
import { getPrisma } from "../../lib/db/client";
import { buildDemoRows } from "../../lib/demo/build-demo-rows";
import { DEMO_WORKSPACE } from "../../lib/demo/demo-data";
import { seedDemoWorkspace } from "../../lib/demo/seed";
import { getCoverage } from "../../lib/ownership";
import { registerTestDb } from "../setup/test-db";
import { joinAsLead, signInAsLeadOfNewWorkspaces } from "./auth";
import { buildCoverageReport, type CoverageRows } from "./coverage-oracle";
import { insertWorkspace, workspaceArb } from "./coverage-workspace-arb";

registerTestDb();
signInAsLeadOfNewWorkspaces();
const ALL = { sort: "journey" } as const;
const WHOLE: ListLimits = { unowned: null, contested: null, handoffs: null, stale: null };

async function api(query: string) {
  const response = await GET(new Request(`http://localhost/api/v1/coverage?${query}`));
  return { status: response.status, body: await response.json() };
}

describe("coverage report on the demo workspace", () => {
  it("agrees with the ownership rules on the demo data, in the report and in the JSON", async () => {
    const prisma = await getPrisma();
    const { workspaceId } = await seedDemoWorkspace(prisma);
    await joinAsLead(workspaceId);
    const expected = buildDemoRows({ data: DEMO_WORKSPACE }).coverage;
    const report = await getCoverageReport({ workspaceId, filters: ALL, limits: WHOLE });
    expect(report.totals.coverage).toEqual(expected);
    expect(report.unowned).toHaveLength(expected.unowned);
    expect(report.contested).toHaveLength(expected.contested);
    expect(report.journeys.map((j) => j.name)).toEqual(DEMO_WORKSPACE.journeys.map((j) => j.name));
    for (const [index, journey] of DEMO_WORKSPACE.journeys.entries()) {
      const only = buildDemoRows({ data: { ...DEMO_WORKSPACE, journeys: [journey] } }).coverage;
      expect(report.journeys[index]?.coverage).toEqual(only);
      expect(report.journeys[index]?.stages.map((s) => s.name)).toEqual(journey.stages.map((s) => s.name));
    }
    const { status, body } = await api("workspace=demo");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      workspace: { slug: "demo" },
      totals: report.totals,
      journeys: report.journeys,
      limit: 100,
    });
    expect(body.unowned).toEqual(report.unowned);
    expect(body.departments).toEqual(report.departments);
    expect(body.handoffs).toEqual(report.handoffs);
    expect(body.history.at(-1)).toMatchObject({ touchpoints: expected.total, owned: expected.owned });
  });

  it("filters by journey and by department, and sorts the lists", async () => {
    const prisma = await getPrisma();
    const { workspaceId } = await seedDemoWorkspace(prisma);
    const all = await getCoverageReport({ workspaceId, filters: ALL, limits: WHOLE });
    const journey = all.journeys[1]!;
    const byJourney = await getCoverageReport({
      workspaceId,
      filters: { ...ALL, journeyId: journey.id },
      limits: WHOLE,
    });
    expect(byJourney.journeys).toEqual([journey]);
    expect(byJourney.totals.coverage).toEqual(journey.coverage);
    expect(byJourney.unowned.every((t) => t.journey.id === journey.id)).toBe(true);

    const department = all.departments.find((d) => d.accountable > 0)!;
    const byDepartment = await getCoverageReport({
      workspaceId,
      filters: { ...ALL, departmentId: department.id },
      limits: WHOLE,
    });
    expect(byDepartment.departments).toEqual([department]);
    expect(byDepartment.handoffs.every((h) => h.from.id === department.id || h.to.id === department.id)).toBe(
      true,
    );
    expect(byDepartment.totals.coverage.total).toBeLessThan(all.totals.coverage.total);

    const byClaims = await getCoverageReport({ workspaceId, filters: { sort: "claims" }, limits: WHOLE });
    const claimCounts = byClaims.unowned.map((t) => t.pendingClaims.length);
    expect(claimCounts).toEqual([...claimCounts].sort((a, b) => b - a));
    expect(new Set(byClaims.unowned.map((t) => t.id))).toEqual(new Set(all.unowned.map((t) => t.id)));
  });
});

describe("coverage report on generated workspaces", () => {
  it("report, JSON, snapshot SQL and the rules all give the same totals", async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, async (spec) => {
        const { workspace, statuses } = await insertWorkspace(spec);
        const expected = getCoverage(statuses);
        const report = await getCoverageReport({ workspaceId: workspace.id, filters: ALL, limits: WHOLE });
        expect(report.totals.coverage).toEqual(expected);
        expect(report.unowned.length + report.contested.length).toBe(expected.unowned + expected.contested);
        const pairs = report.handoffs.reduce((sum, p) => sum + p.count, 0);
        expect(pairs).toBe(report.totals.handoffs);
        const response = await getCoverageJson(
          new Request(`http://localhost/api/v1/coverage?workspace=${workspace.slug}`),
        );
        expect(response.status).toBe(200);
        expect((await response.json()).totals).toEqual(report.totals);
        const counts = await countCoverage(await getPrisma(), workspace.id);
        expect(counts).toEqual({
          touchpoints: expected.total,
          owned: expected.owned,
          unowned: expected.unowned,
          contested: expected.contested,
        });
      }),
      { numRuns: 15 },
    );
  });
});

/** Every row, unpruned: what the report would be built from if the query read everything. */
async function readAllRows(workspaceId: string): Promise<CoverageRows> {
  const prisma = await getPrisma();
  const where = { workspaceId };
  const roleSelect = { touchpointId: true, departmentId: true, role: true } as const;
  const [departments, journeys, stages, touchpoints, assignments, pendingClaims, settings] =
    await Promise.all([
      prisma.department.findMany({
        where,
        orderBy: { position: "asc" },
        select: { id: true, name: true, color: true },
      }),
      prisma.journey.findMany({ where, orderBy: { position: "asc" }, select: { id: true, name: true } }),
      prisma.stage.findMany({ where, select: { id: true, journeyId: true, name: true, position: true } }),
      prisma.touchpoint.findMany({
        where,
        select: {
          id: true,
          journeyId: true,
          stageId: true,
          position: true,
          name: true,
          channel: true,
          ownershipConfirmedAt: true,
        },
      }),
      prisma.assignment.findMany({ where, select: roleSelect }),
      prisma.claim.findMany({ where: { ...where, status: "PENDING" }, select: roleSelect }),
      prisma.workspace.findUniqueOrThrow({
        where: { id: workspaceId },
        select: { verificationCadenceDays: true },
      }),
    ]);
  return { departments, journeys, stages, touchpoints, assignments, pendingClaims, ...settings };
}

describe("the SQL report is the report lib/ownership builds from every row", () => {
  // Many generated workspaces in one test: room on a busy two-core machine (a guard, not a time budget).
  it("for every filter, sort and limit, and the home page agrees", async () => {
    await fc.assert(
      fc.asyncProperty(workspaceArb, fc.nat({ max: 3 }), async (spec, limit) => {
        const { workspace, departments, asOf } = await insertWorkspace(spec);
        const rows = await readAllRows(workspace.id);
        const filters = [
          ALL,
          ...departments.map((d) => ({ ...ALL, departmentId: d.id })),
          ...rows.journeys.map((j) => ({ ...ALL, journeyId: j.id })),
          // A stale link's id is dropped, not trusted.
          { ...ALL, journeyId: crypto.randomUUID(), departmentId: departments[1]!.id },
          ...TOUCHPOINT_SORTS.map((sort) => ({ sort })),
        ];
        const capped: ListLimits = { unowned: limit, contested: limit + 1, handoffs: limit, stale: limit };
        for (const filter of filters) {
          for (const limits of [WHOLE, capped]) {
            const report = await getCoverageReport({
              workspaceId: workspace.id,
              filters: filter,
              limits,
              asOf,
            });
            expect(report).toEqual(buildCoverageReport(rows, filter, limits, asOf));
          }
        }
        const report = buildCoverageReport(rows, ALL, WHOLE, asOf);
        const overview = await getWorkspaceOverview(workspace.id);
        expect(overview.coverage).toEqual(report.totals.coverage);
        expect(overview.departmentCount).toBe(departments.length);
        expect(
          overview.journeys.map((j) => ({
            coverage: j.coverage,
            handoffs: j.handoffCount,
            stages: j.stages,
          })),
        ).toEqual(
          report.journeys.map((j) => ({
            coverage: j.coverage,
            handoffs: j.handoffs,
            stages: j.stages.map(({ id, name, status, coverage }) => ({ id, name, status, coverage })),
          })),
        );
      }),
      { numRuns: 15 },
    );
  }, 180_000);
});

describe("GET /api/v1/coverage lists", () => {
  it("lists at most `limit` rows of each long list, 100 unless asked, with the totals unchanged", async () => {
    const prisma = await getPrisma();
    const { workspaceId } = await seedDemoWorkspace(prisma);
    await joinAsLead(workspaceId);
    const whole = await getCoverageReport({ workspaceId, filters: ALL, limits: WHOLE });
    const one = await api("workspace=demo&limit=1");
    expect(one.status).toBe(200);
    expect(one.body.limit).toBe(1);
    expect(one.body.totals).toEqual(whole.totals);
    expect(one.body.unowned).toEqual(whole.unowned.slice(0, 1));
    expect(one.body.contested).toEqual(whole.contested.slice(0, 1));
    expect(one.body.handoffs).toEqual(whole.handoffs.slice(0, 1));
    const all = await api("workspace=demo&limit=all");
    expect(all.body).toMatchObject({ limit: "all", unowned: whole.unowned, handoffs: whole.handoffs });
    for (const bad of ["0", "-1", "1001", "1.5", "ten", ""]) {
      expect(await api(`workspace=demo&limit=${bad}`)).toMatchObject({
        status: 400,
        body: { error: { code: "invalid", message: "limit is a whole number from 1 to 1000, or all." } },
      });
    }
  });
});

describe("GET /api/v1/coverage errors", () => {
  it("answers 400 for bad parameters and 404 for what does not exist, as JSON", async () => {
    expect(await api("")).toMatchObject({ status: 400, body: { error: { code: "invalid" } } });
    expect(await api("workspace=demo&journey=nope")).toMatchObject({ status: 400 });
    expect(await api("workspace=demo&sort=size")).toMatchObject({ status: 400 });
    expect(await api("workspace=demo&colour=red")).toMatchObject({ status: 400 });
    expect(await api("workspace=demo&workspace=other")).toMatchObject({ status: 400 });
    expect(await api("workspace=no-such")).toMatchObject({
      status: 404,
      body: { error: { code: "not_found" } },
    });
    const other = await insertWorkspace([[[]]]);
    const prisma = await getPrisma();
    const foreign = await prisma.journey.findFirstOrThrow({ where: { workspaceId: other.workspace.id } });
    // Another workspace's journey is "not found", never its numbers.
    expect(await api(`workspace=demo&journey=${foreign.id}`)).toMatchObject({ status: 404 });
    expect(await api(`workspace=demo&department=${other.departments[0]!.id}`)).toMatchObject({ status: 404 });
  });
});
