// The one accessibility check the browser tests make: axe with its default rules, failing on any serious or
// critical violation, listed by rule so the failure says what to fix.
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** Checks the page as it is now; `label` names the page in the failure when one test checks several. */
export async function expectAccessible(page: Page, label?: string): Promise<void> {
  // After a client-side navigation the new page's <title> streams in just after its content: check the page
  // once it has one, not in the moment between.
  await expect(page, label).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help}`),
    label,
  ).toEqual([]);
}
