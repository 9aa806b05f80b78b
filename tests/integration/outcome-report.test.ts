// The outcome report (issue #14, items 5-7): what the database reads equals DESIGN.md's rules applied to the
// same rows in memory, for generated workspaces and every filter; and GET /api/v1/outcomes answers it.
import { randomUUID } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/outcomes/route";
import { getPrisma } from "../../lib/db/client";
import { getOutcomeReport } from "../../lib/outcomes/report-queries";
import {
  addMonths,
  type EvaluatedTarget,
  type MeasureScale,
  type Month,
  scorecards,
  targetOutcome,
  unownedPain,
} from "../../lib/outcomes/rules";
import { registerTestDb } from "../setup/test-db";
import { joinAsLead, signInAsLeadOfNewWorkspaces } from "./auth";
import { insertWorkspace, workspaceArb } from "./coverage-workspace-arb";
import * as f from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const MONTH: Month = "2026-06";
const MEASURES: (MeasureScale & { name: string })[] = [
  { name: "CSAT", kind: "SCORE", direction: "HIGHER", scaleMin: 1, scaleMax: 5 },
  { name: "Complaints", kind: "COUNT", direction: "LOWER", scaleMin: null, scaleMax: null },
];

/** Per scope: a target per measure or none, and readings in M-2..M (only M and M-1 may count). */
const scopeOutcomesArb = fc.array(
  fc.record({
    target: fc.option(fc.integer({ min: 1, max: 5 }), { freq: 2 }),
    readings: fc.array(fc.option(fc.integer({ min: 1, max: 5 })), { minLength: 3, maxLength: 3 }),
  }),
  { minLength: MEASURES.length, maxLength: MEASURES.length },
);

async function api(query: string) {
  const response = await GET(new Request(`http://localhost/api/v1/outcomes?${query}`));
  return { status: response.status, body: await response.json() };
}

describe("outcome report", () => {
  it("equals the rules applied in memory, for generated workspaces, months and filters", async () => {
    await fc.assert(
      fc.asyncProperty(
        workspaceArb.chain((spec) => {
          const touchpoints = spec.flat(2).length;
          return fc.record({
            spec: fc.constant(spec),
            touchpoints: fc.array(scopeOutcomesArb, { minLength: touchpoints, maxLength: touchpoints }),
            journeys: fc.array(scopeOutcomesArb, { minLength: spec.length, maxLength: spec.length }),
            filter: fc.constantFrom("none", "journey", "department"),
          });
        }),
        async ({ spec, touchpoints, journeys, filter }) => {
          const prisma = await getPrisma();
          const made = await insertWorkspace(spec);
          const workspaceId = made.workspace.id;
          const measures = MEASURES.map((m) => ({ ...m, id: randomUUID(), workspaceId, unit: "" }));
          await prisma.measure.createMany({ data: measures });
          const targets: { id: string; measureId: string; journeyId: string; touchpointId: string | null }[] =
            [];
          const evaluated: EvaluatedTarget[] = [];
          const readings = [];
          const scopes = [
            ...made.touchpoints.map((t, i) => ({ ...t, touchpointId: t.id, outcomes: touchpoints[i]! })),
            ...made.journeyIds.map((id, i) => ({
              id,
              journeyId: id,
              stageId: null,
              touchpointId: null,
              outcomes: journeys[i]!,
            })),
          ];
          for (const scope of scopes) {
            const index = made.touchpointIds.indexOf(scope.id);
            for (const [m, measure] of measures.entries()) {
              const { target, readings: values } = scope.outcomes[m]!;
              const byMonth = new Map<Month, number>();
              for (const [back, value] of values.entries()) {
                if (value === null) continue;
                const month = addMonths(MONTH, -back);
                byMonth.set(month, value);
                readings.push({
                  workspaceId,
                  measureId: measure.id,
                  journeyId: scope.journeyId,
                  touchpointId: scope.touchpointId,
                  scopeId: scope.id,
                  month,
                  value,
                });
              }
              if (target === null) continue;
              const id = randomUUID();
              targets.push({
                id,
                measureId: measure.id,
                journeyId: scope.journeyId,
                touchpointId: scope.touchpointId,
              });
              evaluated.push({
                id,
                measureId: measure.id,
                journeyId: scope.journeyId,
                stageId: scope.stageId,
                touchpointId: scope.touchpointId,
                touchpointStatus: index < 0 ? null : made.statuses[index]!,
                ownerDepartmentId: index < 0 ? null : made.owners[index]!,
                outcome: targetOutcome({ measure, target, month: MONTH, readings: byMonth }),
              });
              await prisma.outcomeTarget.create({
                data: {
                  id,
                  workspaceId,
                  measureId: measure.id,
                  journeyId: scope.journeyId,
                  touchpointId: scope.touchpointId,
                  scopeId: scope.id,
                  value: target,
                },
              });
            }
          }
          await prisma.outcomeReading.createMany({ data: readings });

          // The filter: the first journey, or a department with something on most generated maps.
          const department = made.departments[0]!.id;
          const journeyId = made.journeyIds[0]!;
          const cells = spec.flat(2);
          const inView = (t: EvaluatedTarget): boolean => {
            if (filter === "journey") return t.journeyId === journeyId;
            if (filter !== "department") return true;
            if (t.touchpointId === null) return false;
            const cell = cells[made.touchpoints.findIndex((tp) => tp.id === t.touchpointId)]![0]!;
            return cell.role !== null || cell.claim?.status === "PENDING";
          };
          const expected = evaluated.filter(inView);
          const cards = scorecards(expected);
          const report = await getOutcomeReport({
            workspaceId,
            month: MONTH,
            filters:
              filter === "journey"
                ? { journeyId }
                : filter === "department"
                  ? { departmentId: department }
                  : {},
          });

          expect(report.totals).toEqual(cards.totals);
          expect(
            report.targets.map((t) => [t.id, t.outcome, t.touchpointStatus, t.ownerDepartmentId]).sort(),
          ).toEqual(expected.map((t) => [t.id, t.outcome, t.touchpointStatus, t.ownerDepartmentId]).sort());
          for (const d of report.departments) {
            const counts = cards.departments.get(d.id) ?? {
              targets: 0,
              onTarget: 0,
              offTarget: 0,
              noData: 0,
            };
            expect(d).toMatchObject(counts);
          }
          for (const j of report.journeys) {
            const own = cards.journeyOwn.get(j.id) ?? { targets: 0, onTarget: 0, offTarget: 0, noData: 0 };
            expect(j).toMatchObject(own);
            expect(j.touchpoints).toEqual(
              cards.journeys.get(j.id) ?? { targets: 0, onTarget: 0, offTarget: 0, noData: 0 },
            );
          }
          expect(report.journeys.map((j) => j.id)).toEqual(
            filter === "journey" ? [journeyId] : made.journeyIds,
          );
          const pain = unownedPain(expected);
          expect(report.unownedPain.map((p) => [p.touchpoint.id, p.status, p.misses.length])).toEqual(
            pain.map((p) => [p.touchpointId, p.touchpointStatus, p.misses.length]),
          );
          expect(report.unownedPain.map((p) => p.measure.id)).toEqual(
            pain.map((p) => p.misses[0]!.measureId),
          );
        },
      ),
      { numRuns: 25 },
    );
  });

  it("reads the month before when the month has no reading, and answers the API with its shape", async () => {
    const prisma = await getPrisma();
    const mapped = await f.createMappedWorkspace({ departments: 2 });
    const workspaceId = mapped.workspace.id;
    await joinAsLead(workspaceId);
    const billing = mapped.departments[0]!;
    const sales = mapped.departments[1]!;
    const contested = await f.createTouchpoint({ stageId: mapped.stage.id, name: "Payment reminder" });
    await f.setRole({ touchpointId: mapped.touchpoint.id, departmentId: billing.id, role: "A" });
    await f.setRole({ touchpointId: contested.id, departmentId: billing.id, role: "A" });
    await f.setRole({ touchpointId: contested.id, departmentId: sales.id, role: "A" });
    const csat = await prisma.measure.create({
      data: {
        workspaceId,
        name: "CSAT",
        kind: "SCORE",
        direction: "HIGHER",
        scaleMin: 1,
        scaleMax: 5,
        unit: "pts",
      },
    });
    const scope = (touchpointId: string | null) => ({
      workspaceId,
      measureId: csat.id,
      journeyId: mapped.journey.id,
      touchpointId,
      scopeId: touchpointId ?? mapped.journey.id,
    });
    await prisma.outcomeTarget.createMany({
      data: [
        { ...scope(mapped.touchpoint.id), value: 4 },
        { ...scope(contested.id), value: 4.2 },
        { ...scope(null), value: 4 },
      ],
    });
    await prisma.outcomeReading.createMany({
      data: [
        { ...scope(mapped.touchpoint.id), month: "2026-05", value: 4.5 },
        { ...scope(contested.id), month: "2026-04", value: 3.1 },
        { ...scope(contested.id), month: "2026-05", value: 3.1 },
      ],
    });
    const may = await getOutcomeReport({ workspaceId, month: "2026-05" });
    expect(may.totals).toEqual({ targets: 3, onTarget: 1, offTarget: 1, noData: 1 });
    // June has no readings: May's stand in. July has neither month.
    const june = await getOutcomeReport({ workspaceId, month: "2026-06" });
    expect(june.totals).toEqual(may.totals);
    const july = await getOutcomeReport({ workspaceId, month: "2026-07" });
    expect(july.totals).toEqual({ targets: 3, onTarget: 0, offTarget: 0, noData: 3 });

    const { status, body } = await api(`workspace=${mapped.workspace.slug}&month=2026-06`);
    expect(status).toBe(200);
    expect(body.month).toBe("2026-06");
    expect(body.totals).toEqual(may.totals);
    expect(body.unownedPain).toEqual([
      expect.objectContaining({
        touchpoint: { id: contested.id, name: "Payment reminder" },
        journey: { id: mapped.journey.id, name: mapped.journey.name },
        stage: { id: mapped.stage.id, name: mapped.stage.name },
        status: "CONTESTED",
        measure: expect.objectContaining({ id: csat.id, name: "CSAT", kind: "score", min: 1, max: 5 }),
        target: 4.2,
        value: 3.1,
        readingMonth: "2026-05",
      }),
    ]);
    expect(body.departments).toEqual([
      { id: billing.id, name: expect.any(String), targets: 1, onTarget: 1, offTarget: 0, noData: 0 },
      { id: sales.id, name: expect.any(String), targets: 0, onTarget: 0, offTarget: 0, noData: 0 },
    ]);
    expect(body.journeys).toEqual([
      expect.objectContaining({ id: mapped.journey.id, owner: null, targets: 1, noData: 1 }),
    ]);
  });

  it("refuses bad parameters and filters naming nothing in the workspace", async () => {
    const mapped = await f.createMappedWorkspace();
    await joinAsLead(mapped.workspace.id);
    const other = await f.createMappedWorkspace();
    const slug = mapped.workspace.slug;
    expect((await api(`workspace=${slug}&month=2026-13`)).status).toBe(400);
    expect((await api(`workspace=${slug}&journey=nope`)).status).toBe(400);
    expect((await api(`workspace=${slug}&colour=red`)).status).toBe(400);
    expect((await api(`workspace=${slug}&journey=${other.journey.id}`)).status).toBe(404);
    expect((await api(`workspace=${slug}&department=${other.departments[0]!.id}`)).status).toBe(404);
    const ok = await api(`workspace=${slug}&journey=${mapped.journey.id}`);
    expect(ok.status).toBe(200);
    expect(ok.body.filters).toEqual({ journey: mapped.journey.id, department: null });
    expect(ok.body.totals).toEqual({ targets: 0, onTarget: 0, offTarget: 0, noData: 0 });
  });
});
