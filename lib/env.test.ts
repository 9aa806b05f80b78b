import { afterEach, describe, expect, it, vi } from "vitest";
import {
  DEV_AUTH_SECRET,
  getAuthSecret,
  getEnv,
  getOidcConfig,
  getSeedMode,
  resetEnvForTesting,
} from "./env";

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

describe("single sign-on settings", () => {
  it("are off without any OIDC variable", () => {
    vi.stubEnv("OIDC_ISSUER", "");
    vi.stubEnv("OIDC_CLIENT_ID", "");
    vi.stubEnv("OIDC_CLIENT_SECRET", "");
    resetEnvForTesting();
    expect(getOidcConfig()).toBeNull();
  });

  it("are on with the issuer, client id and secret, labelled by OIDC_NAME", () => {
    vi.stubEnv("OIDC_ISSUER", "https://login.example.com/tenant/");
    vi.stubEnv("OIDC_CLIENT_ID", "throughline");
    vi.stubEnv("OIDC_CLIENT_SECRET", "s3cret");
    vi.stubEnv("OIDC_NAME", "Okta");
    resetEnvForTesting();
    expect(getOidcConfig()).toEqual({
      issuer: "https://login.example.com/tenant",
      clientId: "throughline",
      clientSecret: "s3cret",
      name: "Okta",
      allowedDomains: null,
    });
  });

  it("refuse a partial configuration with a message naming the variables", () => {
    vi.stubEnv("OIDC_ISSUER", "https://login.example.com");
    vi.stubEnv("OIDC_CLIENT_ID", "throughline");
    vi.stubEnv("OIDC_CLIENT_SECRET", "");
    resetEnvForTesting();
    expect(() => getEnv()).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together/);
    vi.stubEnv("OIDC_CLIENT_SECRET", "s3cret");
    vi.stubEnv("OIDC_ISSUER", "not a url");
    resetEnvForTesting();
    expect(() => getEnv()).toThrow(/OIDC_ISSUER/);
  });
});

describe("OIDC_ALLOWED_DOMAINS", () => {
  const sso = () => {
    vi.stubEnv("OIDC_ISSUER", "https://login.example.com");
    vi.stubEnv("OIDC_CLIENT_ID", "throughline");
    vi.stubEnv("OIDC_CLIENT_SECRET", "s3cret");
  };

  it("is a comma-separated list of domains, trimmed and lower-cased", () => {
    sso();
    vi.stubEnv("OIDC_ALLOWED_DOMAINS", " Acme.com, eu.acme.co.uk ,");
    resetEnvForTesting();
    expect(getOidcConfig()?.allowedDomains).toEqual(["acme.com", "eu.acme.co.uk"]);
    vi.stubEnv("OIDC_ALLOWED_DOMAINS", "");
    resetEnvForTesting();
    expect(getOidcConfig()?.allowedDomains).toBeNull();
  });

  it("refuses anything that is not a list of domain names, naming the variable", () => {
    sso();
    for (const value of [
      "acme",
      "@acme.com",
      "ann@acme.com",
      "acme .com",
      "*.acme.com",
      "https://acme.com",
      ",",
    ]) {
      vi.stubEnv("OIDC_ALLOWED_DOMAINS", value);
      resetEnvForTesting();
      expect(() => getEnv(), value).toThrow(/OIDC_ALLOWED_DOMAINS/);
    }
  });

  it("needs single sign-on to be configured", () => {
    vi.stubEnv("OIDC_ISSUER", "");
    vi.stubEnv("OIDC_CLIENT_ID", "");
    vi.stubEnv("OIDC_CLIENT_SECRET", "");
    vi.stubEnv("OIDC_ALLOWED_DOMAINS", "acme.com");
    resetEnvForTesting();
    expect(() => getEnv()).toThrow(/OIDC_ALLOWED_DOMAINS applies to single sign-on only/);
  });
});

describe("THROUGHLINE_TRUST_PROXY", () => {
  it("is off by default and accepts only a number of proxies, 0 to 5", () => {
    vi.stubEnv("THROUGHLINE_TRUST_PROXY", "");
    resetEnvForTesting();
    expect(getEnv().THROUGHLINE_TRUST_PROXY).toBe("0");
    vi.stubEnv("THROUGHLINE_TRUST_PROXY", "yes");
    resetEnvForTesting();
    expect(() => getEnv()).toThrow(/THROUGHLINE_TRUST_PROXY/);
  });
});

describe("getSeedMode", () => {
  it("seeds the demo for the embedded quick start and development, and whenever asked", () => {
    expect(
      getSeedMode({ NODE_ENV: "production", DATABASE_URL: undefined, THROUGHLINE_SEED: undefined }),
    ).toEqual({
      mode: "demo",
      reason: null,
    });
    expect(
      getSeedMode({ NODE_ENV: "development", DATABASE_URL: "postgresql://db/x", THROUGHLINE_SEED: undefined })
        .mode,
    ).toBe("demo");
    expect(
      getSeedMode({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/x", THROUGHLINE_SEED: "demo" })
        .mode,
    ).toBe("demo");
  });

  it("never seeds published passwords into a PostgreSQL server in production unless asked, and says so", () => {
    const decided = getSeedMode({
      NODE_ENV: "production",
      DATABASE_URL: "postgresql://db/x",
      THROUGHLINE_SEED: undefined,
    });
    expect(decided.mode).toBe("none");
    expect(decided.reason).toMatch(/THROUGHLINE_SEED=demo/);
    expect(
      getSeedMode({ NODE_ENV: "development", DATABASE_URL: undefined, THROUGHLINE_SEED: "none" }).mode,
    ).toBe("none");
  });
});
