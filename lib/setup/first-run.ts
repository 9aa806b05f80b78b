// First run: the first workspace and its CX lead account, once, for the /setup page and `npm run setup`.
// No "server-only" import, like lib/db: the command-line script calls this outside React's server build.
import { recordAudit } from "../audit/record";
import { hashPassword } from "../auth/password";
import type { PrismaClient } from "../db/generated/client";
import type { TSetupData } from "./schemas";

// Any fixed number distinct from the migrations' lock key; it only serialises first-run attempts.
const SETUP_LOCK_KEY = 47_112_026;

/** Refused because an account exists: setup has been done (or the demo was seeded). */
export class SetupClosedError extends Error {
  constructor() {
    super("Throughline is already set up: an account exists. Sign in instead.");
  }
}

/** Setup is offered only while the database has no account at all. */
export async function isSetupOpen(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.user.findFirst({ select: { id: true } })) === null;
}

export type FirstWorkspace = {
  workspace: { id: string; name: string; slug: string };
  user: { id: string; email: string; name: string };
};

/**
 * Creates the workspace, the account and its CX lead membership in one transaction. Two attempts at once
 * queue on an advisory lock, and the second then finds the first's account and is refused.
 */
export async function createFirstWorkspace(prisma: PrismaClient, input: TSetupData): Promise<FirstWorkspace> {
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY}::bigint)`;
      if (await tx.user.findFirst({ select: { id: true } })) throw new SetupClosedError();
      const workspace = await tx.workspace.create({
        data: { name: input.workspaceName, slug: input.slug },
        select: { id: true, name: true, slug: true },
      });
      const user = await tx.user.create({
        data: { email: input.email, name: input.name, passwordHash },
        select: { id: true, email: true, name: true },
      });
      await tx.membership.create({ data: { workspaceId: workspace.id, userId: user.id, role: "CX_LEAD" } });
      // Setup is done: no token opens it again.
      await tx.setupToken.deleteMany({});
      await recordAudit(tx, {
        workspaceId: workspace.id,
        actorId: user.id,
        action: "workspace.created",
        entityType: "workspace",
        entityId: workspace.id,
        after: { name: workspace.name, slug: workspace.slug, lead: { name: user.name, email: user.email } },
      });
      return { workspace, user };
    },
    { maxWait: 15_000, timeout: 20_000 },
  );
}
