// Query parameters every /api/v1 route shares. Each route's query schema takes them, and defineRoute checks the
// slug with this schema for every route as well, so a malformed slug (a NUL byte once reached PostgreSQL and
// answered 500) is a 400 on every route alike, including one whose schema forgot.
import { z } from "zod";
import { SLUG_MAX, SLUG_PATTERN } from "../setup/schemas";

const SLUG_RULE = `workspace is a workspace's slug: 2 to ${SLUG_MAX} lower-case letters, digits and single hyphens.`;

/** `?workspace=<slug>`: exactly as setup makes slugs (lib/setup/schemas.ts), not trimmed or lower-cased. */
export const ZWorkspaceParam = z
  .string({ error: "The workspace parameter is required (the workspace's slug)." })
  .min(2, { error: SLUG_RULE })
  .max(SLUG_MAX, { error: SLUG_RULE })
  .regex(SLUG_PATTERN, { error: SLUG_RULE })
  .describe("The workspace's slug, as in /w/<slug>. A token reaches only its own workspace.");
