// Where the setup project (auth.setup.ts) keeps each signed-in browser state (the demo roles, and the sandbox's
// second department head), one folder per port so two runs never share cookies. Not under Playwright's
// outputDir, which it empties at the start of a run.
import path from "node:path";
import type { DemoUserKey } from "../../lib/demo/demo-users";

export type SignedInUser = DemoUserKey | "secondHead";

export function getStatePath(user: SignedInUser): string {
  return path.resolve("test-results", `auth-${process.env.E2E_PORT ?? 3100}`, `${user}.json`);
}
