import fc from "fast-check";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { generateWebhookSecret, signingSecrets, signWebhook, webhookHeaders } from "./signing";

describe("Standard Webhooks signatures", () => {
  it("match the standardwebhooks package's for any id, time and body", () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.integer({ min: 1_600_000_000, max: 2_000_000_000 }),
        fc.string({ unit: "grapheme" }),
        (id, timestamp, body) => {
          const secret = generateWebhookSecret();
          expect(signWebhook({ secret, id, timestamp, body })).toBe(
            new Webhook(secret).sign(id, new Date(timestamp * 1000), body),
          );
        },
      ),
    );
  });

  it("makes a whsec_ secret of 32 random bytes", () => {
    const secret = generateWebhookSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    expect(generateWebhookSecret()).not.toBe(secret);
  });

  it("signs with the previous secret too until its overlap ends", () => {
    const now = new Date("2026-11-30T12:00:00Z");
    const endpoint = {
      secret: "whsec_new",
      previousSecret: "whsec_old",
      previousSecretExpiresAt: new Date("2026-12-01T12:00:00Z"),
    };
    expect(signingSecrets(endpoint, now)).toEqual(["whsec_new", "whsec_old"]);
    expect(signingSecrets(endpoint, new Date("2026-12-01T12:00:00Z"))).toEqual(["whsec_new"]);
    expect(signingSecrets({ ...endpoint, previousSecret: null }, now)).toEqual(["whsec_new"]);
    const headers = webhookHeaders({
      id: "msg_1",
      timestamp: 1,
      body: "{}",
      secrets: signingSecrets(endpoint, now),
    });
    expect(headers["webhook-signature"]?.split(" ")).toHaveLength(2);
  });
});
