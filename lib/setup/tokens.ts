// First run's one-time token: while no account exists, /setup needs it, so the first workspace belongs to whoever
// can read the server's log (or set THROUGHLINE_SETUP_TOKEN), not to whoever reaches the page first. Only its
// hash is stored, in the database, so every instance accepts the token any of them printed.
import { createLinkToken, hashLinkToken } from "../auth/link-tokens";
import type { PrismaClient } from "../db/generated/client";

const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

/** A fresh token (or the operator's own), stored as a hash; earlier ones keep working until they expire. */
export async function issueSetupToken(
  prisma: PrismaClient,
  opts: { fixed?: string; now?: Date } = {},
): Promise<string> {
  const now = opts.now ?? new Date();
  const token = opts.fixed ?? createLinkToken({ ttlMs: SETUP_TOKEN_TTL_MS, now }).token;
  const expiresAt = new Date(now.getTime() + SETUP_TOKEN_TTL_MS);
  await prisma.setupToken.upsert({
    where: { tokenHash: hashLinkToken(token) },
    create: { tokenHash: hashLinkToken(token), expiresAt },
    update: { expiresAt },
  });
  return token;
}

export async function isSetupTokenValid(
  prisma: PrismaClient,
  token: string,
  now = new Date(),
): Promise<boolean> {
  const found = await prisma.setupToken.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  return found !== null && found.expiresAt.getTime() > now.getTime();
}
