import type { Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { LONG_SANDBOX, type SandboxJourney } from "./sandbox";

async function openJourney(page: Page, name: SandboxJourney | typeof LONG_SANDBOX.journey | "Get help") {
  await page.goto("/w/demo");
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

const cell = (page: Page, department: string, touchpoint: string) =>
  page.getByRole("gridcell", { name: new RegExp(`^${department} on ${touchpoint}:`) });
const row = (page: Page, touchpoint: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: touchpoint }) });
const stage = (page: Page, name: string) => page.locator(`tbody[aria-label="Stage ${name}"]`);

test("a CX lead sets roles by pointer; status, owner and stage update at once and survive a reload", {
  tag: "@smoke",
}, async ({ page }) => {
  await openJourney(page, "Sandbox: pointer");
  await expect(row(page, "Alpha").getByRole("gridcell").nth(1)).toHaveText(/Unowned$/);

  await cell(page, "Marketing", "Alpha").click();
  await page.getByRole("menuitemradio", { name: "A Accountable" }).click();
  await expect(cell(page, "Marketing", "Alpha")).toHaveAccessibleName("Marketing on Alpha: Accountable");
  await expect(row(page, "Alpha").getByRole("gridcell").nth(1)).toHaveText(/Owned$/);
  await expect(row(page, "Alpha").getByRole("gridcell").nth(2)).toHaveText(/^Marketing/);
  await expect(page.getByRole("status", { name: "Matrix changes" })).toHaveText(
    "Saved: Marketing is Accountable on Alpha.",
  );

  await cell(page, "Sales", "Bravo").click();
  await page.getByRole("menuitemradio", { name: "A Accountable" }).click();
  await expect(stage(page, "First stage").getByRole("columnheader").first()).toContainText("Owned");
  await expect(stage(page, "First stage")).toContainText("100% owned · 2/2");
  await expect(page.getByRole("status", { name: "Matrix changes" })).toHaveText(
    "Saved: Sales is Accountable on Bravo.",
  );

  await page.reload();
  await expect(cell(page, "Marketing", "Alpha")).toHaveAccessibleName("Marketing on Alpha: Accountable");
  await expect(cell(page, "Sales", "Bravo")).toHaveAccessibleName("Sales on Bravo: Accountable");
  await expect(page.getByText("67% owned · 2/3").first()).toBeVisible();
});

test("keyboard only: arrows move, letters set roles, a second A contests and Delete settles it", async ({
  page,
}) => {
  await openJourney(page, "Sandbox: keyboard");
  await cell(page, "Marketing", "Alpha").click();
  await page.keyboard.press("Escape");
  await expect(cell(page, "Marketing", "Alpha")).toBeFocused();

  await page.keyboard.press("a");
  await expect(cell(page, "Marketing", "Alpha")).toHaveAccessibleName(/Accountable$/);
  await page.keyboard.press("ArrowRight");
  await expect(cell(page, "Sales", "Alpha")).toBeFocused();
  await page.keyboard.press("A");
  await expect(row(page, "Alpha").getByRole("gridcell").nth(1)).toHaveText(/Contested$/);
  await expect(page.getByRole("status", { name: "Matrix changes" })).toHaveText(
    "Warning: Alpha is now contested: Marketing also holds A.",
  );
  await expect(row(page, "Alpha").getByRole("gridcell").nth(2)).toHaveText("Marketing vs Sales");

  await page.keyboard.press("Delete");
  await expect(row(page, "Alpha").getByRole("gridcell").nth(1)).toHaveText(/Owned$/);
  await expect(row(page, "Alpha").getByRole("gridcell").nth(2)).toHaveText(/^Marketing/);

  await page.keyboard.press("ArrowDown");
  await expect(cell(page, "Sales", "Bravo")).toBeFocused();
  await page.keyboard.press("r");
  await expect(cell(page, "Sales", "Bravo")).toHaveAccessibleName(/Responsible$/);
  await expect(page.getByRole("status", { name: "Matrix changes" })).toHaveText(
    "Saved: Sales is Responsible on Bravo.",
  );
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menu", { name: "Role of Sales on Bravo" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(cell(page, "Sales", "Bravo")).toBeFocused();

  await page.reload();
  await expect(cell(page, "Marketing", "Alpha")).toHaveAccessibleName(/Accountable$/);
  await expect(cell(page, "Sales", "Alpha")).toHaveAccessibleName(/no role$/);
  await expect(cell(page, "Sales", "Bravo")).toHaveAccessibleName(/Responsible$/);
});

test("two editors of one touchpoint: the second is told of the conflict and sees the current roles", {
  tag: "@smoke",
}, async ({ page, browser }) => {
  const other = await browser.newPage();
  await openJourney(page, "Sandbox: conflict");
  await openJourney(other, "Sandbox: conflict");

  await cell(page, "Billing", "Charlie").click();
  await page.getByRole("menuitemradio", { name: "A Accountable" }).click();
  await expect(page.getByRole("status", { name: "Matrix changes" })).toHaveText(/^Saved/);

  await cell(other, "IT", "Charlie").click();
  await other.getByRole("menuitemradio", { name: "A Accountable" }).click();
  await expect(other.getByRole("status", { name: "Matrix changes" })).toHaveText(
    /^Not saved: Someone else changed this touchpoint's roles/,
  );
  await expect(cell(other, "Billing", "Charlie")).toHaveAccessibleName(/Accountable$/);
  await expect(cell(other, "IT", "Charlie")).toHaveAccessibleName(/no role$/);
  await other.close();
});

test("filters live in the URL and show only the matching rows", async ({ page }) => {
  await openJourney(page, "Get help");
  await page.getByRole("form", { name: "Filter touchpoints" }).getByLabel("Status").selectOption("contested");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=contested/);
  const rows = page.locator("tbody tr").filter({ has: page.getByRole("rowheader") });
  await expect(rows).toHaveCount(1);
  await expect(rows.getByRole("gridcell").nth(1)).toHaveText(/Contested$/);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/status=/);
});

test("the stale filter is a status in the URL, chosen and applied from the keyboard", async ({ page }) => {
  await openJourney(page, "Get help");
  const status = page.getByRole("form", { name: "Filter touchpoints" }).getByLabel("Status");
  await status.focus();
  await status.selectOption({ label: "Owned, stale" });
  await page.getByRole("button", { name: "Apply filters" }).press("Enter");
  await expect(page).toHaveURL(/status=stale/);
  await expect(status).toHaveValue("stale");
  // The demo's owners confirmed some of their touchpoints months ago: exactly those rows are left, each flagged.
  const summary = page.getByText(/ · \d+ stale · .*showing \d+ that match the filters/);
  await expect(summary).toBeVisible();
  const [, stale, shown] = (await summary.textContent())?.match(/ · (\d+) stale · .*showing (\d+)/) ?? [];
  expect(Number(stale)).toBeGreaterThan(0);
  expect(shown).toBe(stale);
  const rows = page.locator("tbody tr").filter({ has: page.getByRole("rowheader") });
  await expect(rows).toHaveCount(Number(stale));
  for (const row of await rows.all())
    await expect(row.getByTitle(/\(owners confirm every \d+ days\)$/)).toContainText("Stale");
});

test("the matrix page has no serious accessibility violations", async ({ page }) => {
  await openJourney(page, "Get help");
  await expectAccessible(page);
});

test("a long matrix arrives with its first rows, completes in the browser, and the keyboard reaches the last row", async ({
  page,
}) => {
  await openJourney(page, LONG_SANDBOX.journey);
  // The server's HTML holds only the first rows: the page stays small for a 200-row journey.
  const html = await (await page.request.get(page.url())).text();
  expect(html.match(/scope="row"/g)?.length).toBe(40);
  expect(html).toMatch(/Loading (<!-- -->)?5(<!-- -->)? more touchpoints/);

  await expect(page.getByRole("rowheader")).toHaveCount(LONG_SANDBOX.touchpoints.length);
  await expect(page.getByText(/more touchpoints/)).toHaveCount(0);
  const first = LONG_SANDBOX.touchpoints[0]!;
  const last = LONG_SANDBOX.touchpoints[LONG_SANDBOX.touchpoints.length - 1]!;
  await cell(page, "Marketing", first).click();
  await page.keyboard.press("Escape");
  await expect(cell(page, "Marketing", first)).toBeFocused();
  for (let i = 0; i < 5; i++) await page.keyboard.press("PageDown");
  await expect(cell(page, "Marketing", last)).toBeFocused();
  await expect(cell(page, "Marketing", last)).toBeInViewport();
});
