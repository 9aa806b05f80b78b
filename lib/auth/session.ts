import "server-only";
// The one place that turns a request's session cookie into a user. Tests replace this module to act as a chosen
// user (tests/setup/mock-session.ts), so everything above it runs exactly as in the app.
import { connection } from "next/server";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { getPrisma } from "../db/client";
import { getAuthOptions } from "./options";
import type { SessionUser } from "./user";

export type { SessionUser };

/** Null without a valid session, or when the session's user has since been deleted. Cached per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  // Request-time only: keeps every page dynamic (the CSP nonce needs it) and `next build` free of secrets.
  await connection();
  const session = await getServerSession(getAuthOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const prisma = await getPrisma();
  return prisma.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
});
