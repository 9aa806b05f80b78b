import { describe, expect, it } from "vitest";
import type { TargetRow } from "./sheet-parse";
import { indexNames, resolveRows, type SheetMeasure } from "./sheet-resolve";

const CSAT: SheetMeasure = {
  id: "m1",
  name: "CSAT",
  kind: "SCORE",
  direction: "HIGHER",
  scaleMin: 1,
  scaleMax: 5,
};
const COMPLAINTS: SheetMeasure = {
  id: "m2",
  name: "Complaints",
  kind: "COUNT",
  direction: "LOWER",
  scaleMin: null,
  scaleMax: null,
};
const index = indexNames({
  journeys: [
    { id: "j1", name: "Buy" },
    { id: "j2", name: "Renew" },
  ],
  stages: [
    { id: "s1", journeyId: "j1", name: "Pay" },
    { id: "s2", journeyId: "j2", name: "Pay" },
  ],
  touchpoints: [
    { id: "t1", stageId: "s1", name: "Checkout" },
    { id: "t2", stageId: "s2", name: "Checkout" },
  ],
  measures: [CSAT, COMPLAINTS],
});

const row = (fields: Partial<TargetRow>): TargetRow => ({
  row: 2,
  journey: "Buy",
  stage: "Pay",
  touchpoint: "Checkout",
  measure: "CSAT",
  value: 4,
  ...fields,
});

describe("resolveRows", () => {
  it("finds each touchpoint within its own journey and stage, and a journey's own scope", () => {
    const resolved = resolveRows(
      index,
      [row({}), row({ row: 3, journey: "Renew" }), row({ row: 4, stage: "", touchpoint: "" })],
      { valueColumn: "target" },
    );
    expect(
      resolved.ok && resolved.rows.map((r) => [r.journeyId, r.touchpointId, r.scopeId, r.measure.id]),
    ).toEqual([
      ["j1", "t1", "t1", "m1"],
      ["j2", "t2", "t2", "m1"],
      ["j1", null, "j1", "m1"],
    ]);
  });

  it("matches names exactly, as the RACI sheet does, and names each unknown one", () => {
    const resolved = resolveRows(
      index,
      [
        row({ journey: "buy" }),
        row({ row: 3, stage: "Compare" }),
        row({ row: 4, touchpoint: "checkout" }),
        row({ row: 5, measure: "NPS", journey: "Sell" }),
      ],
      { valueColumn: "target" },
    );
    expect(resolved).toEqual({
      ok: false,
      errorCount: 5,
      errors: [
        { row: 2, column: "journey", message: "No journey is named “buy”." },
        { row: 3, column: "stage", message: "The journey “Buy” has no stage named “Compare”." },
        {
          row: 4,
          column: "touchpoint",
          message: "The stage “Pay” of “Buy” has no touchpoint named “checkout”.",
        },
        { row: 5, column: "measure", message: expect.stringContaining("No measure is named “NPS”") },
        { row: 5, column: "journey", message: "No journey is named “Sell”." },
      ],
    });
  });

  it("refuses values off the measure's scale, never clamping them, but not a cleared target", () => {
    const resolved = resolveRows(
      index,
      [
        row({ value: 6 }),
        row({ row: 3, measure: "Complaints", value: 1.5 }),
        row({ row: 4, measure: "Complaints", value: null }),
      ],
      { valueColumn: "target" },
    );
    expect(resolved).toMatchObject({
      ok: false,
      errors: [
        { row: 2, column: "target", message: "CSAT must be between 1 and 5." },
        { row: 3, column: "target", message: "Complaints must be a whole number." },
      ],
    });
  });

  it("reports refused scopes against the touchpoint, or the journey for its own", () => {
    const resolved = resolveRows(index, [row({}), row({ row: 3, stage: "", touchpoint: "" })], {
      valueColumn: "value",
      refuse: (scope) => (scope.touchpointId === "t1" ? null : "Not yours."),
    });
    expect(resolved).toEqual({
      ok: false,
      errorCount: 1,
      errors: [{ row: 3, column: "journey", message: "Not yours." }],
    });
  });
});
