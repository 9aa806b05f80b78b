// Checking a password: the right one signs in, a wrong one or an unknown account is refused in the same words,
// both are audited (the email, never the password), and failures are limited per account and per address.
import { randomBytes, scrypt } from "node:crypto";
import { describe, expect, it } from "vitest";
import { getClientIp, normalizeAddress, UNKNOWN_CLIENT } from "../../lib/auth/client-address";
import { needsRehash, verifyPassword } from "../../lib/auth/password";
import { pruneRateLimitBuckets, takeSignInAttempt } from "../../lib/auth/rate-limit";
import { authenticate, WRONG_CREDENTIALS } from "../../lib/auth/sign-in";
import { getPrisma } from "../../lib/db/client";
import { registerTestDb } from "../setup/test-db";
import { createUser } from "./factories";

registerTestDb();

/** A scrypt hash in the stored format with a chosen N, as an older version of the app made them. */
function hashWith(password: string, N: number): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) =>
    scrypt(password.normalize("NFKC"), salt, 32, { N, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }, (error, key) =>
      error
        ? reject(error)
        : resolve(["scrypt", N, 8, 1, salt.toString("base64"), key.toString("base64")].join("$")),
    ),
  );
}

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

describe("an older password hash", () => {
  it("is replaced with today's cost on the next successful sign-in, and still signs in", async () => {
    const user = await createUser({ email: "gina@example.com" });
    const prisma = await getPrisma();
    // The hash of "right password" as this app stored it with N=2^15 before the cost was raised.
    const old = await hashWith("right password", 2 ** 15);
    await prisma.user.update({ where: { id: user.id }, data: { passwordHash: old } });
    await expect(
      authenticate({ email: "gina@example.com", password: "right password", ip: nextIp() }),
    ).resolves.toMatchObject({ id: user.id });
    const stored = (await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash ?? "";
    expect(stored).not.toBe(old);
    expect(needsRehash(stored)).toBe(false);
    expect(await verifyPassword("right password", stored)).toBe(true);
  });
});

describe("getClientIp", () => {
  it("behind N trusted proxies, takes the N-th X-Forwarded-For entry from the right: what the proxy saw", () => {
    // The client sent "203.0.113.66"; the one proxy appended the address it really came from.
    const spoofed = { "x-forwarded-for": "203.0.113.66, 198.51.100.7" };
    expect(getClientIp(spoofed, { proxyHops: 1 })).toBe("198.51.100.7");
    // A CDN in front of the load balancer: two hops, the client is second from the right.
    const twoHops = { "x-forwarded-for": "203.0.113.66, 198.51.100.7, 10.0.0.5" };
    expect(getClientIp(twoHops, { proxyHops: 2 })).toBe("198.51.100.7");
    expect(getClientIp({ "x-forwarded-for": ["203.0.113.66", "198.51.100.9"] }, { proxyHops: 1 })).toBe(
      "198.51.100.9",
    );
    expect(getClientIp({ "x-real-ip": "198.51.100.8" }, { proxyHops: 1 })).toBe("198.51.100.8");
  });

  it("knows no client when the headers do not fit the proxies, or there is no trusted proxy", () => {
    expect(getClientIp({ "x-forwarded-for": "198.51.100.7" }, { proxyHops: 2 })).toBe(UNKNOWN_CLIENT);
    expect(getClientIp({}, { proxyHops: 1 })).toBe(UNKNOWN_CLIENT);
    expect(getClientIp(undefined, { proxyHops: 1 })).toBe(UNKNOWN_CLIENT);
    expect(getClientIp({ "x-forwarded-for": "198.51.100.7" }, { proxyHops: 0 })).toBe(UNKNOWN_CLIENT);
    expect(getClientIp({ "x-real-ip": "198.51.100.8" }, { proxyHops: 0 })).toBe(UNKNOWN_CLIENT);
    expect(getClientIp({ "x-forwarded-for": "not an address" }, { proxyHops: 1 })).toBe(UNKNOWN_CLIENT);
  });

  it("groups IPv6 addresses by /64 and reads IPv4-mapped ones as IPv4", () => {
    expect(normalizeAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(normalizeAddress("[2001:db8::7]")).toBe("2001:db8:0:0::/64");
    expect(normalizeAddress("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(getClientIp({ "x-forwarded-for": "2001:db8:1:2::99" }, { proxyHops: 1 })).toBe(
      getClientIp({ "x-forwarded-for": "2001:db8:1:2:5::1" }, { proxyHops: 1 }),
    );
  });
});

describe("one client cannot lock everyone out", () => {
  it("without a known client address, failures on some accounts never refuse another account", async () => {
    const t0 = new Date("2026-02-01T10:00:00Z");
    for (let i = 0; i < 150; i++)
      await takeSignInAttempt({ email: `spray${i}@example.com`, ip: UNKNOWN_CLIENT }, t0);
    expect(await takeSignInAttempt({ email: "untried@example.com", ip: UNKNOWN_CLIENT }, t0)).toEqual({
      allowed: true,
    });
    await createUser({ email: "erin@example.com", password: "right password" });
    await expect(
      authenticate({ email: "erin@example.com", password: "right password", ip: UNKNOWN_CLIENT }),
    ).resolves.toMatchObject({ email: "erin@example.com" });
  });

  it("records one event when an account's limit is reached, not a row for every refused attempt", async () => {
    await createUser({ email: "frank@example.com", password: "right password" });
    for (let i = 0; i < 40; i++)
      await authenticate({ email: "frank@example.com", password: "wrong", ip: nextIp() }).catch(
        () => undefined,
      );
    const events = await authEvents("frank@example.com");
    expect(events.filter((e) => (e.after as { reason?: string }).reason === "rate_limited")).toHaveLength(1);
    expect(events).toHaveLength(6);
    const prisma = await getPrisma();
    const bucket = await prisma.rateLimitBucket.findUniqueOrThrow({
      where: { key: "sign-in:email:frank@example.com" },
    });
    expect(bucket.count).toBe(40);
  });

  it("forgets buckets a day after their window started", async () => {
    const prisma = await getPrisma();
    const now = new Date("2026-03-01T12:00:00Z");
    await prisma.rateLimitBucket.createMany({
      data: [
        { key: "old", count: 3, windowStart: new Date("2026-02-27T12:00:00Z") },
        { key: "recent", count: 3, windowStart: new Date("2026-03-01T11:50:00Z") },
      ],
    });
    await pruneRateLimitBuckets(now);
    const keys = (await prisma.rateLimitBucket.findMany({ where: { key: { in: ["old", "recent"] } } })).map(
      (b) => b.key,
    );
    expect(keys).toEqual(["recent"]);
  });
});
