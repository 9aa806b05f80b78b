// A worker runs several test files in one process (vitest.config.ts): whatever environment a file set, directly
// or with vi.stubEnv, is put back when it ends, and lib/env.ts reads it afresh.
import { afterAll, beforeAll, vi } from "vitest";
import { resetEnvForTesting } from "../../lib/env";

let before: Record<string, string | undefined> = {};

beforeAll(() => {
  before = { ...process.env };
});

afterAll(() => {
  vi.unstubAllEnvs();
  for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name];
  Object.assign(process.env, before);
  resetEnvForTesting();
});
