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

  it("says when the provider's account is not the one the member's account is linked to, or the domain is not allowed", () => {
    expect(describeSignInError("SsoAccountLinkedElsewhere", "Okta")).toMatch(
      /^Your Throughline account is linked to a different Okta account .* ask your administrator to reset the link\.$/,
    );
    expect(describeSignInError("SsoIdentityLinkedElsewhere", "Okta")).toMatch(
      /^This Okta account is linked to a different Throughline account/,
    );
    expect(describeSignInError("SsoDomainNotAllowed", "Okta")).toMatch(
      /outside the domains this Throughline accepts/,
    );
  });
});
