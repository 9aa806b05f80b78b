"use server";
// The /setup page's form.
import { definePublicAction } from "../actions/define";
import { ActionError, isUniqueViolation } from "../actions/result";
import { UNKNOWN_CLIENT } from "../auth/client-address";
import { getRequestIp } from "../auth/client-ip";
import { type Limit, takeRateLimitSlot } from "../auth/rate-limit";
import { getPrisma } from "../db/client";
import { createFirstWorkspace, isSetupOpen, SetupClosedError } from "./first-run";
import { ZSetupForm } from "./schemas";
import { isSetupTokenValid } from "./tokens";

const SETUP_LIMIT: Limit = { max: 10, windowMs: 15 * 60 * 1000 };

/**
 * Public on purpose, and harmless once used: it only works while the database has no account and with the
 * setup token the server printed, and it checks both before the slow password hash; the transaction checks
 * that no account exists again.
 */
export const completeSetup = definePublicAction({
  schema: ZSetupForm,
  async run({ input: { setupToken, ...input } }) {
    const ip = await getRequestIp();
    if (ip !== UNKNOWN_CLIENT) {
      const decision = await takeRateLimitSlot(`setup:ip:${ip}`, SETUP_LIMIT);
      if (!decision.allowed)
        throw new ActionError(
          "forbidden",
          `Too many attempts. Try again in ${decision.retryAfterMinutes} minutes.`,
        );
    }
    const prisma = await getPrisma();
    if (!(await isSetupOpen(prisma))) throw new ActionError("not_found", new SetupClosedError().message);
    if (!(await isSetupTokenValid(prisma, setupToken))) {
      const message =
        "That setup token is not valid. Use the one the server printed in its log at start (restart it for a new one).";
      throw new ActionError("invalid", message, { setupToken: [message] });
    }
    try {
      const { workspace, user } = await createFirstWorkspace(prisma, input);
      return { slug: workspace.slug, email: user.email };
    } catch (error) {
      if (error instanceof SetupClosedError) throw new ActionError("not_found", error.message);
      if (isUniqueViolation(error)) {
        const message = "A workspace already uses this address. Choose another.";
        throw new ActionError("conflict", message, { slug: [message] });
      }
      throw error;
    }
  },
  revalidate: () => "/",
});
