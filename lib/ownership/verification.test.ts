import { describe, expect, it } from "vitest";
import { getStaleBefore, getVerificationDueAt, isOwnershipStale } from "./verification";

const now = new Date("2026-11-30T12:00:00.000Z");
const daysAgo = (days: number, ms = 0) => new Date(now.getTime() - days * 86_400_000 - ms);

describe("isOwnershipStale", () => {
  it("is stale once the confirmation is older than the cadence, not on its last day", () => {
    const owned = { status: "OWNED" as const, cadenceDays: 90, now };
    expect(isOwnershipStale({ ...owned, confirmedAt: daysAgo(0) })).toBe(false);
    expect(isOwnershipStale({ ...owned, confirmedAt: daysAgo(90) })).toBe(false);
    expect(isOwnershipStale({ ...owned, confirmedAt: daysAgo(90, 1) })).toBe(true);
    expect(isOwnershipStale({ ...owned, confirmedAt: daysAgo(400) })).toBe(true);
    expect(isOwnershipStale({ ...owned, cadenceDays: 7, confirmedAt: daysAgo(8) })).toBe(true);
  });

  it("never flags what nobody owns or what is contested, and flags an owned touchpoint without a date", () => {
    for (const status of ["UNOWNED", "CONTESTED"] as const)
      expect(isOwnershipStale({ status, cadenceDays: 1, now, confirmedAt: daysAgo(100) })).toBe(false);
    expect(isOwnershipStale({ status: "OWNED", cadenceDays: 90, now, confirmedAt: null })).toBe(true);
  });
});

describe("dates", () => {
  it("gives the cut-off and the due date a cadence apart", () => {
    expect(getStaleBefore({ now, cadenceDays: 30 })).toEqual(daysAgo(30));
    expect(getVerificationDueAt({ confirmedAt: daysAgo(10), cadenceDays: 30 })).toEqual(daysAgo(-20));
    expect(getVerificationDueAt({ confirmedAt: null, cadenceDays: 30 })).toBeNull();
  });
});
