// The monthly CX review's loader (DESIGN.md, Customer outcomes → Review) on a real database: coverage at the
// month's end and the month before's, the outcome reports of both months, the biggest movers and the month's
// ownership decisions, each from this workspace alone.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getOwnershipDecisions } from "../../lib/claims/decision-queries";
import { getCoverageAtDays } from "../../lib/coverage/queries";
import { getPrisma } from "../../lib/db/client";
import type { Month } from "../../lib/outcomes/rules";
import { getMonthlyReview } from "../../lib/review/queries";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import * as f from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const MONTH: Month = "2026-06";
const at = (iso: string) => new Date(iso);

/** A journey with an owned, an unowned and a contested touchpoint, CSAT and complaints, and readings. */
async function createReviewWorkspace() {
  const prisma = await getPrisma();
  const mapped = await f.createMappedWorkspace({ departments: 2 });
  const workspaceId = mapped.workspace.id;
  const billing = mapped.departments[0]!;
  const sales = mapped.departments[1]!;
  const owned = mapped.touchpoint;
  const unowned = await f.createTouchpoint({ stageId: mapped.stage.id, name: "Refund request" });
  const contested = await f.createTouchpoint({ stageId: mapped.stage.id, name: "Payment reminder" });
  await f.setRole({ touchpointId: owned.id, departmentId: billing.id, role: "A" });
  await f.setRole({ touchpointId: contested.id, departmentId: billing.id, role: "A" });
  await f.setRole({ touchpointId: contested.id, departmentId: sales.id, role: "A" });

  const csat = { id: randomUUID(), workspaceId, name: "CSAT", kind: "SCORE", direction: "HIGHER" } as const;
  const complaints = {
    id: randomUUID(),
    workspaceId,
    name: "Complaints",
    kind: "COUNT",
    direction: "LOWER",
  } as const;
  await prisma.measure.createMany({ data: [{ ...csat, scaleMin: 1, scaleMax: 5 }, complaints] });
  const scope = (touchpointId: string | null) => ({
    workspaceId,
    journeyId: mapped.journey.id,
    touchpointId,
    scopeId: touchpointId ?? mapped.journey.id,
  });
  await prisma.outcomeTarget.createMany({
    data: [
      { ...scope(owned.id), measureId: csat.id, value: 4 },
      { ...scope(unowned.id), measureId: csat.id, value: 4 },
      { ...scope(contested.id), measureId: csat.id, value: 4 },
      { ...scope(unowned.id), measureId: complaints.id, value: 20 },
    ],
  });
  const reading = (touchpointId: string | null, measureId: string, month: Month, value: number) => ({
    ...scope(touchpointId),
    measureId,
    month,
    value,
  });
  await prisma.outcomeReading.createMany({
    data: [
      // The owned touchpoint recovers: off target in May, on in June.
      reading(owned.id, csat.id, "2026-05", 3),
      reading(owned.id, csat.id, MONTH, 4.2),
      // The unowned one slips on both measures; complaints double (a count moves by its target).
      reading(unowned.id, csat.id, "2026-05", 3.8),
      reading(unowned.id, csat.id, MONTH, 3.4),
      reading(unowned.id, complaints.id, "2026-05", 20),
      reading(unowned.id, complaints.id, MONTH, 30),
      // The contested one holds still (no mover) and misses.
      reading(contested.id, csat.id, "2026-05", 3),
      reading(contested.id, csat.id, MONTH, 3),
      // The journey's own complaints fall, without a target: the May reading is its yardstick.
      reading(null, complaints.id, "2026-05", 50),
      reading(null, complaints.id, MONTH, 40),
      // Only June and May count.
      reading(owned.id, csat.id, "2026-04", 1),
    ],
  });
  return { ...mapped, workspaceId, billing, sales, owned, unowned, contested, csat, complaints };
}

describe("monthly review", () => {
  it("reads both months' outcome reports, the biggest movers and coverage at both months' ends", async () => {
    const prisma = await getPrisma();
    const w = await createReviewWorkspace();
    const other = await createReviewWorkspace();
    // Snapshots: the last on or before each month's end counts; the workspace changed again in July.
    await prisma.coverageSnapshot.createMany({
      data: [
        {
          workspaceId: w.workspaceId,
          day: at("2026-05-10"),
          touchpoints: 2,
          owned: 0,
          unowned: 2,
          contested: 0,
        },
        {
          workspaceId: w.workspaceId,
          day: at("2026-05-31"),
          touchpoints: 3,
          owned: 1,
          unowned: 2,
          contested: 0,
        },
        {
          workspaceId: w.workspaceId,
          day: at("2026-06-20"),
          touchpoints: 3,
          owned: 1,
          unowned: 1,
          contested: 1,
        },
        {
          workspaceId: w.workspaceId,
          day: at("2026-07-01"),
          touchpoints: 9,
          owned: 9,
          unowned: 0,
          contested: 0,
        },
        {
          workspaceId: other.workspaceId,
          day: at("2026-06-30"),
          touchpoints: 7,
          owned: 7,
          unowned: 0,
          contested: 0,
        },
      ],
    });
    await prisma.workspace.update({ where: { id: w.workspaceId }, data: { coverageDay: at("2026-07-02") } });

    const review = await getMonthlyReview({
      workspaceId: w.workspaceId,
      month: MONTH,
      now: at("2026-08-03"),
    });

    expect(review).toMatchObject({ month: MONTH, previousMonth: "2026-05", isCurrentMonth: false });
    expect(review.coverage.end).toEqual({
      day: "2026-06-30",
      source: "snapshot",
      coverage: { total: 3, owned: 1, unowned: 1, contested: 1, ratio: 1 / 3 },
    });
    expect(review.coverage.previousEnd).toMatchObject({ day: "2026-05-31", source: "snapshot" });
    expect(review.coverage.previousEnd.coverage).toMatchObject({ owned: 1, unowned: 2 });

    expect(review.outcomes.month).toBe(MONTH);
    expect(review.outcomes.totals).toEqual({ targets: 4, onTarget: 1, offTarget: 3, noData: 0 });
    expect(review.previousOutcomes.month).toBe("2026-05");
    expect(review.previousOutcomes.totals).toEqual({ targets: 4, onTarget: 1, offTarget: 3, noData: 0 });
    // Worst first: complaints miss by half their target, the contested CSAT by a quarter of its scale.
    expect(review.outcomes.unownedPain.map((p) => [p.touchpoint.name, p.status])).toEqual([
      ["Refund request", "UNOWNED"],
      ["Payment reminder", "CONTESTED"],
    ]);
    const billing = (report: typeof review.outcomes) => report.departments.find((d) => d.id === w.billing.id);
    expect(billing(review.outcomes)).toMatchObject({ targets: 1, onTarget: 1, offTarget: 0 });
    expect(billing(review.previousOutcomes)).toMatchObject({ targets: 1, onTarget: 0, offTarget: 1 });

    const moved = (list: typeof review.movers.improved) =>
      list.map((m) => [m.touchpoint?.name ?? m.journey.name, m.measure.name, m.previous, m.current]);
    expect(moved(review.movers.declined)).toEqual([
      ["Refund request", "Complaints", 20, 30],
      ["Refund request", "CSAT", 3.8, 3.4],
    ]);
    expect(moved(review.movers.improved)).toEqual([
      [w.touchpoint.name, "CSAT", 3, 4.2],
      [w.journey.name, "Complaints", 50, 40],
    ]);
    expect(review.movers.improved[0]).toMatchObject({
      ownerName: w.billing.name,
      touchpoint: { status: "OWNED", stageName: w.stage.name },
    });
    expect(review.movers.declined[0]).toMatchObject({ ownerName: null, touchpoint: { status: "UNOWNED" } });
    expect(review.movers.improved[1]?.touchpoint).toBeNull();
  });

  it("counts coverage live when nothing changed since the day, and says when there is no record", async () => {
    const prisma = await getPrisma();
    const w = await createReviewWorkspace();
    const days = ["2026-05-31", "2026-06-30"];
    const ws = { workspaceId: w.workspaceId, days };
    // Created in June, never changed since: May has no record, June's end is today's counts.
    await prisma.workspace.update({
      where: { id: w.workspaceId },
      data: { createdAt: at("2026-06-12T09:00:00Z") },
    });
    const live = { total: 3, owned: 1, unowned: 1, contested: 1, ratio: 1 / 3 };
    expect(await getCoverageAtDays(ws)).toEqual([
      { day: "2026-05-31", source: "none", coverage: null },
      { day: "2026-06-30", source: "live", coverage: live },
    ]);
    // Last changed on 30 June: its end is today's counts, though an older snapshot exists.
    await prisma.coverageSnapshot.create({
      data: {
        workspaceId: w.workspaceId,
        day: at("2026-06-29"),
        touchpoints: 1,
        owned: 0,
        unowned: 1,
        contested: 0,
      },
    });
    await prisma.workspace.update({ where: { id: w.workspaceId }, data: { coverageDay: at("2026-06-30") } });
    expect(await getCoverageAtDays(ws)).toEqual([
      { day: "2026-05-31", source: "none", coverage: null },
      { day: "2026-06-30", source: "live", coverage: live },
    ]);
    // Changed again in July: June's end is the 29 June snapshot now; a snapshot from before says May's.
    await prisma.workspace.update({ where: { id: w.workspaceId }, data: { coverageDay: at("2026-07-04") } });
    await prisma.coverageSnapshot.create({
      data: {
        workspaceId: w.workspaceId,
        day: at("2026-05-02"),
        touchpoints: 1,
        owned: 1,
        unowned: 0,
        contested: 0,
      },
    });
    expect(await getCoverageAtDays(ws)).toEqual([
      {
        day: "2026-05-31",
        source: "snapshot",
        coverage: { total: 1, owned: 1, unowned: 0, contested: 0, ratio: 1 },
      },
      {
        day: "2026-06-30",
        source: "snapshot",
        coverage: { total: 1, owned: 0, unowned: 1, contested: 0, ratio: 0 },
      },
    ]);
  });

  it("lists the month's claims decided and contests resolved, with their totals, and nothing else", async () => {
    const prisma = await getPrisma();
    const w = await createReviewWorkspace();
    const other = await createReviewWorkspace();
    const decider = await f.createUser({ name: "Dana Decider" });
    const claim = (opts: {
      workspaceId?: string;
      touchpointId?: string;
      departmentId?: string;
      status: "PENDING" | "APPROVED" | "REJECTED" | "WITHDRAWN";
      decidedAt?: string;
      note?: string;
    }) => ({
      workspaceId: opts.workspaceId ?? w.workspaceId,
      touchpointId: opts.touchpointId ?? w.unowned.id,
      departmentId: opts.departmentId ?? w.sales.id,
      role: "A" as const,
      reason: "Ours",
      status: opts.status,
      decidedAt: opts.decidedAt ? at(opts.decidedAt) : null,
      decidedById: opts.decidedAt ? decider.id : null,
      decisionNote: opts.note ?? null,
    });
    await prisma.claim.createMany({
      data: [
        claim({ status: "REJECTED", decidedAt: "2026-06-20T10:00:00Z", note: "Not yours" }),
        claim({ status: "APPROVED", decidedAt: "2026-06-01T00:00:00Z", departmentId: w.billing.id }),
        claim({ status: "APPROVED", decidedAt: "2026-06-30T23:59:59Z", touchpointId: w.contested.id }),
        // Outside June, withdrawn (not a decision), pending, or another workspace's: none of them.
        claim({ status: "APPROVED", decidedAt: "2026-05-31T23:59:59Z" }),
        claim({ status: "REJECTED", decidedAt: "2026-07-01T00:00:00Z" }),
        claim({ status: "WITHDRAWN", decidedAt: "2026-06-10T00:00:00Z" }),
        claim({ status: "PENDING" }),
        claim({
          workspaceId: other.workspaceId,
          touchpointId: other.unowned.id,
          departmentId: other.sales.id,
          status: "APPROVED",
          decidedAt: "2026-06-15T00:00:00Z",
        }),
      ],
    });
    const resolved = (workspaceId: string, createdAt: string, touchpointId: string) => ({
      workspaceId,
      actorId: decider.id,
      action: "contest.resolved",
      entityType: "touchpoint",
      entityId: touchpointId,
      createdAt: at(createdAt),
      after: {
        touchpointId,
        touchpointName: "Payment reminder (then)",
        departmentName: "Billing (then)",
        approved: ["Billing (then)"],
        rejected: ["Sales (then)"],
        note: "Billing sends them",
        changes: [],
      },
    });
    await prisma.auditEvent.createMany({
      data: [
        resolved(w.workspaceId, "2026-06-14T08:00:00Z", w.contested.id),
        resolved(w.workspaceId, "2026-06-03T08:00:00Z", randomUUID()),
        resolved(w.workspaceId, "2026-07-01T00:00:00Z", w.contested.id),
        resolved(other.workspaceId, "2026-06-14T08:00:00Z", other.contested.id),
        {
          workspaceId: w.workspaceId,
          action: "claim.approved",
          entityType: "claim",
          createdAt: at("2026-06-05"),
        },
      ],
    });

    const { decisions } = await getMonthlyReview({ workspaceId: w.workspaceId, month: MONTH });
    expect(decisions.claims).toMatchObject({ total: 3, approved: 2, rejected: 1 });
    expect(decisions.claims.items.map((c) => [c.status, c.departmentName, c.touchpoint.name])).toEqual([
      ["APPROVED", w.billing.name, "Refund request"],
      ["REJECTED", w.sales.name, "Refund request"],
      ["APPROVED", w.sales.name, "Payment reminder"],
    ]);
    expect(decisions.claims.items[1]).toMatchObject({
      role: "A",
      note: "Not yours",
      decidedByName: "Dana Decider",
      decidedAt: at("2026-06-20T10:00:00Z"),
      touchpoint: { id: w.unowned.id, journeyName: w.journey.name, stageName: w.stage.name },
    });
    expect(decisions.contests.total).toBe(2);
    // The first names a touchpoint deleted since: it keeps the event's name and has no link.
    expect(decisions.contests.items).toMatchObject([
      { touchpoint: null, touchpointName: "Payment reminder (then)", winnerName: "Billing (then)" },
      {
        touchpoint: { id: w.contested.id, name: "Payment reminder", journeyName: w.journey.name },
        resolvedByName: "Dana Decider",
        resolvedAt: at("2026-06-14T08:00:00Z"),
        approved: ["Billing (then)"],
        rejected: ["Sales (then)"],
        note: "Billing sends them",
      },
    ]);

    // Bounded lists, full totals.
    const bounded = await getOwnershipDecisions({
      workspaceId: w.workspaceId,
      from: at("2026-06-01"),
      to: at("2026-07-01"),
      limit: 1,
    });
    expect(bounded.claims).toMatchObject({ total: 3, approved: 2, rejected: 1 });
    expect(bounded.claims.items).toHaveLength(1);
    expect(bounded.contests.total).toBe(2);
    expect(bounded.contests.items).toHaveLength(1);

    const empty = await getMonthlyReview({ workspaceId: w.workspaceId, month: "2026-02" });
    expect(empty.decisions).toEqual({
      claims: { items: [], total: 0, approved: 0, rejected: 0 },
      contests: { items: [], total: 0 },
    });
    expect(empty.movers).toEqual({ improved: [], declined: [] });
  });
});
