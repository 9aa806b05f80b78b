// Password hashing with Node's built-in scrypt (no native dependency): a slow, memory-hard hash stored with its
// parameters, so they can be raised without invalidating existing hashes: a sign-in with older parameters
// stores a new hash (lib/auth/sign-in.ts).
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";
import { getEnv } from "../env";

/** OWASP's Password Storage Cheat Sheet: scrypt with N=2^17 (128 MiB), r=8, p=1. */
export const OWASP_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;
// The test suites hash hundreds of passwords on two cores: they use a cheaper cost, never a server.
const TEST_PARAMS = { N: 2 ** 14, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
// scrypt needs 128·N·r bytes (128 MiB at OWASP's N); Node's default ceiling is 32 MiB, so raise it with headroom.
const MAX_MEMORY = 256 * 1024 * 1024;

export function getPasswordParams(): ScryptOptions & { N: number; r: number; p: number } {
  return getEnv().NODE_ENV === "test" ? TEST_PARAMS : OWASP_PARAMS;
}

function derive(password: string, salt: Buffer, params: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, length, { ...params, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string): Promise<string> {
  const params = getPasswordParams();
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, params, KEY_LENGTH);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64"), key.toString("base64")].join("$");
}

/** A stored hash made with other parameters than today's: worth hashing again while the password is at hand. */
export function needsRehash(stored: string): boolean {
  const [scheme, n, r, p] = stored.split("$");
  const params = getPasswordParams();
  return scheme !== "scrypt" || Number(n) !== params.N || Number(r) !== params.r || Number(p) !== params.p;
}

/** False for a wrong password and for a malformed or unknown hash; never throws on bad input. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (!Object.values(params).every((v) => Number.isInteger(v) && v > 0)) return false;
  const expected = Buffer.from(hash, "base64");
  if (expected.length === 0) return false;
  try {
    const actual = await derive(password, Buffer.from(salt, "base64"), params, expected.length);
    return timingSafeEqual(actual, expected);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends the time of one verification, so an unknown email answers as slowly as a wrong password. */
export async function spendVerificationTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("throughline-timing-equaliser");
  await verifyPassword(password, await dummyHash);
}
