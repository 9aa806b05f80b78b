// API token material. Tokens are 256 random bits, so a fast hash (sha256) is enough: there is nothing to
// guess, and the database only ever holds the hash. The prefix makes leaked tokens easy to recognise.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "tl_";

export function generateApiToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
