import type { Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

// Other browser tests write events in parallel against the same server: nothing here counts rows.

function getSeededRow(page: Page) {
  return page.getByRole("row").filter({ hasText: "Seeded the demo workspace" });
}

test("the activity page lists the demo seed with its actor, time and details", async ({ page }) => {
  await page.goto("/w/demo");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Activity" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/activity$/);
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "When" })).toBeVisible();

  // The seed is the oldest event, so it may sit on a later page once other tests have written theirs.
  const row = getSeededRow(page);
  const older = page.getByRole("link", { name: "Older events" });
  while ((await row.count()) === 0 && (await older.count()) > 0) {
    const url = page.url();
    await older.click();
    await expect(page).not.toHaveURL(url);
    await expect(page.getByRole("columnheader", { name: "When" })).toBeVisible();
  }
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell").nth(1)).toHaveText("System");
  await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT[\d:.]+Z$/);
  await expect(row.locator("time")).toHaveText(/UTC$/);

  await row.getByText("Details").click();
  await expect(row.getByText(/"departments": 8/)).toBeVisible();
  await expectAccessible(page);
});

test("filters by action through the form, keeps the filter in the URL, and clears it", async ({ page }) => {
  await page.goto("/w/demo/activity");
  await page.getByLabel("Action").selectOption("workspace.seeded");
  await page.getByRole("button", { name: "Apply" }).click();

  await expect(page).toHaveURL(/[?&]action=workspace\.seeded(&|$)/);
  await expect(page.getByLabel("Action")).toHaveValue("workspace.seeded");
  await expect(getSeededRow(page)).toHaveCount(1);
  await expect(page.getByRole("table").getByRole("row")).toHaveCount(2);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/activity$/);
  await expect(page.getByLabel("Action")).toHaveValue("");
  await expect(page.getByRole("link", { name: "Clear filters" })).toHaveCount(0);
});

test("a filter that matches nothing says so", async ({ page }) => {
  await page.goto("/w/demo/activity");
  const department = page.getByLabel("Department");
  const lastDepartment = await department.locator("option").last().getAttribute("value");
  await department.selectOption(lastDepartment ?? "");
  await page.getByLabel("Action").selectOption("workspace.seeded");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("heading", { name: "No events match these filters" })).toBeVisible();
  await expect(page.getByRole("link", { name: "clear the filters" })).toBeVisible();
});

test("a hand-edited address is ignored with a note, never an error", async ({ page }) => {
  await page.goto("/w/demo/activity?journey=not-a-uuid&action=DROP%20TABLE&before=yesterday");
  await expect(page.getByRole("status")).toContainText(
    "The journey in the address is not one of this workspace's",
  );
  await expect(page.getByRole("status")).toContainText("No event has the action in the address");
  await expect(page.getByRole("status")).toContainText("The page position in the address was not recognised");
  await expect(page.getByLabel("Journey")).toHaveValue("");
  await expect(page.getByRole("heading", { level: 1, name: "Activity" })).toBeVisible();
});

test("another workspace's activity page does not exist", async ({ request }) => {
  // Asked without a browser: a 404 document would be logged as a console error.
  const response = await request.get("/w/not-a-workspace/activity");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Not found");
});
