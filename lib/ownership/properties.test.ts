import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getHandoffs, type JourneyTouchpoint, summarizeHandoffs } from "./handoffs";
import { sortJourney } from "./journey";
import { getDepartmentIdsWithRole, getDepartmentLoad, hasAnyRole, RACI_ROLES } from "./roles";
import { getCoverage, getStageStatus, getTouchpointOwnership, TOUCHPOINT_STATUSES } from "./status";

// Small pool so collisions (contests, same-owner runs, bridges) are frequent.
const DEPARTMENTS = ["d0", "d1", "d2", "d3", "d4"] as const;
const roleArb = fc.constantFrom(...RACI_ROLES);

// At most one role per department: each department gets one optional role.
const touchpointArb = fc
  .record({
    roles: fc.tuple(...DEPARTMENTS.map(() => fc.option(roleArb))),
    openClaims: fc.array(fc.record({ departmentId: fc.constantFrom(...DEPARTMENTS), role: roleArb }), {
      maxLength: 3,
    }),
  })
  .map(({ roles, openClaims }) => ({
    assignments: DEPARTMENTS.flatMap((departmentId, i) => {
      const role = roles[i];
      return role ? [{ departmentId, role }] : [];
    }),
    openClaims,
  }));

const journeyArb = fc
  .array(touchpointArb, { maxLength: 12 })
  .map((tps): JourneyTouchpoint[] => tps.map((tp, i) => ({ id: `tp${i}`, ...tp })));

const statusesArb = fc.array(fc.constantFrom(...TOUCHPOINT_STATUSES), { maxLength: 20 });

describe("ownership properties", () => {
  it("coverage ratio is in [0,1], and null iff there are no touchpoints", () => {
    fc.assert(
      fc.property(statusesArb, (statuses) => {
        const { ratio, total } = getCoverage(statuses);
        expect(ratio === null).toBe(total === 0);
        if (ratio !== null) expect(ratio >= 0 && ratio <= 1).toBe(true);
      }),
    );
  });

  it("owned + unowned + contested = total", () => {
    fc.assert(
      fc.property(statusesArb, (statuses) => {
        const c = getCoverage(statuses);
        expect(c.owned + c.unowned + c.contested).toBe(c.total);
        expect(c.total).toBe(statuses.length);
      }),
    );
  });

  it("giving a second department A never makes a touchpoint OWNED", () => {
    fc.assert(
      fc.property(
        touchpointArb,
        fc.constantFrom(...DEPARTMENTS),
        fc.constantFrom(...DEPARTMENTS),
        (tp, first, second) => {
          fc.pre(first !== second);
          // Replace whatever the two departments held, keeping one role per department.
          const others = tp.assignments.filter((a) => a.departmentId !== first && a.departmentId !== second);
          const assignments = [
            ...others,
            { departmentId: first, role: "A" as const },
            { departmentId: second, role: "A" as const },
          ];
          expect(getTouchpointOwnership({ ...tp, assignments }).status).toBe("CONTESTED");
        },
      ),
    );
  });

  it("OWNED ⇔ ownerId set, and the owner is the unique A holder", () => {
    fc.assert(
      fc.property(touchpointArb, (tp) => {
        const ownership = getTouchpointOwnership(tp);
        const holders = getDepartmentIdsWithRole(tp.assignments, "A");
        expect(ownership.ownerId !== null).toBe(ownership.status === "OWNED");
        if (ownership.status !== "OWNED") return;
        expect(holders).toEqual([ownership.ownerId]);
        const rivals = tp.openClaims.filter((c) => c.role === "A" && c.departmentId !== ownership.ownerId);
        expect(rivals).toEqual([]);
      }),
    );
  });

  it("stage status is consistent with its touchpoints", () => {
    fc.assert(
      fc.property(fc.array(touchpointArb, { maxLength: 8 }), (tps) => {
        const statuses = tps.map((tp) => getTouchpointOwnership(tp).status);
        const stage = getStageStatus(statuses);
        expect(stage === "EMPTY").toBe(statuses.length === 0);
        expect(stage === "CONTESTED").toBe(statuses.includes("CONTESTED"));
        expect(stage === "UNOWNED").toBe(statuses.includes("UNOWNED") && !statuses.includes("CONTESTED"));
        expect(stage === "OWNED").toBe(statuses.length > 0 && statuses.every((s) => s === "OWNED"));
      }),
    );
  });

  it("handoffs are exactly the consecutive OWNED pairs with different owners", () => {
    fc.assert(
      fc.property(journeyArb, (journey) => {
        const owners = journey.map((tp) => getTouchpointOwnership(tp).ownerId);
        const handoffs = getHandoffs(journey);
        expect(handoffs.length).toBeLessThanOrEqual(Math.max(journey.length - 1, 0));

        const expectedCount = owners.filter((to, i) => {
          const from = owners[i - 1];
          return i > 0 && from != null && to !== null && from !== to;
        }).length;
        expect(handoffs.length).toBe(expectedCount);

        for (const h of handoffs) {
          const i = journey.findIndex((tp) => tp.id === h.fromTouchpointId);
          const from = journey[i];
          const to = journey[i + 1];
          if (!from || !to) throw new Error("handoff must join two existing touchpoints");
          expect(to.id).toBe(h.toTouchpointId);
          expect(owners[i]).toBe(h.fromDepartmentId);
          expect(owners[i + 1]).toBe(h.toDepartmentId);
          expect(h.fromDepartmentId).not.toBe(h.toDepartmentId);
          const isBridged = hasAnyRole(to, h.fromDepartmentId) || hasAnyRole(from, h.toDepartmentId);
          expect(h.isBridged).toBe(isBridged);
        }

        // Unbridged first: no unbridged handoff may follow a bridged one.
        const firstBridged = handoffs.findIndex((h) => h.isBridged);
        if (firstBridged >= 0) expect(handoffs.slice(firstBridged).every((h) => h.isBridged)).toBe(true);
      }),
    );
  });

  it("handoff summary totals match the handoffs and stay sorted", () => {
    fc.assert(
      fc.property(fc.array(journeyArb, { maxLength: 4 }), (journeys) => {
        const byJourney = journeys.map((journey, i) => ({
          journeyId: `j${i}`,
          handoffs: getHandoffs(journey),
        }));
        const summary = summarizeHandoffs(byJourney);
        const total = byJourney.reduce((acc, j) => acc + j.handoffs.length, 0);
        expect(summary.reduce((acc, p) => acc + p.count, 0)).toBe(total);
        for (const pair of summary) expect(pair.bridged + pair.unbridged).toBe(pair.count);
        summary.slice(1).forEach((pair, i) => {
          const prev = summary[i];
          if (!prev) return;
          expect(
            prev.unbridged > pair.unbridged ||
              (prev.unbridged === pair.unbridged && prev.count >= pair.count),
          ).toBe(true);
        });
      }),
    );
  });

  it("department load sums equal the number of A and R assignments", () => {
    fc.assert(
      fc.property(fc.array(touchpointArb, { maxLength: 10 }), (tps) => {
        const load = getDepartmentLoad({ departmentIds: DEPARTMENTS, touchpoints: tps });
        const countRole = (role: string): number =>
          tps.reduce((acc, tp) => acc + tp.assignments.filter((a) => a.role === role).length, 0);
        expect(load.map((l) => l.departmentId)).toEqual([...DEPARTMENTS]);
        expect(load.reduce((acc, l) => acc + l.accountable, 0)).toBe(countRole("A"));
        expect(load.reduce((acc, l) => acc + l.responsible, 0)).toBe(countRole("R"));
      }),
    );
  });

  it("journey order keeps known-stage touchpoints, sorted by stage then touchpoint position", () => {
    const stageIds: readonly string[] = ["s0", "s1", "s2", "s3"];
    const positionArb = fc.integer({ min: 0, max: 5 });
    const stagesArb = fc.uniqueArray(fc.record({ id: fc.constantFrom(...stageIds), position: positionArb }), {
      selector: (stage) => stage.id,
    });
    // "gone" is a stage that no longer exists: its touchpoints must be dropped.
    const touchpointsArb = fc.array(
      fc.record({ stageId: fc.constantFrom(...stageIds, "gone"), position: positionArb }),
    );
    fc.assert(
      fc.property(stagesArb, touchpointsArb, (stages, touchpoints) => {
        const ordered = sortJourney({ stages, touchpoints });
        const stagePosition = new Map<string, number>(stages.map((s) => [s.id, s.position]));
        expect(ordered.length).toBe(touchpoints.filter((tp) => stagePosition.has(tp.stageId)).length);
        ordered.slice(1).forEach((tp, i) => {
          const prev = ordered[i];
          if (!prev) return;
          expect(stagePosition.get(prev.stageId) ?? 0).toBeLessThanOrEqual(
            stagePosition.get(tp.stageId) ?? 0,
          );
          if (prev.stageId === tp.stageId) expect(prev.position).toBeLessThanOrEqual(tp.position);
        });
      }),
    );
  });
});
