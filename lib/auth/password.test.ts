import { describe, expect, it } from "vitest";
import { getPasswordParams, hashPassword, needsRehash, OWASP_PARAMS, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores scrypt with its parameters, a 16-byte salt and the hash, and verifies the right password", async () => {
    const hash = await hashPassword("correct horse battery staple");
    const [scheme, n, r, p, salt, key] = hash.split("$");
    const params = getPasswordParams();
    expect([scheme, n, r, p]).toEqual(["scrypt", `${params.N}`, `${params.r}`, `${params.p}`]);
    expect(Buffer.from(salt!, "base64")).toHaveLength(16);
    expect(Buffer.from(key!, "base64")).toHaveLength(32);
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapler", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("salts every hash, so one password never hashes the same twice", async () => {
    const [a, b] = await Promise.all([hashPassword("same"), hashPassword("same")]);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same", b)).toBe(true);
  });

  it("refuses malformed or foreign hashes instead of throwing", async () => {
    for (const stored of [
      "",
      "plain",
      "bcrypt$2$x$y",
      "scrypt$0$8$1$c2FsdA==$aGFzaA==",
      "scrypt$32768$8$1$$",
    ])
      expect(await verifyPassword("x", stored)).toBe(false);
  });
});

describe("the cost", () => {
  it("is OWASP's for scrypt on every server (N=2^17, r=8, p=1); only the test suites use less", () => {
    expect(OWASP_PARAMS).toEqual({ N: 131072, r: 8, p: 1 });
    expect(getPasswordParams().N).toBeLessThan(OWASP_PARAMS.N);
  });

  it("marks hashes made with other parameters for a new hash", async () => {
    expect(needsRehash(await hashPassword("fresh"))).toBe(false);
    expect(needsRehash("scrypt$32768$8$1$c2FsdA==$aGFzaA==")).toBe(true);
  });
});
