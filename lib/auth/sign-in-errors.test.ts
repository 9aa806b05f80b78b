import { describe, expect, it } from "vitest";
import { describeSignInError } from "./sign-in-errors";

describe("describeSignInError", () => {
  it("explains each SSO refusal in plain words, naming the provider", () => {
    expect(describeSignInError("SsoNotMember", "Okta")).toMatch(/^You signed in with Okta, but no workspace/);
    expect(describeSignInError("SsoEmailUnverified", "Okta")).toMatch(/^Okta did not confirm/);
    expect(describeSignInError("SsoNoEmail", "Okta")).toMatch(/^Okta did not share/);
    expect(describeSignInError("OAuthCallback", "Okta")).toMatch(/^Signing in with Okta did not work/);
    expect(describeSignInError(undefined, "Okta")).toBeNull();
    expect(describeSignInError("", "Okta")).toBeNull();
  });
});
