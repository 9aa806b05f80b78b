import { describe, expect, it } from "vitest";
import { getSafeCallbackUrl } from "./callback-url";

// Values as the sign-in page receives them: the query string decoded once (so "%09" arrives as a tab).
const decoded = (raw: string) => new URLSearchParams(`callbackUrl=${raw}`).get("callbackUrl");

describe("getSafeCallbackUrl", () => {
  it.each([
    ["/w/demo/dashboard", "/w/demo/dashboard"],
    ["/w/demo?journey=1#matrix", "/w/demo?journey=1#matrix"],
    ["/", "/"],
  ])("keeps the local path %s", (value, expected) => {
    expect(getSafeCallbackUrl(value)).toBe(expected);
  });

  it.each([
    "/%09/evil.example/",
    "/%0A/evil.example/",
    "/%0D/evil.example/",
    "/%09%0A/evil.example",
    "/%5Cevil.example",
    "/%5C%5Cevil.example",
    "%2F%2Fevil.example",
    "//evil.example",
    "///evil.example",
    "/./%2Fevil.example",
    "/.//evil.example",
    "https://evil.example/",
    "http:evil.example",
    "javascript:alert(1)",
    "",
  ])("refuses %s, which a browser would take off-site", (raw) => {
    const value = decoded(raw);
    const safe = getSafeCallbackUrl(value);
    expect(new URL(safe, "https://throughline.example").origin).toBe("https://throughline.example");
    expect(safe).not.toMatch(/evil|javascript/);
  });

  it("keeps a path that only looks like a scheme a path", () => {
    expect(getSafeCallbackUrl(decoded("/%0Ajavascript:alert(1)"))).toBe("/javascript:alert(1)");
  });

  it("returns the parsed path, so no control character survives", () => {
    expect(getSafeCallbackUrl("/w/de\tmo")).toBe("/w/demo");
    expect(getSafeCallbackUrl("/w/%2F%2Fevil.example")).toBe("/w/%2F%2Fevil.example");
  });
});
