// Stands in for lib/auth/session.ts in process (run.ts's resolve hook swaps it in), the same seam the
// integration tests use (tests/setup/mock-session.ts): the benchmark acts as a workspace's CX lead, and
// everything above it (the guard's membership check, the action) runs unchanged. Like the real module it
// reads the user from the database, so query counts match a real request; only the cookie decoding is skipped.
import { getPrisma } from "../../lib/db/client";

export type SessionUser = { id: string; email: string; name: string };

let currentUserId: string | null = null;

export function setBenchUser(user: { id: string } | null): void {
  currentUserId = user?.id ?? null;
}

export async function getSessionUser(): Promise<SessionUser | null> {
  if (!currentUserId) return null;
  const prisma = await getPrisma();
  return prisma.user.findUnique({
    where: { id: currentUserId },
    select: { id: true, email: true, name: true },
  });
}
