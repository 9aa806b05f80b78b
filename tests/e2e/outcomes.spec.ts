// Issue #14 in the browser: a CX lead sets a touchpoint's target and sees a reading's status; a department head
// records a reading where their department is Accountable, and is offered no form where it is not.
import type { Locator, Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { OUTCOMES_SANDBOX } from "./sandbox";

async function openTouchpoint(page: Page, name: string): Promise<void> {
  await page.goto("/w/demo");
  await page.getByRole("link", { name: OUTCOMES_SANDBOX.journey, exact: true }).click();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

/** Picks a measure in a form's "Measure" select by its name. */
async function chooseMeasure(form: Locator, name: string): Promise<void> {
  const select = form.getByLabel("Measure");
  const value = await select.locator("option", { hasText: name }).getAttribute("value");
  await select.selectOption(value ?? "");
}

function measureCard(page: Page, name: string): Locator {
  return page
    .getByRole("region", { name: "Customer outcomes" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { level: 3, name: new RegExp(`^${name} \\(`) }) });
}

test("a CX lead sets a touchpoint's target, records a reading below it, and sees it off target @smoke", async ({
  page,
}) => {
  await openTouchpoint(page, OUTCOMES_SANDBOX.headsTouchpoint);
  const outcomes = page.getByRole("region", { name: "Customer outcomes" });
  await expect(outcomes.getByText("No targets or readings here yet.")).toBeVisible();
  await expect(outcomes).toContainText("Its targets are Contact Center’s, the Accountable department’s.");

  const targetForm = page.getByRole("form", { name: "Set a target" });
  await chooseMeasure(targetForm, "CSAT");
  await targetForm.getByLabel("Target").fill("6");
  await targetForm.getByRole("button", { name: "Save target" }).click();
  await expect(targetForm.getByText("CSAT must be between 1 and 5.")).toBeVisible();
  await targetForm.getByLabel("Target").fill("4.2");
  await targetForm.getByRole("button", { name: "Save target" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Target for CSAT saved." })).toBeVisible();

  const csat = measureCard(page, "CSAT");
  await expect(csat.getByText("4.2 / 5", { exact: true })).toBeVisible();
  await expect(csat.getByText("No data")).toBeVisible();

  const readingForm = page.getByRole("form", { name: "Record a reading" });
  const month = await readingForm.getByLabel("Month").inputValue();
  await chooseMeasure(readingForm, "CSAT");
  await readingForm.getByLabel("Value").fill("3.1");
  await readingForm.getByLabel("Sample size (optional)").fill("120");
  await readingForm.getByRole("button", { name: "Record reading" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Recorded the CSAT reading for ${month}.` }),
  ).toBeVisible();
  await expect(csat.getByText("Off target")).toBeVisible();
  await expect(csat.getByText(`3.1 / 5 (${month})`)).toBeVisible();
  await expect(csat.getByText("1.1 / 5", { exact: true })).toBeVisible();
  await expect(
    csat.getByRole("img", { name: /Line chart of CSAT by month, against its target of 4.2/ }),
  ).toBeVisible();
  await expectAccessible(page);

  await page.goto("/w/demo/activity");
  await expect(
    page.getByText(`Set the CSAT target on ${OUTCOMES_SANDBOX.headsTouchpoint} to 4.2`).first(),
  ).toBeVisible();
});

test.describe("as the department head of Contact Center", () => {
  test.use({ role: "head" });

  test("records a reading where Contact Center is Accountable, and is offered no form elsewhere", async ({
    page,
  }) => {
    await openTouchpoint(page, OUTCOMES_SANDBOX.headsTouchpoint);
    await expect(page.getByRole("form", { name: "Set a target" })).toHaveCount(0);
    const readingForm = page.getByRole("form", { name: "Record a reading" });
    await readingForm.getByLabel("Month").fill("2026-13");
    await readingForm.getByLabel("Value").fill("2.5");
    await readingForm.getByRole("button", { name: "Record reading" }).click();
    await expect(readingForm.getByText("Enter a month as YYYY-MM, like 2026-11.")).toBeVisible();

    await readingForm.getByLabel("Month").fill("2026-10");
    await chooseMeasure(readingForm, "Customer effort");
    await readingForm.getByLabel("Source (optional)").fill("Post-call survey");
    await readingForm.getByRole("button", { name: "Record reading" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Recorded the Customer effort reading for 2026-10." }),
    ).toBeVisible();
    const effort = measureCard(page, "Customer effort");
    await effort.getByText("Readings as a table").click();
    await expect(effort.getByRole("row", { name: /2026-10 2.5 \/ 7 – Post-call survey/ })).toBeVisible();

    await openTouchpoint(page, OUTCOMES_SANDBOX.othersTouchpoint);
    await expect(page.getByRole("region", { name: "Customer outcomes" })).toContainText(
      "Its targets are Billing’s",
    );
    await expect(page.getByRole("form", { name: "Record a reading" })).toHaveCount(0);
  });
});
