import "server-only";
// The one place that turns a request's session cookie into a user. Tests replace this module to act as a chosen
// user (tests/setup/mock-session.ts), so everything above it runs exactly as in the app.
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getAuthOptions } from "./options";
import { loadSessionUser } from "./sessions";
import type { SessionUser } from "./user";

export type { SessionUser };

/**
 * Null without a valid session: none, signed out, ended by a new password or "sign out everywhere", older than
 * the absolute lifetime, or its user deleted since. Cached per request.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Request-time only: keeps every page dynamic (the CSP nonce needs it) and `next build` free of secrets.
  await connection();
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id || !session.claims) return null;
  return loadSessionUser(id, session.claims);
});
