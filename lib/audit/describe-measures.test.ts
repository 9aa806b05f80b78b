import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

const text = (action: string, before: unknown = null, after: unknown = null) =>
  describeAuditEvent({ action, before, after });

const CSAT = { name: "CSAT", kind: "SCORE", direction: "HIGHER", scale: { min: 1, max: 5 }, unit: "" };

describe("measure events", () => {
  it("names the measure with its kind, scale and direction when created", () => {
    expect(text("measure.created", null, CSAT)).toBe("Created measure CSAT (score 1 to 5, higher is better)");
    expect(
      text("measure.created", null, { name: "Complaints", kind: "COUNT", direction: "LOWER", scale: null }),
    ).toBe("Created measure Complaints (count, lower is better)");
  });

  it("says a rename is a rename, and lists what else an edit changed", () => {
    expect(text("measure.updated", CSAT, { ...CSAT, name: "Satisfaction" })).toBe(
      "Renamed measure CSAT to Satisfaction",
    );
    expect(
      text("measure.updated", CSAT, {
        ...CSAT,
        name: "Satisfaction",
        scale: { min: 1, max: 10 },
        direction: "LOWER",
        unit: "points",
      }),
    ).toBe(
      "Updated measure Satisfaction: renamed from CSAT, score 1 to 5 → score 1 to 10, now lower is better, unit “points”",
    );
    expect(text("measure.updated", CSAT, { ...CSAT, kind: "PERCENT", scale: null })).toBe(
      "Updated measure CSAT: score 1 to 5 → percent",
    );
  });

  it("says how many targets and readings went with a deleted measure", () => {
    expect(text("measure.deleted", { ...CSAT, targets: 3, readings: 120 })).toBe(
      "Deleted measure CSAT with 3 targets and 120 readings",
    );
    expect(text("measure.deleted", { ...CSAT, targets: 1, readings: 0 })).toBe(
      "Deleted measure CSAT with 1 target",
    );
    expect(text("measure.deleted", { ...CSAT, targets: 0, readings: 0 })).toBe("Deleted measure CSAT");
  });

  it("counts an import", () => {
    expect(text("measures.imported", null, { created: 2, updated: 1, unchanged: 4 })).toBe(
      "Imported measures: 2 created, 1 updated",
    );
  });

  it("reads events with missing or mistyped fields", () => {
    expect(text("measure.created")).toBe("Created a measure");
    expect(text("measure.updated", "garbage", [1])).toBe("Updated a measure");
    expect(text("measure.deleted", { name: 7, targets: "3" })).toBe("Deleted a measure");
    expect(text("measures.imported", null, null)).toBe("Imported measures: 0 created, 0 updated");
    expect(text("measure.created", null, { name: "X", kind: "ODD", scale: { min: "1" } })).toBe(
      "Created measure X",
    );
  });
});
