// HSTS once the app's address is https, and a loud warning at start when production runs without it.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvForTesting } from "../../lib/env";
import { describeInsecureAddress } from "../../lib/startup/prepare";
import { proxy } from "../../proxy";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTesting();
});

function withAddress(url: string | undefined, nodeEnv: "production" | "development" = "production") {
  vi.stubEnv("NODE_ENV", nodeEnv);
  vi.stubEnv("NEXTAUTH_URL", url ?? "");
  resetEnvForTesting();
}

describe("Strict-Transport-Security", () => {
  it("is sent on pages and API answers when NEXTAUTH_URL is https", () => {
    withAddress("https://throughline.example.com");
    for (const path of ["/w/demo", "/api/v1/coverage?workspace=demo", "/api/v1/openapi.json"]) {
      const response = proxy(new NextRequest(`https://throughline.example.com${path}`));
      expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
    }
  });

  it("is not sent over plain http, where a browser would ignore it anyway", () => {
    withAddress("http://127.0.0.1:3000");
    expect(
      proxy(new NextRequest("http://127.0.0.1:3000/w/demo")).headers.get("strict-transport-security"),
    ).toBeNull();
  });
});

describe("describeInsecureAddress", () => {
  it("warns in production without an https NEXTAUTH_URL, and only then", () => {
    withAddress(undefined);
    expect(describeInsecureAddress()).toMatch(/without HTTPS: NEXTAUTH_URL is not set/);
    withAddress("http://throughline.example.com");
    expect(describeInsecureAddress()).toMatch(/NEXTAUTH_URL is http:\/\/throughline\.example\.com/);
    withAddress("https://throughline.example.com");
    expect(describeInsecureAddress()).toBeNull();
    withAddress(undefined, "development");
    expect(describeInsecureAddress()).toBeNull();
  });
});
