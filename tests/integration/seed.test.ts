import { describe, expect, it } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import type { PrismaClient } from "../../lib/db/generated/client";
import { DEMO_WORKSPACE } from "../../lib/demo/demo-data";
import { DEMO_HISTORY_WEEKS } from "../../lib/demo/demo-history";
import { DEMO_PASSWORD, DEMO_USERS } from "../../lib/demo/demo-users";
import { isDatabaseEmpty, seedDemoWorkspace } from "../../lib/demo/seed";
import { getCoverage, getHandoffs, getTouchpointOwnership, sortJourney } from "../../lib/ownership";
import { registerTestDb } from "../setup/test-db";

const getDb = registerTestDb();

// Every table, so "seeding twice changes nothing" cannot miss a stray write.
async function countRows(prisma: PrismaClient): Promise<Record<string, number>> {
  const [workspaces, users, memberships, invitations, apiTokens, rateLimitBuckets, departments, journeys] =
    await Promise.all([
      prisma.workspace.count(),
      prisma.user.count(),
      prisma.membership.count(),
      prisma.invitation.count(),
      prisma.apiToken.count(),
      prisma.rateLimitBucket.count(),
      prisma.department.count(),
      prisma.journey.count(),
    ]);
  const [stages, touchpoints, assignments, claims, comments, auditEvents, snapshots] = await Promise.all([
    prisma.stage.count(),
    prisma.touchpoint.count(),
    prisma.assignment.count(),
    prisma.claim.count(),
    prisma.comment.count(),
    prisma.auditEvent.count(),
    prisma.coverageSnapshot.count(),
  ]);
  const [measures, targets, readings] = await Promise.all([
    prisma.measure.count(),
    prisma.outcomeTarget.count(),
    prisma.outcomeReading.count(),
  ]);
  return {
    ...{ workspaces, users, memberships, invitations, apiTokens, rateLimitBuckets, departments, journeys },
    ...{ stages, touchpoints, assignments, claims, comments, auditEvents, snapshots },
    ...{ measures, targets, readings },
  };
}

/** The seeded map as the ownership rules see it, journeys in order, touchpoints in journey order. */
async function loadMap(prisma: PrismaClient, workspaceId: string) {
  const [journeys, stages, touchpoints] = await Promise.all([
    prisma.journey.findMany({ where: { workspaceId }, orderBy: { position: "asc" } }),
    prisma.stage.findMany({ where: { workspaceId } }),
    prisma.touchpoint.findMany({
      where: { workspaceId },
      include: {
        assignments: { select: { departmentId: true, role: true } },
        claims: { where: { status: "PENDING" }, select: { departmentId: true, role: true } },
      },
    }),
  ]);
  const withRoles = touchpoints.map((tp) => ({ ...tp, openClaims: tp.claims }));
  return journeys.map((journey) => {
    const journeyStages = stages.filter((stage) => stage.journeyId === journey.id);
    const ordered = sortJourney({
      stages: journeyStages,
      touchpoints: withRoles.filter((tp) => tp.journeyId === journey.id),
    });
    return { journey, stages: journeyStages, touchpoints: ordered };
  });
}

function getRange(length: number): number[] {
  return Array.from({ length }, (_, index) => index);
}

describe("seedDemoWorkspace", () => {
  let workspaceId = "";

  it("seeds an empty database with the demo workspace", async () => {
    const { prisma } = getDb();
    expect(await isDatabaseEmpty(prisma)).toBe(true);

    const result = await seedDemoWorkspace(prisma);
    workspaceId = result.workspaceId;

    expect(result.created).toBe(true);
    expect(await isDatabaseEmpty(prisma)).toBe(false);
    const workspace = await prisma.workspace.findUniqueOrThrow({ where: { slug: "demo" } });
    expect(workspace.id).toBe(workspaceId);
    const counts = await countRows(prisma);
    expect(counts.workspaces).toBe(1);
    expect(counts.departments).toBe(8);
    expect(counts.journeys).toBe(3);
    expect(counts.touchpoints).toBeGreaterThanOrEqual(40);
    // Outcomes: five measures, a target on every touchpoint and journey, twelve monthly readings each.
    expect(counts.measures).toBe(5);
    const { touchpoints = 0, journeys = 0, targets = 0 } = counts;
    expect(targets).toBeGreaterThanOrEqual(touchpoints + journeys);
    expect(counts.readings).toBe(targets * 12);
    const channels = await prisma.touchpoint.groupBy({ by: ["channel"], where: { workspaceId } });
    expect(channels.length).toBeGreaterThanOrEqual(5);
  });

  it("gives every department a distinct #rrggbb colour", async () => {
    const departments = await getDb().prisma.department.findMany({ where: { workspaceId } });
    for (const department of departments) expect(department.color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(new Set(departments.map((d) => d.color.toLowerCase())).size).toBe(departments.length);
  });

  it("shows the problem: mostly owned, with gaps, land grabs and a missing Responsible", async () => {
    const map = await loadMap(getDb().prisma, workspaceId);
    const ownerships = map.flatMap((entry) => entry.touchpoints.map(getTouchpointOwnership));
    const coverage = getCoverage(ownerships.map((ownership) => ownership.status));

    expect(coverage.owned).toBeGreaterThan(coverage.total / 2);
    expect(coverage.unowned).toBeGreaterThanOrEqual(3);
    expect(coverage.contested).toBeGreaterThanOrEqual(2);
    expect(ownerships.filter((ownership) => ownership.hasNoResponsible).length).toBeGreaterThanOrEqual(1);
  });

  it("has handoffs along the journeys, some of them unbridged", async () => {
    const map = await loadMap(getDb().prisma, workspaceId);
    const handoffs = map.flatMap((entry) => getHandoffs(entry.touchpoints));

    expect(handoffs.length).toBeGreaterThanOrEqual(1);
    expect(handoffs.some((handoff) => !handoff.isBridged)).toBe(true);
    expect(handoffs.some((handoff) => handoff.isBridged)).toBe(true);
  });

  it("numbers stages and touchpoints contiguously from 0", async () => {
    const { prisma } = getDb();
    const map = await loadMap(prisma, workspaceId);
    expect(map.map((entry) => entry.journey.position)).toEqual(getRange(map.length));
    for (const entry of map) {
      const stagePositions = entry.stages.map((stage) => stage.position).sort((a, b) => a - b);
      expect(stagePositions).toEqual(getRange(entry.stages.length));
      for (const stage of entry.stages) {
        const positions = entry.touchpoints.filter((tp) => tp.stageId === stage.id).map((tp) => tp.position);
        expect(positions.length).toBeGreaterThan(0);
        expect(positions).toEqual(getRange(positions.length));
      }
    }
    const departments = await prisma.department.findMany({
      where: { workspaceId },
      orderBy: { position: "asc" },
    });
    expect(departments.map((d) => d.position)).toEqual(getRange(departments.length));
  });

  it("creates one demo user per role, with the documented password and the head in Contact Center", async () => {
    const { prisma } = getDb();
    const memberships = await prisma.membership.findMany({
      where: { workspaceId },
      include: { user: true, department: true },
    });
    const byEmail = new Map(memberships.map((m) => [m.user.email, m]));
    for (const demo of Object.values(DEMO_USERS)) {
      const membership = byEmail.get(demo.email);
      expect(membership).toMatchObject({ role: demo.role, user: { name: demo.name } });
      expect(membership?.department?.name ?? null).toBe("department" in demo ? demo.department : null);
      expect(await verifyPassword(DEMO_PASSWORD, membership!.user.passwordHash!)).toBe(true);
    }
    expect(memberships).toHaveLength(Object.keys(DEMO_USERS).length);
  });

  it("gives journeys the owners the demo data names, executives or CX leads, and leaves at least one to be flagged", async () => {
    const journeys = await getDb().prisma.journey.findMany({
      where: { workspaceId },
      orderBy: { position: "asc" },
      select: { name: true, owner: { select: { role: true, user: { select: { name: true } } } } },
    });
    expect(journeys.map((j) => [j.name, j.owner?.user.name ?? null])).toEqual(
      DEMO_WORKSPACE.journeys.map((j) => [j.name, j.owner ? DEMO_USERS[j.owner].name : null]),
    );
    expect(journeys.filter((j) => j.owner).map((j) => j.owner?.role)).toEqual(["EXECUTIVE", "CX_LEAD"]);
    expect(journeys.find((j) => j.name === "Renew")?.owner).toBeNull();
  });

  it("leaves two pending claims without an author", async () => {
    const claims = await getDb().prisma.claim.findMany({ where: { workspaceId } });
    expect(claims).toHaveLength(2);
    for (const claim of claims) {
      expect(claim).toMatchObject({ status: "PENDING", authorId: null, role: "A" });
      expect(claim.reason.length).toBeGreaterThan(0);
    }
  });

  it("records the audit event, and the history ending with today's snapshot with the rules module's counts", async () => {
    const { prisma } = getDb();
    const counts = await countRows(prisma);
    const events = await prisma.auditEvent.findMany({ where: { workspaceId, action: "workspace.seeded" } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      entityType: "workspace",
      entityId: workspaceId,
      actorId: null,
      after: {
        departments: counts.departments,
        journeys: counts.journeys,
        stages: counts.stages,
        touchpoints: counts.touchpoints,
        assignments: counts.assignments,
      },
    });

    const map = await loadMap(prisma, workspaceId);
    const coverage = getCoverage(
      map.flatMap((entry) => entry.touchpoints.map((tp) => getTouchpointOwnership(tp).status)),
    );
    // A year of weekly history ends with today's closing counts (lib/demo/demo-history.ts).
    const snapshot = await prisma.coverageSnapshot.findFirstOrThrow({
      where: { workspaceId },
      orderBy: { day: "desc" },
    });
    expect(snapshot.day.toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    expect(await prisma.coverageSnapshot.count({ where: { workspaceId } })).toBe(DEMO_HISTORY_WEEKS + 1);
    expect(snapshot).toMatchObject({
      touchpoints: coverage.total,
      owned: coverage.owned,
      unowned: coverage.unowned,
      contested: coverage.contested,
    });
  });

  it("changes nothing when seeded a second time", async () => {
    const { prisma } = getDb();
    const before = await countRows(prisma);

    expect(await seedDemoWorkspace(prisma)).toEqual({ created: false, workspaceId });
    expect(await countRows(prisma)).toEqual(before);
  });

  it("creates one workspace when two seeds race", async () => {
    const { prisma } = getDb();
    await prisma.workspace.delete({ where: { id: workspaceId } });
    expect(await isDatabaseEmpty(prisma)).toBe(true);

    const results = await Promise.all([seedDemoWorkspace(prisma), seedDemoWorkspace(prisma)]);

    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(results[0]?.workspaceId).toBe(results[1]?.workspaceId);
    const counts = await countRows(prisma);
    expect(counts.workspaces).toBe(1);
    expect(counts.departments).toBe(8);
    expect(counts.auditEvents).toBe(1);
    expect(counts.snapshots).toBe(DEMO_HISTORY_WEEKS + 1);
  });
});
