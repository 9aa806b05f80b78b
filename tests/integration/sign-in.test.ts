// Checking a password: the right one signs in, a wrong one or an unknown account is refused in the same words,
// both are audited (the email, never the password), and failures are limited per account and per address.
import { describe, expect, it } from "vitest";
import {
  forAddress,
  SHARED_CLIENT_ADDRESS,
  SIGN_IN_LIMITS,
  takeSignInAttempt,
} from "../../lib/auth/rate-limit";
import { authenticate, getClientIp, WRONG_CREDENTIALS } from "../../lib/auth/sign-in";
import { getPrisma } from "../../lib/db/client";
import { registerTestDb } from "../setup/test-db";
import { createUser } from "./factories";

registerTestDb();

let ipCounter = 0;
const nextIp = () => `203.0.113.${++ipCounter}`;

async function authEvents(email: string) {
  const prisma = await getPrisma();
  const events = await prisma.auditEvent.findMany({
    where: { action: { startsWith: "auth." } },
    orderBy: { id: "asc" },
  });
  return events.filter((e) => (e.after as { email?: string } | null)?.email === email);
}

describe("authenticate", () => {
  it("signs in with the right password, case-insensitive email, and audits it", async () => {
    const user = await createUser({ email: "ada@example.com", password: "right password" });
    const ip = nextIp();
    await expect(
      authenticate({ email: " ADA@example.com ", password: "right password", ip }),
    ).resolves.toEqual({
      id: user.id,
      email: "ada@example.com",
      name: user.name,
    });
    expect(await authEvents("ada@example.com")).toMatchObject([
      {
        action: "auth.signed_in",
        actorId: user.id,
        workspaceId: null,
        after: { email: "ada@example.com", ip },
      },
    ]);
  });

  it("refuses a wrong password and an unknown account with the same words, auditing the email only", async () => {
    await createUser({ email: "bob@example.com", password: "right password" });
    const wrong = authenticate({ email: "bob@example.com", password: "guess-1", ip: nextIp() });
    await expect(wrong).rejects.toThrow(WRONG_CREDENTIALS);
    const unknown = authenticate({ email: "nobody@example.com", password: "guess-2", ip: nextIp() });
    await expect(unknown).rejects.toThrow(WRONG_CREDENTIALS);
    const events = [...(await authEvents("bob@example.com")), ...(await authEvents("nobody@example.com"))];
    expect(events.map((e) => e.action)).toEqual(["auth.sign_in_failed", "auth.sign_in_failed"]);
    expect(JSON.stringify(events.map((e) => e.after))).not.toMatch(/guess-/);
  });

  it("refuses malformed input in plain words", async () => {
    await expect(authenticate({ email: "not an email", password: "x", ip: nextIp() })).rejects.toThrow(
      /Enter your email address and your password/,
    );
    await expect(authenticate({ email: undefined, password: undefined, ip: nextIp() })).rejects.toThrow();
  });

  it("allows 5 failures per account in 15 minutes, then refuses even the right password, saying how long", async () => {
    await createUser({ email: "carol@example.com", password: "right password" });
    for (let i = 0; i < 5; i++)
      await expect(
        authenticate({ email: "carol@example.com", password: "wrong", ip: nextIp() }),
      ).rejects.toThrow(WRONG_CREDENTIALS);
    await expect(
      authenticate({ email: "carol@example.com", password: "right password", ip: nextIp() }),
    ).rejects.toThrow(/Too many attempts\. Try again in 15 minutes\./);
    expect((await authEvents("carol@example.com")).at(-1)).toMatchObject({
      action: "auth.sign_in_failed",
      after: { reason: "rate_limited" },
    });
  });

  it("allows 20 failures per address, whatever the accounts", async () => {
    const ip = nextIp();
    for (let i = 0; i < 20; i++)
      await expect(authenticate({ email: `guess${i}@example.com`, password: "x", ip })).rejects.toThrow(
        WRONG_CREDENTIALS,
      );
    await expect(authenticate({ email: "guess-last@example.com", password: "x", ip })).rejects.toThrow(
      /Too many attempts/,
    );
  });

  it("does not count successful sign-ins", async () => {
    const user = await createUser({ email: "dan@example.com", password: "right password" });
    const ip = nextIp();
    // More successes than the account may fail: none of them is refused, and none is left in a bucket.
    for (let i = 0; i < 8; i++)
      await expect(
        authenticate({ email: "dan@example.com", password: "right password", ip }),
      ).resolves.toMatchObject({ id: user.id });
    const prisma = await getPrisma();
    const buckets = await prisma.rateLimitBucket.findMany({
      where: { key: { in: ["sign-in:email:dan@example.com", `sign-in:ip:${ip}`] } },
      select: { key: true, count: true },
      orderBy: { key: "asc" },
    });
    expect(buckets).toEqual([
      { key: "sign-in:email:dan@example.com", count: 0 },
      { key: `sign-in:ip:${ip}`, count: 0 },
    ]);
    // So the account still has its full allowance of failures: 5 wrong passwords, then the limit.
    for (let i = 0; i < 5; i++)
      await expect(authenticate({ email: "dan@example.com", password: "wrong", ip })).rejects.toThrow(
        WRONG_CREDENTIALS,
      );
    await expect(authenticate({ email: "dan@example.com", password: "right password", ip })).rejects.toThrow(
      /Too many attempts/,
    );
  });
});

describe("the rate-limit buckets in the database", () => {
  it("count atomically under concurrency and start a new window once the old one ends", async () => {
    const keys = { email: "race@example.com", ip: nextIp() };
    const t0 = new Date("2026-01-01T10:00:00Z");
    const decisions = await Promise.all(Array.from({ length: 8 }, () => takeSignInAttempt(keys, t0)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5);
    const prisma = await getPrisma();
    const bucket = await prisma.rateLimitBucket.findUniqueOrThrow({
      where: { key: `sign-in:email:${keys.email}` },
    });
    expect(bucket).toMatchObject({ count: 8, windowStart: t0 });
    const later = new Date(t0.getTime() + 15 * 60_000);
    expect(await takeSignInAttempt(keys, later)).toEqual({ allowed: true });
    expect(
      await prisma.rateLimitBucket.findUniqueOrThrow({ where: { key: `sign-in:email:${keys.email}` } }),
    ).toMatchObject({
      count: 1,
      windowStart: later,
    });
  });
});

describe("getClientIp", () => {
  it("behind a trusted proxy, takes the first x-forwarded-for address, then x-real-ip, else the shared one", () => {
    const trusted = { trustProxy: true };
    expect(getClientIp({ "x-forwarded-for": "198.51.100.7, 10.0.0.1" }, trusted)).toBe("198.51.100.7");
    expect(getClientIp({ "x-real-ip": "198.51.100.8" }, trusted)).toBe("198.51.100.8");
    expect(getClientIp({}, trusted)).toBe(SHARED_CLIENT_ADDRESS);
    expect(getClientIp(undefined, trusted)).toBe(SHARED_CLIENT_ADDRESS);
  });

  it("without THROUGHLINE_TRUST_PROXY, ignores the headers a client could forge: everyone shares one bucket", () => {
    const untrusted = { trustProxy: false };
    expect(getClientIp({ "x-forwarded-for": "198.51.100.7" }, untrusted)).toBe(SHARED_CLIENT_ADDRESS);
    expect(getClientIp({ "x-real-ip": "198.51.100.8" }, untrusted)).toBe(SHARED_CLIENT_ADDRESS);
  });

  it("the shared bucket allows five times the per-address limit, since every client counts towards it", async () => {
    expect(forAddress(SHARED_CLIENT_ADDRESS, SIGN_IN_LIMITS.ip)).toEqual({ ...SIGN_IN_LIMITS.ip, max: 100 });
    expect(forAddress("198.51.100.7", SIGN_IN_LIMITS.ip)).toEqual(SIGN_IN_LIMITS.ip);
    const t0 = new Date("2026-02-01T10:00:00Z");
    const decisions = [];
    for (let i = 0; i < 101; i++)
      decisions.push(
        await takeSignInAttempt({ email: `spray${i}@example.com`, ip: SHARED_CLIENT_ADDRESS }, t0),
      );
    expect(decisions.filter((d) => d.allowed)).toHaveLength(100);
    expect(decisions.at(-1)).toMatchObject({ allowed: false });
  });
});
