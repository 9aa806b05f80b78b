// First run needs a database without any account, unlike every other spec: this file starts a second server
// of its own (same build, THROUGHLINE_SEED=none, a fresh embedded database) on E2E_PORT + 1000.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { removeScratchFolder, removeStaleScratch, scratchFolder, scratchName } from "../setup/scratch-db";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

const port = Number(process.env.E2E_PORT ?? 3100) + 1000;
const origin = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;
// Named after this worker process, so a later run removes it if this one is killed before afterAll.
const dataDir = scratchFolder(scratchName("first-run-"));
// What the server would otherwise print in its log at start (THROUGHLINE_SETUP_TOKEN sets it for scripted installs).
const setupToken = `first-run-e2e-setup-token-${process.pid}`;

test.use({ role: null });
test.describe.configure({ mode: "serial" });

async function waitForHealth(deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the first-run server on port ${port} did not start`);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  await removeStaleScratch({ prefix: "first-run-" });
  await removeScratchFolder(dataDir);
  await mkdir(dataDir, { recursive: true });
  server = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", `${port}`],
    {
      stdio: "ignore",
      env: {
        ...process.env,
        NODE_ENV: "production",
        THROUGHLINE_SEED: "none",
        DATABASE_URL: "",
        THROUGHLINE_DATA_DIR: dataDir,
        NEXTAUTH_URL: origin,
        NEXTAUTH_SECRET: `first-run-e2e-${process.pid}-${Date.now()}`,
        THROUGHLINE_SETUP_TOKEN: setupToken,
      },
    },
  );
  await waitForHealth(Date.now() + 150_000);
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await new Promise((resolve) => (server?.exitCode !== null ? resolve(null) : server.once("exit", resolve)));
  await removeScratchFolder(dataDir);
});

test("an empty database leads to /setup, which creates the workspace and its CX lead, signs in, and is then gone", async ({
  page,
  browser,
}) => {
  await page.goto(`${origin}/`);
  await expect(page).toHaveURL(`${origin}/setup`);
  await expect(page.getByRole("heading", { level: 1, name: "Set up Throughline" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Setup token").fill("a guess at the token");
  await page.getByLabel("Workspace name").fill("Acme Ltd");
  await page.getByLabel("Address").fill("Acme Ltd!");
  await page.getByLabel("Your name").fill("Ann Lee");
  await page.getByLabel("Email").fill("ann@acme.example");
  await page.getByLabel("Password").fill("a first run password");
  await page.getByRole("button", { name: "Create workspace and sign in" }).click();
  await expect(page.getByText(/Use lower-case letters, digits and single hyphens/)).toBeVisible();
  await expect(page.getByLabel("Address")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Address").fill("acme");
  await page.getByLabel("Password").fill("a first run password");
  await page.getByRole("button", { name: "Create workspace and sign in" }).click();
  await expect(page.getByText(/That setup token is not valid/)).toBeVisible();
  await expect(page.getByLabel("Setup token")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Setup token").fill(setupToken);
  await page.getByLabel("Password").fill("a first run password");
  await page.getByRole("button", { name: "Create workspace and sign in" }).click();
  await expect(page).toHaveURL(`${origin}/w/acme`);
  await expect(page.getByText("Signed in as Ann Lee")).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Workspace" });
  await expect(nav.getByText("Acme Ltd")).toBeVisible();
  await expect(nav.getByText("CX lead", { exact: true })).toBeVisible();

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const response = await stranger.request.get(`${origin}/setup`);
  expect(response.status()).toBe(404);
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`${origin}/`);
  await expect(strangerPage).toHaveURL(`${origin}/sign-in`);
  await stranger.close();
});
