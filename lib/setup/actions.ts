"use server";
// The /setup page's form.
import { definePublicAction } from "../actions/define";
import { ActionError, isUniqueViolation } from "../actions/result";
import { getPrisma } from "../db/client";
import { createFirstWorkspace, SetupClosedError } from "./first-run";
import { ZSetup } from "./schemas";

/**
 * Public on purpose, and harmless once used: it only works while the database has no account, and it checks
 * that again inside its transaction.
 */
export const completeSetup = definePublicAction({
  schema: ZSetup,
  async run({ input }) {
    try {
      const { workspace, user } = await createFirstWorkspace(await getPrisma(), input);
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
