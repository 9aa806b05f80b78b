import os from "node:os";
import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";

/**
 * Test files that replace a module for themselves (`vi.mock` of app code, `vi.resetModules`): each runs in a
 * fresh process. Every other file shares its worker's modules with the files before it, which takes half the
 * time of loading Prisma, the app's modules and the database driver again per file; tests/setup/* reset what a
 * file may leave behind (environment, signed-in user, request headers). A test fails if a file that needs
 * isolation is missing here (tests/integration/test-isolation.test.ts).
 */
export const ISOLATED_TEST_FILES = [
  "tests/integration/structure-tenancy.test.ts",
  "tests/integration/database.test.ts",
];

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside React's server build; tests run server modules directly.
      "server-only": path.resolve(import.meta.dirname, "tests/setup/empty-module.ts"),
    },
  },
  test: {
    globalSetup: ["tests/setup/global-db.ts"],
    setupFiles: [
      "tests/setup/fail-on-console-error.ts",
      "tests/setup/restore-env.ts",
      "tests/setup/mock-session.ts",
      "tests/setup/mock-next.ts",
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Vitest's default leaves a core for itself (one worker on a 2-core machine), but its main process mostly
    // waits: with a worker per core the suite takes about half as long.
    maxWorkers: os.availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "shared",
          isolate: false,
          include: [
            "lib/**/*.test.ts",
            "components/**/*.test.ts?(x)",
            "tests/integration/**/*.test.ts",
            // Tests of the embedded database alone (its data folder): `npm test` runs them; the PostgreSQL pass
            // of `npm run test:integration` has nothing for them to test.
            "tests/embedded/**/*.test.ts",
          ],
          exclude: [...configDefaults.exclude, ...ISOLATED_TEST_FILES],
        },
      },
      { extends: true, test: { name: "isolated", include: ISOLATED_TEST_FILES } },
    ],
  },
});
