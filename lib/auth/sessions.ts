// Sessions that can end. A session is a signed JWT in a cookie, so on its own it lives until it expires; each
// one therefore carries an id, the user's session version at sign-in and the sign-in time, and every request
// checks them (lib/auth/session.ts): signing out revokes the id, bumping the version (sign out everywhere, a new
// password) ends every session of the user, and no session outlives SESSION_LIFETIME_SECONDS after sign-in.
import { randomUUID } from "node:crypto";
import { getPrisma } from "../db/client";
import type { Tx } from "../db/transaction";

/** However often a session is renewed, a new sign-in is needed this long after the last one. */
export const SESSION_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

export type SessionClaims = { sessionId: string; sessionVersion: number; authenticatedAt: number };

const nowSeconds = (now: Date) => Math.floor(now.getTime() / 1000);

/** What a session gets at sign-in: a fresh id, the user's current version, and now. */
export async function startSessionClaims(userId: string, now = new Date()): Promise<SessionClaims> {
  const prisma = await getPrisma();
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  return { sessionId: randomUUID(), sessionVersion: user.sessionVersion, authenticatedAt: nowSeconds(now) };
}

/** The claims a token carries, if it carries all of them (a token from before sessions could end has none). */
export function readSessionClaims(token: Record<string, unknown> | null | undefined): SessionClaims | null {
  const { sessionId, sessionVersion, authenticatedAt } = token ?? {};
  if (
    typeof sessionId !== "string" ||
    typeof sessionVersion !== "number" ||
    typeof authenticatedAt !== "number"
  )
    return null;
  return { sessionId, sessionVersion, authenticatedAt };
}

/** Pure: still within its lifetime, signed in with the user's current version, and not signed out. */
export function isSessionCurrent(opts: {
  claims: SessionClaims;
  userVersion: number;
  isRevoked: boolean;
  now?: Date;
}): boolean {
  const { claims } = opts;
  const age = nowSeconds(opts.now ?? new Date()) - claims.authenticatedAt;
  return (
    age >= 0 &&
    age < SESSION_LIFETIME_SECONDS &&
    claims.sessionVersion === opts.userVersion &&
    !opts.isRevoked
  );
}

/** Signing out: this session's id is refused until the session would have expired anyway. */
export async function revokeSession(claims: SessionClaims): Promise<void> {
  const prisma = await getPrisma();
  const expiresAt = new Date((claims.authenticatedAt + SESSION_LIFETIME_SECONDS) * 1000);
  await prisma.revokedSession.upsert({
    where: { sessionId: claims.sessionId },
    create: { sessionId: claims.sessionId, expiresAt },
    update: {},
  });
  await prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
}

/** Ends every session of the user, in the caller's transaction (with the change that calls for it). */
export async function endAllSessions(tx: Tx, userId: string): Promise<void> {
  await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/** The user behind a session and whether that session is still current, in one round of two reads. */
export async function loadSessionUser(userId: string, claims: SessionClaims) {
  const prisma = await getPrisma();
  const [user, revoked] = await Promise.all([
    prisma.user.findUnique({
      where: { id: userId },
      select: { id: true, email: true, name: true, sessionVersion: true },
    }),
    prisma.revokedSession.findUnique({ where: { sessionId: claims.sessionId }, select: { sessionId: true } }),
  ]);
  if (!user || !isSessionCurrent({ claims, userVersion: user.sessionVersion, isRevoked: revoked !== null }))
    return null;
  return { id: user.id, email: user.email, name: user.name };
}
