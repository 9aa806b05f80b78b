import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

const url = "https://hooks.example.com/throughline";

describe("webhook events", () => {
  it.each([
    ["webhook.created", null, { url }, `Added a webhook to ${url}`],
    ["webhook.updated", { url: "https://old.example.com" }, { url }, `Changed the webhook to ${url}`],
    ["webhook.activated", null, { url }, `Switched on the webhook to ${url}`],
    ["webhook.deactivated", null, { url }, `Switched off the webhook to ${url}`],
    ["webhook.deleted", { url }, null, `Deleted the webhook to ${url}`],
    ["webhook.secret_rotated", null, { url }, `Rotated the signing secret of the webhook to ${url}`],
    [
      "webhook.delivery_resent",
      null,
      { url, eventType: "claim.created" },
      `Resent a claim.created delivery to ${url}`,
    ],
  ])("%s", (action, before, after, text) => {
    expect(describeAuditEvent({ action, before, after })).toBe(text);
  });

  it("read missing or malformed fields as unknown", () => {
    expect(describeAuditEvent({ action: "webhook.created", before: null, after: "junk" })).toBe(
      "Added a webhook to an address",
    );
    expect(describeAuditEvent({ action: "webhook.delivery_resent", before: 3, after: null })).toBe(
      "Resent a delivery to an address",
    );
  });
});
