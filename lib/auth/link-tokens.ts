// One-time links (invitations, password resets): a random token the recipient gets once, of which only a hash is
// stored, so a copy of the database cannot be turned into working links.
import { createHash, randomBytes } from "node:crypto";

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits: unguessable, so the link itself is the proof. */
export function createLinkToken(opts: { ttlMs: number; now?: Date }): {
  token: string;
  tokenHash: string;
  expiresAt: Date;
} {
  const token = randomBytes(32).toString("base64url");
  const now = opts.now ?? new Date();
  return { token, tokenHash: hashLinkToken(token), expiresAt: new Date(now.getTime() + opts.ttlMs) };
}

export type LinkState = "pending" | "used" | "expired";

export function getLinkState(link: { usedAt: Date | null; expiresAt: Date }, now = new Date()): LinkState {
  if (link.usedAt) return "used";
  return link.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}
