import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./tests/e2e/chromium-path.mjs";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  // One folder per port: Playwright empties it at start, and two runs on different ports must not collide.
  outputDir: `test-results/port-${port}`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // Measured on the 2-core CI machine (shared, load average 10-14): the suite took 4.9 min with 2 workers and
  // 7.3 min with 1; a worker often waits on the server or the browser, and the other one uses that time.
  workers: 2,
  // A test that passes only on a retry is a bug in the test or the app: find the cause instead.
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  // Pages stream their data in; on a busy 2-core machine that can take longer than the 5 s default.
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    // CI keeps only what the run printed, so recording traces there (every action's snapshots) is work for nothing.
    trace: process.env.CI ? "off" : "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  // The setup project signs each demo role in once (tests/e2e/auth.setup.ts); the browser specs run after it.
  // Playwright starts a project only once every project of the step before it has finished, so the tests that
  // start app servers of their own (webhooks-instances.spec.ts) wait for the sign-in too, though they need none:
  // then they run beside the browser specs, listed first so the crash test (a minute waiting for a lease to run
  // out) starts at once and overlaps the other worker's tests. Without the dependency it ran in the sign-in's
  // step, and the browser specs waited that minute for it.
  projects: [
    { name: "sign-in", testMatch: /auth\.setup\.ts$/ },
    { name: "own servers", dependencies: ["sign-in"], testMatch: /webhooks-instances\.spec\.ts$/ },
    { name: "chromium", dependencies: ["sign-in"], testIgnore: /webhooks-instances\.spec\.ts$/ },
  ],
  webServer: {
    // A fresh database per run: a scratch PostgreSQL database with TEST_DATABASE_URL, else a new PGlite folder.
    command: `node --import tsx tests/e2e/start-server.ts ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    // SIGTERM rather than Playwright's default SIGKILL, so start-server.ts removes its scratch database on the way out.
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
