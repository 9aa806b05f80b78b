import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

describe("verification events", () => {
  it("say who confirmed what, alone or as part of a batch", () => {
    const after = { touchpointName: "Payment reminder", departmentName: "Billing" };
    expect(describeAuditEvent({ action: "ownership.confirmed", before: null, after })).toBe(
      "Confirmed Billing still owns Payment reminder",
    );
    expect(
      describeAuditEvent({ action: "ownership.confirmed", before: null, after: { ...after, together: 12 } }),
    ).toBe("Confirmed Billing still owns Payment reminder (one of 12 confirmed together)");
    expect(describeAuditEvent({ action: "ownership.confirmed", before: null, after: null })).toBe(
      "Confirmed its department still owns a touchpoint",
    );
  });

  it("say the new cadence and the old one", () => {
    expect(
      describeAuditEvent({
        action: "workspace.verification_cadence_set",
        before: { days: 90 },
        after: { days: 30 },
      }),
    ).toBe("Set ownership to be confirmed every 30 days (was 90)");
    expect(
      describeAuditEvent({ action: "workspace.verification_cadence_set", before: "junk", after: 7 }),
    ).toBe("Changed how often ownership is confirmed");
  });
});
