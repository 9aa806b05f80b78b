import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

describe("target and reading events", () => {
  it("say what changed, on which touchpoint or journey", () => {
    const on = { measureName: "CSAT", touchpointName: "Payment reminder" };
    expect(describeAuditEvent({ action: "target.set", before: null, after: { ...on, value: 4.2 } })).toBe(
      "Set the CSAT target on Payment reminder to 4.2",
    );
    expect(
      describeAuditEvent({
        action: "target.set",
        before: { ...on, value: 4.2 },
        after: { ...on, value: 4.5 },
      }),
    ).toBe("Changed the CSAT target on Payment reminder from 4.2 to 4.5");
    expect(
      describeAuditEvent({
        action: "target.cleared",
        before: { measureName: "NPS", journeyName: "Renew" },
        after: null,
      }),
    ).toBe("Cleared the NPS target on the journey Renew");
    const reading = { ...on, month: "2026-11" };
    expect(
      describeAuditEvent({ action: "reading.recorded", before: null, after: { ...reading, value: 3.1 } }),
    ).toBe("Recorded CSAT for 2026-11 on Payment reminder: 3.1");
    expect(
      describeAuditEvent({
        action: "reading.recorded",
        before: { ...reading, value: 3.1 },
        after: { ...reading, value: 3.4 },
      }),
    ).toBe("Replaced CSAT for 2026-11 on Payment reminder: 3.1 → 3.4");
  });

  it("read sensibly when fields are missing or of the wrong type", () => {
    expect(describeAuditEvent({ action: "target.set", before: null, after: { value: "4" } })).toBe(
      "Set a target",
    );
    expect(describeAuditEvent({ action: "reading.recorded", before: 7, after: [] })).toBe(
      "Recorded a reading",
    );
  });
});
