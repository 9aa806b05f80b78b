// The first-run form and `npm run setup`: the first workspace and its CX lead account.
import { z } from "zod";
import { ZEmail, ZNewPassword, ZPersonName } from "../auth/account-schemas";

export const SLUG_MAX = 48;
/** Lower-case letters and digits in groups joined by single hyphens: safe in a URL path and a query. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const ZWorkspaceName = z
  .string({ error: "Enter the workspace's name." })
  .trim()
  .min(1, { error: "Enter the workspace's name." })
  .max(120, { error: "Keep the name to 120 characters or fewer." });

/** The workspace's address: /w/<slug>. */
export const ZSlug = z
  .string({ error: "Enter a short address." })
  .trim()
  .toLowerCase()
  .min(2, { error: "Use at least 2 characters." })
  .max(SLUG_MAX, { error: `Keep it to ${SLUG_MAX} characters or fewer.` })
  .regex(SLUG_PATTERN, {
    error: "Use lower-case letters, digits and single hyphens, e.g. acme or acme-europe.",
  });

export const ZSetup = z.object({
  workspaceName: ZWorkspaceName,
  slug: ZSlug,
  name: ZPersonName,
  email: ZEmail,
  password: ZNewPassword,
});
export type TSetup = z.input<typeof ZSetup>;

/** The page's form also carries the one-time setup token the server printed at start. */
export const ZSetupForm = ZSetup.extend({
  setupToken: z
    .string({ error: "Enter the setup token from the server's log." })
    .trim()
    .min(1, { error: "Enter the setup token from the server's log." })
    .max(200, { error: "That is not a setup token." }),
});
export type TSetupForm = z.input<typeof ZSetupForm>;
export type TSetupData = z.output<typeof ZSetup>;
