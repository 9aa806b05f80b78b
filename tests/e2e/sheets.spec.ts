import { type Page, request as playwrightRequest } from "@playwright/test";
import { DEMO_USERS } from "../../lib/demo/demo-users";
import { expectAccessible } from "./accessibility";
import { getStatePath } from "./auth-states";
import { expect, test } from "./fixtures";

// Imports in merge mode into a journey of its own, with demo department names only, so other specs (which
// read demo journeys, or whole-workspace numbers not at all) are unaffected.

/** Creates a token on the settings page and returns it as shown once. */
async function createToken(page: Page, name: string): Promise<string> {
  await page.goto("/w/demo/settings");
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByRole("status").filter({ hasText: `Token “${name}” created` });
  await expect(shown).toBeVisible();
  const token = (await shown.locator("code").textContent()) ?? "";
  expect(token).toMatch(/^tl_/);
  return token;
}

test("a CX lead imports a sheet: sees its problems, fixes them, previews, applies, and the map changes", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const journey = `Sheets e2e ${test.info().workerIndex}-${Date.now()}`;
  await page.goto("/w/demo");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await expectAccessible(page);

  const sheet = page.getByLabel("Or paste the sheet");
  const withErrors = [
    "journey,stage,touchpoint,channel,Marketing,Billing",
    `${journey},Pay,Card,fax,A,`,
    `${journey},Pay,Invoice,email,A,X`,
  ].join("\n");
  await page.getByLabel("CSV file", { exact: true }).setInputFiles({
    name: "raci.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`\uFEFF${withErrors}`, "utf8"),
  });
  await expect(sheet).toHaveValue(withErrors);
  await page.getByRole("button", { name: "Preview import" }).click();
  const problems = page.getByRole("table", { name: "Problems in the sheet" });
  await expect(page.getByRole("heading", { name: "2 problems to fix before importing" })).toBeVisible();
  await expect(problems.getByRole("row").nth(1)).toContainText("2channel");
  await expect(problems.getByRole("row").nth(2)).toContainText("3Billing");
  await expectAccessible(page);

  await sheet.fill(
    [
      `journey,stage,touchpoint,channel,Marketing,Billing`,
      `${journey},Pay,Card,web,A,`,
      `${journey},Pay,Invoice,email,A,a`,
    ].join("\n"),
  );
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByRole("heading", { name: "Preview (merge)" })).toBeVisible();
  const counts = page.locator("dl");
  await expect(counts.getByText("New touchpoints")).toBeVisible();
  await page.getByText("Contested: two or more departments hold A (1)").click();
  await expect(page.getByText(`${journey} › Pay › Invoice`)).toBeVisible();
  await page.getByRole("button", { name: "Apply import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported." })).toBeVisible();

  await page.goto("/w/demo");
  await page.getByRole("link", { name: journey, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: journey })).toBeVisible();
  await expect(
    page
      .getByRole("row", { name: /Invoice/ })
      .getByRole("gridcell")
      .nth(1),
  ).toHaveText(/\bContested$/);
  await expect(page.getByRole("row", { name: /Card/ }).getByRole("gridcell").nth(1)).toHaveText(/\bOwned$/);
  await expect(page.getByRole("link", { name: "Export CSV" })).toHaveAttribute("href", /journey=/);

  await page.goto("/w/demo/dashboard");
  const form = page.getByRole("form", { name: "Filter the dashboard" });
  await form.getByLabel("Journey").selectOption({ label: journey });
  await form.getByRole("button", { name: "Apply filters" }).click();
  const headline = page.getByRole("list", { name: "Headline numbers" });
  await expect(headline.getByText("1 of 2 touchpoints owned")).toBeVisible();
  await expect(headline.getByRole("link", { name: "1 contested touchpoint" })).toBeVisible();
});

test("a member creates an API token, uses it, and revokes it", async ({ page, baseURL }) => {
  const name = `e2e token ${test.info().workerIndex}-${Date.now()}`;
  await page.goto("/w/demo/settings");
  await page.getByLabel("Token name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByRole("status").filter({ hasText: `Token “${name}” created` });
  await expect(shown).toBeVisible();
  await expect(page.getByRole("button", { name: "Copy token" })).toBeVisible();
  const token = (await shown.locator("code").textContent()) ?? "";
  expect(token).toMatch(/^tl_/);
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText("Never");

  const api = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  // The API description is public; everything else needs the token.
  expect((await api.get("/api/v1/openapi.json")).status()).toBe(200);
  expect((await api.get("/api/v1/export?workspace=demo")).status()).toBe(401);
  const headers = { authorization: `Bearer ${token}` };
  expect((await api.get("/api/v1/export?workspace=demo", { headers })).status()).toBe(200);

  const row = page.getByRole("row", { name: new RegExp(name) });
  await row.getByRole("button", { name: `Revoke token ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke token “${name}”?` });
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(dialog).toBeHidden();
  // A revoked token stays listed for 30 days, marked so, with nothing left to revoke.
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button")).toHaveCount(0);
  const refused = await api.get("/api/v1/export?workspace=demo", { headers });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).error.code).toBe("unauthorized");
  await api.dispose();
});

test("a CX lead sees a viewer's token, revokes it, and the activity log says whose it was", async ({
  page,
  browser,
  baseURL,
}) => {
  const viewer = DEMO_USERS.viewer;
  const name = `viewer token ${test.info().workerIndex}-${Date.now()}`;
  const viewerContext = await browser.newContext({ storageState: getStatePath("viewer") });
  const viewerPage = await viewerContext.newPage();
  const token = await createToken(viewerPage, name);
  // The viewer's own list: no creator column, and none of the lead's tokens.
  await expect(viewerPage.getByRole("table", { name: "Your API tokens" })).toBeVisible();
  await expect(viewerPage.getByRole("columnheader", { name: "Created by" })).toHaveCount(0);
  await viewerContext.close();

  const api = await playwrightRequest.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const headers = { authorization: `Bearer ${token}` };
  expect((await api.get("/api/v1/export?workspace=demo", { headers })).status()).toBe(200);

  await page.goto("/w/demo/settings");
  const table = page.getByRole("table", { name: "API tokens of this workspace" });
  const row = table.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(viewer.name);
  await expect(row).toContainText(viewer.email);
  await expect(row).toContainText("Active");
  await expectAccessible(page);

  await row.getByRole("button", { name: `Revoke token ${name}, created by ${viewer.name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke token “${name}”, created by ${viewer.name}?` });
  await expect(dialog).toContainText(viewer.email);
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: `Revoked token “${name}”` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeFocused();
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button")).toHaveCount(0);

  const refused = await api.get("/api/v1/export?workspace=demo", { headers });
  expect(refused.status()).toBe(401);
  await api.dispose();

  await page.goto("/w/demo/activity?action=api_token.revoked");
  await expect(
    page.getByText(`Revoked API token ${name}, created by ${viewer.name} (${viewer.email})`),
  ).toBeVisible();
});

test("a CX lead changes the verification cadence: a wrong value is refused on its field, a good one stays", async ({
  page,
}) => {
  await page.goto("/w/demo/settings");
  const section = page.getByRole("region", { name: "Ownership verification" });
  await expect(section).toContainText(
    "Owners confirm their touchpoints every 90 days; older ownership is flagged stale.",
  );
  const days = section.getByRole("spinbutton", { name: "Days between confirmations" });
  await expect(days).toHaveValue("90");

  await days.fill("731");
  await days.press("Enter");
  await expect(section.getByText("The cadence is a whole number of days from 1 to 730.")).toBeVisible();
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(days).toHaveAccessibleDescription("The cadence is a whole number of days from 1 to 730.");
  await expectAccessible(page);

  // The demo's ownership was confirmed when it was seeded: a longer cadence leaves every flag as it is for the
  // specs running beside this one, and the cadence goes back to 90 at the end.
  try {
    await days.fill("120");
    await section.getByRole("button", { name: "Save cadence" }).click();
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: "Saved: owners now confirm their touchpoints every 120 days." }),
    ).toBeVisible();
    await page.reload();
    await expect(section).toContainText("Owners confirm their touchpoints every 120 days");
    await expect(days).toHaveValue("120");
    await expectAccessible(page);
  } finally {
    await days.fill("90");
    await section.getByRole("button", { name: "Save cadence" }).click();
    await expect(section).toContainText("every 90 days");
  }
});

test.describe("a viewer", () => {
  test.use({ role: "viewer" });
  test("sees export and tokens in settings but no import", async ({ page }) => {
    await page.goto("/w/demo/settings");
    const verification = page.getByRole("region", { name: "Ownership verification" });
    await expect(verification).toContainText("Owners confirm their touchpoints every");
    await expect(verification.getByRole("spinbutton")).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Export CSV" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Import a RACI sheet" })).toHaveCount(0);
    await expectAccessible(page);
  });
});
