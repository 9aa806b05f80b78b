import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

describe("describing notification choices", () => {
  it("names each kind and its new mode, and says when a link did it", () => {
    const after = { changes: [{ kind: "claim.created", mode: "DIGEST" }], via: "settings" };
    expect(describeAuditEvent({ action: "notifications.preferences_set", before: null, after })).toBe(
      "Changed their email notifications: A claim is waiting for a decision: daily digest",
    );
    const link = { changes: [{ kind: "verification.due", mode: "OFF" }], via: "link" };
    expect(describeAuditEvent({ action: "notifications.preferences_set", before: null, after: link })).toBe(
      "Changed their email notifications (from an unsubscribe link): Your department's ownership is due to be confirmed: off",
    );
  });

  it("survives a malformed event", () => {
    expect(describeAuditEvent({ action: "notifications.preferences_set", before: 1, after: "x" })).toBe(
      "Changed their email notifications",
    );
  });
});
