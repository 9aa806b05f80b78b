import { afterEach, describe, expect, it, vi } from "vitest";
import { DEV_AUTH_SECRET, getAuthSecret, getEnv, resetEnvForTesting } from "./env";

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvForTesting();
});

describe("the session secret", () => {
  it("is required in production: without NEXTAUTH_SECRET the server refuses to start", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    resetEnvForTesting();
    expect(() => getAuthSecret()).toThrow(/NEXTAUTH_SECRET is not set/);
  });

  it("never falls back to the public development default in production, even when set to it", () => {
    expect(() => getAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: undefined })).toThrow();
    expect(() => getAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: DEV_AUTH_SECRET })).toThrow(
      /development default/,
    );
    expect(getAuthSecret({ NODE_ENV: "production", NEXTAUTH_SECRET: "s3cret-from-the-operator" })).toBe(
      "s3cret-from-the-operator",
    );
  });

  it("uses the fixed development default in development and tests", () => {
    expect(getAuthSecret({ NODE_ENV: "development", NEXTAUTH_SECRET: undefined })).toBe(DEV_AUTH_SECRET);
    expect(getAuthSecret({ NODE_ENV: "test", NEXTAUTH_SECRET: undefined })).toBe(DEV_AUTH_SECRET);
    vi.stubEnv("NODE_ENV", "test");
    vi.stubEnv("NEXTAUTH_SECRET", "from-the-environment");
    resetEnvForTesting();
    expect(getEnv().NEXTAUTH_SECRET).toBe("from-the-environment");
    expect(getAuthSecret()).toBe("from-the-environment");
  });
});
