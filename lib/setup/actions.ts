"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { ActionError, type ActionResult, isUniqueViolation, runAction } from "../actions/result";
import { getPrisma } from "../db/client";
import { createFirstWorkspace, SetupClosedError } from "./first-run";
import { type TSetup, ZSetup } from "./schemas";

/**
 * The /setup page's form. Public on purpose, and harmless once used: it only works while the database has no
 * account, and it checks that again inside its transaction.
 */
export async function completeSetup(input: TSetup): Promise<ActionResult<{ slug: string; email: string }>> {
  return runAction(ZSetup, input, async (data) => {
    const prisma = await getPrisma();
    try {
      const { workspace, user } = await createFirstWorkspace(prisma, data);
      revalidatePath("/", "layout");
      return { slug: workspace.slug, email: user.email };
    } catch (error) {
      if (error instanceof SetupClosedError) throw new ActionError("not_found", error.message);
      if (isUniqueViolation(error)) {
        const message = "A workspace already uses this address. Choose another.";
        throw new ActionError("conflict", message, { slug: [message] });
      }
      throw error;
    }
  });
}
