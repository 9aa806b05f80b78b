import { describe, expect, it } from "vitest";
import { isSessionCurrent, readSessionClaims, SESSION_LIFETIME_SECONDS } from "./sessions";

const signedInAt = new Date("2026-11-01T09:00:00Z");
const claims = { sessionId: "s-1", sessionVersion: 3, authenticatedAt: signedInAt.getTime() / 1000 };
const secondsLater = (seconds: number) => new Date(signedInAt.getTime() + seconds * 1000);

describe("isSessionCurrent", () => {
  it("holds for a session signed in with the user's current version, not signed out, within its lifetime", () => {
    expect(isSessionCurrent({ claims, userVersion: 3, isRevoked: false, now: secondsLater(60) })).toBe(true);
    expect(
      isSessionCurrent({
        claims,
        userVersion: 3,
        isRevoked: false,
        now: secondsLater(SESSION_LIFETIME_SECONDS - 1),
      }),
    ).toBe(true);
  });

  it("ends with a new version (new password, sign out everywhere), a sign-out, or 30 days after sign-in", () => {
    expect(isSessionCurrent({ claims, userVersion: 4, isRevoked: false, now: secondsLater(60) })).toBe(false);
    expect(isSessionCurrent({ claims, userVersion: 3, isRevoked: true, now: secondsLater(60) })).toBe(false);
    expect(
      isSessionCurrent({
        claims,
        userVersion: 3,
        isRevoked: false,
        now: secondsLater(SESSION_LIFETIME_SECONDS),
      }),
    ).toBe(false);
    expect(SESSION_LIFETIME_SECONDS).toBe(30 * 24 * 60 * 60);
  });
});

describe("readSessionClaims", () => {
  it("reads a token's claims, and refuses a token from before sessions could end", () => {
    expect(readSessionClaims({ sub: "u", ...claims })).toEqual(claims);
    expect(readSessionClaims({ sub: "u" })).toBeNull();
    expect(readSessionClaims({ sub: "u", ...claims, sessionVersion: "3" })).toBeNull();
    expect(readSessionClaims(undefined)).toBeNull();
  });
});
