// Sign-in, sign-out and what each demo role may see and do. Hiding controls is only the UI: the forged request
// below shows that the server refuses a viewer's edit whatever the page shows.
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "../../lib/demo/demo-users";
import { getStatePath } from "./auth-states";
import { expect, test } from "./fixtures";
import { OTHER_WORKSPACE } from "./sandbox";

const cell = (page: Page, department: string, touchpoint: string) =>
  page.getByRole("gridcell", { name: new RegExp(`^${department} on ${touchpoint}:`) });

async function openJourney(page: Page, name: string) {
  await page.goto("/w/demo");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Removes the console errors a test expects (the browser logs every 401 response), failing if one is missing. */
function expectConsoleError(errors: string[], pattern: RegExp) {
  const index = errors.findIndex((e) => pattern.test(e));
  expect(index, `a console error matching ${pattern}`).toBeGreaterThanOrEqual(0);
  errors.splice(index, 1);
}

test.describe("signed out", () => {
  test.use({ role: null });

  test("a page redirects to sign-in and back after it; the API answers 401 JSON", async ({
    page,
    request,
  }) => {
    await page.goto("/w/demo/dashboard");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2Fdemo%2Fdashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();

    const api = await request.get("/api/v1/coverage?workspace=demo");
    expect(api.status()).toBe(401);
    expect(await api.json()).toMatchObject({ error: { code: "unauthorized" } });
    expect((await request.get("/api/health")).status()).toBe(200);
  });

  test("a wrong password is refused in plain words; the right one signs in", { tag: "@smoke" }, async ({
    page,
    consoleErrors,
  }) => {
    await page.goto("/w/demo/dashboard");
    await page.getByLabel("Email").fill(DEMO_USERS.viewer.email);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /do not match an account/ })).toBeVisible();
    expectConsoleError(consoleErrors, /401/);
    await expect(page.getByLabel("Email")).toHaveValue(DEMO_USERS.viewer.email);

    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/w\/demo\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1, name: "Coverage dashboard" })).toBeVisible();
  });
});

const READ_ONLY: DemoUserKey[] = ["head", "executive", "viewer"];

for (const role of READ_ONLY) {
  test.describe(`as the demo ${role}`, () => {
    test.use({ role });

    test("the matrix and the structure are read-only", async ({ page }) => {
      await openJourney(page, "Buy online");
      await expect(page.getByText(`Signed in as ${DEMO_USERS[role].name}`)).toBeVisible();
      const first = page.getByRole("gridcell", { name: /^Marketing on / }).first();
      await expect(first).not.toHaveAttribute("aria-haspopup", "menu");
      await first.click();
      await expect(page.getByRole("menuitemradio")).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Edit structure" })).toHaveCount(0);

      await page.goto("/w/demo/structure");
      await expect(page.getByRole("heading", { level: 2, name: "Departments" })).toBeVisible();
      await expect(page.getByRole("heading", { name: "Add a department" })).toHaveCount(0);
      await expect(page.getByRole("heading", { name: "Add a journey" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^(Edit|Delete|Move) / })).toHaveCount(0);

      await page.getByRole("link", { name: "Buy online", exact: true }).click();
      await expect(page.getByRole("heading", { level: 2, name: "Stages in order" })).toBeVisible();
      await expect(page.getByRole("button", { name: /^(Edit|Delete|Move|Add)/ })).toHaveCount(0);
      await expect(page.getByRole("combobox")).toHaveCount(0);
    });
  });
}

test("the CX lead edits: the matrix has role menus and the structure has forms", async ({ page }) => {
  await openJourney(page, "Buy online");
  await expect(page.getByRole("gridcell", { name: /^Marketing on / }).first()).toHaveAttribute(
    "aria-haspopup",
    "menu",
  );
  await page.goto("/w/demo/structure");
  await expect(page.getByRole("heading", { name: "Add a department" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Edit Marketing" })).toBeVisible();
});

test("a viewer's forged cell edit is refused by the server and changes nothing", { tag: "@smoke" }, async ({
  page,
  browser,
}) => {
  await openJourney(page, "Sandbox: auth");
  const captured = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await cell(page, "Marketing", "Alpha").click();
  await page.getByRole("menuitemradio", { name: "R Responsible" }).click();
  await expect(cell(page, "Marketing", "Alpha")).toHaveAccessibleName("Marketing on Alpha: Responsible");
  await expect(page.getByRole("status", { name: "Matrix changes" })).toHaveText(/^Saved/);
  const request = await captured;

  // The same action, now asking for A at the current version, sent with the viewer's cookies.
  const body = request.postData() ?? "";
  const forged = body
    .replace('"role":"R"', '"role":"A"')
    .replace('"expectedVersion":0', '"expectedVersion":1');
  expect(forged).not.toBe(body);
  const send = (context: { post: Page["request"]["post"] }) =>
    context.post(page.url(), {
      headers: {
        "Next-Action": request.headers()["next-action"]!,
        "Content-Type": request.headers()["content-type"] ?? "text/plain;charset=UTF-8",
        Accept: "text/x-component",
        Origin: new URL(page.url()).origin,
      },
      data: forged,
    });
  const viewer = await browser.newContext({ storageState: getStatePath("viewer") });
  const refused = await send(viewer.request);
  expect(await refused.text()).toContain('"code":"forbidden"');
  await viewer.close();

  await page.reload();
  await expect(cell(page, "Marketing", "Alpha")).toHaveAccessibleName("Marketing on Alpha: Responsible");

  // The very same request with the CX lead's cookies is accepted: the refusal was the role, not the request.
  const accepted = await send(page.request);
  expect(await accepted.text()).toContain('"ok":true');
  await page.reload();
  await expect(cell(page, "Marketing", "Alpha")).toHaveAccessibleName("Marketing on Alpha: Accountable");
});

test("another workspace's data is not found, in pages and in the API", { tag: "@smoke" }, async ({
  page,
  request,
}) => {
  const html = await request.get(`/w/${OTHER_WORKSPACE.slug}`);
  expect(html.status()).toBe(404);
  expect(await html.text()).not.toContain(OTHER_WORKSPACE.journey);
  const api = await request.get(`/api/v1/coverage?workspace=${OTHER_WORKSPACE.slug}`);
  expect(api.status()).toBe(404);
  expect(JSON.stringify(await api.json())).not.toContain(OTHER_WORKSPACE.name);
  await page.goto("/w/demo");
  await expect(page.getByText("Switch workspace")).toHaveCount(0);
});

test.describe("a member of two workspaces", () => {
  test.use({ role: "executive" });

  test("switches between them from the header; only the demo is marked as one", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/w\/demo$/);
    const nav = page.getByRole("navigation", { name: "Workspace" });
    await expect(nav.getByText("Demo workspace")).toBeVisible();
    await page.getByText("Switch workspace").click();
    await page.getByRole("link", { name: OTHER_WORKSPACE.name }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${OTHER_WORKSPACE.slug}$`));
    await expect(page.getByRole("link", { name: OTHER_WORKSPACE.journey })).toBeVisible();
    await expect(nav.getByText("Demo workspace")).toHaveCount(0);
  });
});

test("signing out ends the session on the server: a copy of its cookie stops working too", async ({
  browser,
}) => {
  // A session of its own, signed in here: signing out must not end the saved sessions other tests use.
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(DEMO_USERS.viewer.email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/w\/demo$/);
  const copied = await context.storageState();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/w/demo");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2Fdemo$/);
  await context.close();

  const thief = await browser.newContext({ storageState: copied });
  const stolen = await thief.newPage();
  await stolen.goto("/w/demo");
  await expect(stolen).toHaveURL(/\/sign-in\?callbackUrl=%2Fw%2Fdemo$/);
  expect((await thief.request.get("/api/v1/coverage?workspace=demo")).status()).toBe(401);
  await thief.close();
});
