// Acting as a user in integration tests: sign in as any user, or as a CX lead the factories make a member of
// every workspace they create (what the tests written before sign-in assume).
import { beforeAll } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { getSignedInUser, runAsUser, setSignedInUser } from "./auth-state";
import { createUser, setWorkspaceCreatedHook } from "./factories";

export function signInAs(user: { id: string; email: string; name: string }): void {
  setSignedInUser({ id: user.id, email: user.email, name: user.name });
}

/** Runs `fn` as `user`, whoever else other concurrent calls act as. */
export function actingAs<T>(
  user: { id: string; email: string; name: string },
  fn: () => Promise<T>,
): Promise<T> {
  return runAsUser({ id: user.id, email: user.email, name: user.name }, fn);
}

export function signOut(): void {
  setSignedInUser(null);
}

/** For every test in the file (call after registerTestDb()): a CX lead of each workspace the factories create. */
export function signInAsLeadOfNewWorkspaces(): void {
  beforeAll(async () => {
    const lead = await createUser({ name: "Test CX lead" });
    signInAs(lead);
    setWorkspaceCreatedHook(async (workspaceId) => {
      const prisma = await getPrisma();
      await prisma.membership.create({ data: { workspaceId, userId: lead.id, role: "CX_LEAD" } });
    });
  });
}

/** Makes the signed-in user a CX lead of a workspace the factories did not create (the demo, say). */
export async function joinAsLead(workspaceId: string): Promise<void> {
  const user = getSignedInUser();
  if (!user) throw new Error("joinAsLead(): nobody is signed in");
  const prisma = await getPrisma();
  await prisma.membership.upsert({
    where: { workspaceId_userId: { workspaceId, userId: user.id } },
    update: {},
    create: { workspaceId, userId: user.id, role: "CX_LEAD" },
  });
}
