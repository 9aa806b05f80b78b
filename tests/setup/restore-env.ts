// A worker runs several test files in one process (vitest.config.ts): whatever environment a file set, directly
// or with vi.stubEnv, is put back when it ends, and lib/env.ts reads it afresh.
import { afterAll, vi } from "vitest";
import { resetEnvForTesting } from "../../lib/env";

// Taken when this setup file runs, before the test file is loaded: a file may set variables at its top level.
const before: Record<string, string | undefined> = { ...process.env };

afterAll(() => {
  vi.unstubAllEnvs();
  for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name];
  Object.assign(process.env, before);
  resetEnvForTesting();
});
