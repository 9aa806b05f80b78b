// Where the setup project (auth.setup.ts) keeps each demo role's signed-in browser state, one folder per port
// so two runs never share cookies. Not under Playwright's outputDir, which it empties at the start of a run.
import path from "node:path";
import type { DemoUserKey } from "../../lib/demo/demo-users";

export function getStatePath(role: DemoUserKey): string {
  return path.resolve("test-results", `auth-${process.env.E2E_PORT ?? 3100}`, `${role}.json`);
}
