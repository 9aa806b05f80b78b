// Issue #14 item 6 in the browser: the matrix's Outcome column and filter on the demo workspace, whose readings
// end last month (the current month's status falls back to them): owned touchpoints that slip and the unowned or
// contested ones are off target, every other one on target. Read-only: no test here changes the map.
import type { Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { DEMO_WORKSPACE, getDemoOffTarget, getDemoOwnership } from "./demo-expectations";
import { expect, test } from "./fixtures";

const JOURNEY = "Renew";
const SLIPPING = "Renewal reminder email";
const ON_TARGET = "Renewal reminder text";
const OFF_TARGET = getDemoOffTarget(JOURNEY);

async function openJourney(page: Page): Promise<void> {
  await page.goto("/w/demo");
  await page.getByRole("link", { name: JOURNEY, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: JOURNEY })).toBeVisible();
}

const row = (page: Page, touchpoint: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: touchpoint }) });
/** The Outcome cell: after channel, status and owner. */
const outcomeCell = (page: Page, touchpoint: string) => row(page, touchpoint).getByRole("gridcell").nth(3);
const rowHeaders = (page: Page) => page.getByRole("grid").getByRole("rowheader").getByRole("link");

test("the Outcome column names the worst miss, links to the trend, and the filter keeps only off-target rows", async ({
  page,
}) => {
  expect(OFF_TARGET).toContain(SLIPPING);
  expect(OFF_TARGET).not.toContain(ON_TARGET);
  await openJourney(page);
  const journeyPath = new URL(page.url()).pathname;
  await expect(page.getByRole("grid").getByRole("columnheader", { name: "Outcome" })).toBeVisible();
  await expect(outcomeCell(page, SLIPPING)).toHaveText(/Off target\s*CSAT \d(\.\d)? \/ 4\.2/);
  await expect(outcomeCell(page, ON_TARGET)).toContainText("On target");
  await expect(outcomeCell(page, ON_TARGET)).not.toContainText("Off target");
  await expectAccessible(page, "the matrix with its Outcome column");

  const filters = page.getByRole("form", { name: "Filter touchpoints" });
  await filters.getByLabel("Outcome").selectOption({ label: "Off target" });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/[?&]outcome=off-target/);
  await expect(rowHeaders(page)).toHaveText(OFF_TARGET);
  for (const name of OFF_TARGET) await expect(outcomeCell(page, name)).toContainText("Off target");
  // Stage headers keep their ownership status whatever the filter shows.
  const journey = DEMO_WORKSPACE.journeys.find((j) => j.name === JOURNEY)!;
  for (const stage of journey.stages) {
    await expect(page.locator(`tbody[aria-label="Stage ${stage.name}"] th[scope="colgroup"]`)).toContainText(
      /Owned|Unowned|Contested/,
    );
  }
  await expect(page.getByText(`showing ${OFF_TARGET.length} that match the filters`)).toBeVisible();
  await expectAccessible(page, "the matrix filtered to off-target rows");

  // Combined with another filter: off target and owned leaves the owned touchpoint that slips.
  await filters.getByLabel("Status").selectOption({ label: "Owned" });
  await filters.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=owned/);
  await expect(rowHeaders(page)).toHaveText([SLIPPING]);

  // The worst miss links to the touchpoint's outcomes, where the trend is.
  await outcomeCell(page, SLIPPING).getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: SLIPPING })).toBeVisible();
  await expect(page).toHaveURL(/#outcomes-heading$/);
  await expect(page.getByRole("region", { name: "Customer outcomes" })).toContainText("Off target");

  // An outcome the filter does not know is dropped ("Any outcome"); the other filters still apply.
  await page.goto(`${journeyPath}?outcome=bogus&status=owned`);
  await expect(filters.getByLabel("Outcome")).toHaveValue("");
  await expect(filters.getByLabel("Status")).toHaveValue("owned");
  await expect(rowHeaders(page)).toHaveText(
    journey.stages.flatMap((s) =>
      s.touchpoints.filter((t) => getDemoOwnership(t).status === "OWNED").map((t) => t.name),
    ),
  );
});

test.describe("at phone width, as a viewer", () => {
  test.use({ role: "viewer", viewport: { width: 390, height: 844 } });

  test("the matrix scrolls sideways inside its frame and the arrow keys still move over the departments", async ({
    page,
  }) => {
    await openJourney(page);
    await page.goto(`${page.url()}?outcome=off-target`);
    await expect(rowHeaders(page)).toHaveText(OFF_TARGET);

    // The page itself does not scroll sideways once its charts have drawn to their box (phone.spec.ts waits the
    // same way); the matrix does, within its region.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
      .toBeLessThanOrEqual(0);
    const region = page.getByRole("region", { name: `${JOURNEY} ownership matrix` });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await expect(outcomeCell(page, SLIPPING)).toContainText("Off target");

    // The Outcome column is no stop for the arrow keys: they go from department to department.
    const departments = DEMO_WORKSPACE.departments.map((d) => d.name as string);
    const cell = (department: string, touchpoint: string) =>
      page.getByRole("gridcell", { name: new RegExp(`^${department} on ${touchpoint}:`) });
    await cell(departments[0]!, SLIPPING).click();
    await expect(cell(departments[0]!, SLIPPING)).toBeFocused();
    await page.keyboard.press("ArrowLeft");
    await expect(cell(departments[0]!, SLIPPING)).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(cell(departments[1]!, SLIPPING)).toBeFocused();
    const next = OFF_TARGET[OFF_TARGET.indexOf(SLIPPING) + 1]!;
    await page.keyboard.press("ArrowDown");
    await expect(cell(departments[1]!, next)).toBeFocused();
    await expectAccessible(page, "the filtered matrix at phone width");
  });
});
