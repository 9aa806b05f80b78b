import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React's server build; tests run server modules directly.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/empty-module.ts"),
    },
  },
  test: {
    include: [
      "lib/**/*.test.ts",
      "components/**/*.test.ts?(x)",
      "tests/integration/**/*.test.ts",
      // Tests of the embedded database alone (its data folder): `npm test` runs them; the PostgreSQL pass of
      // `npm run test:integration` has nothing for them to test.
      "tests/embedded/**/*.test.ts",
    ],
    globalSetup: ["tests/setup/global-db.ts"],
    setupFiles: [
      "tests/setup/fail-on-console-error.ts",
      "tests/setup/mock-session.ts",
      "tests/setup/mock-next.ts",
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default leaves a core for itself (one worker on a 2-core machine), but its main process mostly
    // waits: with a worker per core the suite takes about half as long.
    maxWorkers: os.availableParallelism(),
  },
});
