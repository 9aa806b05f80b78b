// Verification (issue #15): the demo head confirms a stale ownership of their department from the claims page;
// the stale count drops there and on the dashboard, and the touchpoint page no longer flags it.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

test.use({ role: "head" });

/** Contact Center's stale count in the dashboard's department table. */
async function dashboardStale(page: Page): Promise<number> {
  await page.goto("/w/demo/dashboard");
  // The chart's numbers render when their disclosure opens (after the card has streamed in).
  await page.locator("#departments").getByText("Show the numbers as a table").click();
  const table = page.getByRole("table", { name: "Department load" });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Contact Center" }) });
  // The card streams in after the page's first bytes: read it once it is there.
  await expect(row.getByRole("cell").last()).toHaveText(/^\d+$/);
  const cells = await row.getByRole("cell").allInnerTexts();
  return Number(cells.at(-1));
}

test("a head confirms a stale ownership: it is no longer stale anywhere", async ({ page }) => {
  const staleBefore = await dashboardStale(page);
  expect(staleBefore).toBeGreaterThan(0);

  await page.goto("/w/demo/claims");
  const section = page.getByRole("region", { name: "Ownership to confirm" });
  await expect(
    section.getByRole("button", { name: `Confirm all ${staleBefore} as still ours` }),
  ).toBeVisible();
  await expectAccessible(page, "claims page with ownership to confirm");
  const staleRow = section.getByRole("listitem").filter({ hasText: "Stale" }).first();
  const name = ((await staleRow.getByRole("link").textContent()) ?? "").trim();
  expect(name).not.toBe("");
  await staleRow.getByRole("button", { name: `Still ours: ${name}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Ownership of ${name} confirmed.` })).toBeVisible();
  const today = new Date().toISOString().slice(0, 10);
  const confirmedRow = section
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(confirmedRow).toContainText(`Confirmed ${today}`);
  if (staleBefore > 1)
    await expect(
      section.getByRole("button", { name: `Confirm all ${staleBefore - 1} as still ours` }),
    ).toBeVisible();

  await confirmedRow.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${name}`) })).toBeVisible();
  await expect(page.getByText(`Contact Center last confirmed it on ${today}`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).getByText("Stale")).toHaveCount(0);

  expect(await dashboardStale(page)).toBe(staleBefore - 1);
});
