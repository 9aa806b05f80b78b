import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

const text = (action: string, after: unknown = null) => describeAuditEvent({ action, before: null, after });

describe("targets and readings sheet imports", () => {
  it("counts what a targets import set, changed and cleared, and for which measures", () => {
    expect(
      text("targets.imported", {
        created: 3,
        updated: 1,
        cleared: 2,
        unchanged: 9,
        measureNames: ["CSAT", "NPS"],
      }),
    ).toBe("Imported targets of CSAT and NPS: 3 set, 1 changed, 2 cleared");
    expect(text("targets.imported", { created: 0, updated: 2, cleared: 0, measureNames: ["CSAT"] })).toBe(
      "Imported targets of CSAT: 2 changed",
    );
  });

  it("counts what a readings import recorded and replaced, with its months", () => {
    expect(
      text("readings.imported", {
        created: 120,
        replaced: 4,
        unchanged: 0,
        from: "2026-01",
        to: "2026-12",
        measureNames: ["CSAT", "Effort", "NPS", "Complaints", "On time"],
      }),
    ).toBe(
      "Imported readings of CSAT, Effort, NPS and 2 more for 2026-01 to 2026-12: 120 readings recorded, 4 replaced",
    );
    expect(text("readings.imported", { created: 1, replaced: 0, from: "2026-11", to: "2026-11" })).toBe(
      "Imported readings for 2026-11: 1 reading recorded",
    );
  });

  it("reads events with missing or mistyped fields", () => {
    expect(text("targets.imported")).toBe("Imported targets: no changes");
    expect(text("readings.imported", { created: "5", measureNames: "CSAT", from: 2026 })).toBe(
      "Imported readings: no changes",
    );
  });
});
