import { describe, expect, it } from "vitest";
import { describeAuditEvent } from "./describe";

const text = (action: string, before: unknown = null, after: unknown = null) =>
  describeAuditEvent({ action, before, after });

describe("API token events", () => {
  it("names the token, and whose it was when a CX lead revoked someone else's", () => {
    expect(text("api_token.created", null, { name: "CI export" })).toBe("Created API token CI export");
    expect(text("api_token.revoked", { name: "CI export" })).toBe("Revoked API token CI export");
    expect(
      text("api_token.revoked", {
        name: "CI export",
        ownerName: "Ada Lovelace",
        ownerEmail: "ada@example.com",
      }),
    ).toBe("Revoked API token CI export, created by Ada Lovelace (ada@example.com)");
    expect(text("api_token.revoked", { name: "CI export", ownerEmail: "ada@example.com" })).toBe(
      "Revoked API token CI export, created by ada@example.com",
    );
  });

  it("reads events without names, as revocations were recorded before", () => {
    expect(text("api_token.revoked")).toBe("Revoked an API token");
    expect(text("api_token.created", null, { name: 7 })).toBe("Created an API token");
    expect(text("api_token.revoked", "garbage", [1])).toBe("Revoked an API token");
  });
});
