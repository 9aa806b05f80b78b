// Issue #14 item 6 in the browser: the monthly CX review of the demo's last month, reached from the dashboard,
// leads with unowned pain, passes axe, and prints as a document: no navigation, a page per section, black on
// white, while the dashboard keeps printing as before.
import { buildDemoHistory } from "../../lib/demo/demo-history";
import { addMonths, monthOf } from "../../lib/outcomes/rules";
import { expectAccessible } from "./accessibility";
import { DEMO_WORKSPACE, findDemoTouchpoint, getDemoCoverage, getDemoOwnership } from "./demo-expectations";
import { expect, test } from "./fixtures";

// The demo's readings end last month (lib/demo/demo-outcomes.ts), which is the review's default.
const LAST_MONTH = addMonths(monthOf(new Date()), -1);

/** The demo's seeded coverage as `month` ended: its last weekly snapshot on or before the month's last day. */
function monthEndCoverage(month: string) {
  const now = new Date();
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const nextMonth = new Date(`${addMonths(month, 1)}-01T00:00:00Z`);
  const history = buildDemoHistory({ coverage: getDemoCoverage(), today });
  const closed = history.filter((s) => s.day < nextMonth).at(-1);
  if (!closed) throw new Error(`The demo history does not reach ${month}.`);
  return closed;
}
const monthName = (month: string) =>
  new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** Owned touchpoints whose CSAT the demo lets slip below target lately (lib/demo/demo-outcomes.ts). */
const SLIPPING = ["Renewal reminder email", "Support phone line", "Courier delivery"];

const SECTIONS = [
  /^Unowned pain \(\d+\)$/,
  "Summary",
  "Department scorecards",
  "Journey owners’ scorecards",
  "Biggest movers",
  "Ownership decisions of the month",
];

test("the dashboard links to last month's review, which leads with unowned pain and prints as a document @smoke", async ({
  page,
}) => {
  await page.goto("/w/demo/dashboard");
  await page.getByRole("link", { name: "Monthly CX review" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/review$/);
  await expect(
    page.getByRole("heading", { level: 1, name: `Monthly CX review: ${monthName(LAST_MONTH)}` }),
  ).toBeVisible();
  await expect(page.getByText("Northwind Subscriptions", { exact: true }).last()).toBeVisible();
  await expect(page.getByText(/^Generated \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toHaveText(SECTIONS);

  // An unowned demo touchpoint misses its CSAT target in every month of readings.
  const { touchpoint } = findDemoTouchpoint("Get help", "UNOWNED");
  const pain = page.getByRole("region", { name: /^Unowned pain/ });
  const row = pain
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: touchpoint.name, exact: true }) });
  await expect(row.getByRole("cell", { name: "Unowned", exact: true })).toBeVisible();
  await expect(row.getByText(/^CSAT \d(\.\d)? \/ 5 against 4\.2 \/ 5: misses by/)).toBeVisible();

  // The demo is seeded with a year of weekly coverage (lib/demo/demo-history.ts): last month closed on the last
  // snapshot on or before its final day.
  const summary = page.getByRole("region", { name: "Summary" });
  const closed = monthEndCoverage(LAST_MONTH);
  await expect(summary.getByRole("row", { name: /^Coverage \(touchpoints owned\)/ })).toContainText(
    `(${closed.owned} of ${closed.touchpoints})`,
  );
  await expect(summary.getByRole("row", { name: /^Touchpoints with unowned pain/ })).toBeVisible();
  // Three owned touchpoints slip below their CSAT target: their departments' scorecards count the misses.
  const departments = page.getByRole("table", { name: /^Department scorecards/ });
  for (const name of SLIPPING) {
    const slipping = DEMO_WORKSPACE.journeys
      .flatMap((j) => j.stages.flatMap((s) => s.touchpoints))
      .find((t) => t.name === name)!;
    const owner = getDemoOwnership(slipping).accountableIds[0]!;
    const offTarget = departments
      .getByRole("row", { name: new RegExp(`^${owner} \\d`) })
      .getByRole("cell")
      .nth(2);
    await expect(offTarget).not.toHaveText("0");
  }
  await expect(page.getByRole("table", { name: "Largest declines" }).getByRole("row").nth(1)).toBeVisible();
  const renew = page
    .getByRole("table", { name: /^Journey owners’ scorecards/ })
    .getByRole("row", { name: /^Renew/ });
  await expect(renew.getByText("No journey owner")).toBeVisible();
  await expect(page.getByRole("region", { name: "Ownership decisions of the month" })).toContainText(
    `No contest was resolved in ${monthName(LAST_MONTH)}.`,
  );
  await expectAccessible(page);

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeHidden();
  await expect(page.locator("body > header")).toBeHidden();
  await expect(page.getByRole("button", { name: "Print or save as PDF" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Show review" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const printed = await page.locator(".review-section").evaluateAll((sections) =>
    sections.map((section) => {
      const style = getComputedStyle(section);
      return [style.breakBefore, style.color, style.backgroundColor];
    }),
  );
  expect(printed).toEqual(
    SECTIONS.map((_, i) => [i === 0 ? "auto" : "page", "rgb(0, 0, 0)", "rgba(0, 0, 0, 0)"]),
  );
  const link = pain.getByRole("link", { name: touchpoint.name, exact: true });
  expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe("underline");

  // Scoped to the review: the dashboard prints with the app's header, as it did.
  await page.goto("/w/demo/dashboard");
  await expect(page.locator("body > header")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Workspace" })).toBeHidden();
});

test.describe("as a viewer", () => {
  test.use({ role: "viewer" });

  test("moves between months with the picker and the links, and hears why a month cannot be reviewed", async ({
    page,
  }) => {
    await page.goto("/w/demo");
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Review" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: `Monthly CX review: ${monthName(LAST_MONTH)}` }),
    ).toBeVisible();

    const before = addMonths(LAST_MONTH, -1);
    await page
      .getByRole("navigation", { name: "Other months" })
      .getByRole("link", { name: monthName(before) })
      .click();
    await expect(page).toHaveURL(new RegExp(`month=${before}$`));
    await expect(
      page.getByRole("heading", { level: 1, name: `Monthly CX review: ${monthName(before)}` }),
    ).toBeVisible();

    const current = monthOf(new Date());
    await page.getByLabel("Month", { exact: true }).fill(current);
    await page.getByRole("button", { name: "Show review" }).click();
    await expect(page).toHaveURL(new RegExp(`month=${current}$`));
    await expect(page.getByText(`${monthName(current)} is not over`)).toBeVisible();
    await expect(page.getByRole("region", { name: "Summary" })).toContainText("Coverage today");
    await expect(page.getByRole("navigation", { name: "Other months" }).getByRole("link")).toHaveCount(1);

    await page.goto("/w/demo/review?month=2026-13");
    await expect(page.getByRole("heading", { name: "That month cannot be reviewed" })).toBeVisible();
    await expect(page.getByText("“2026-13”: Enter a month as YYYY-MM, like 2026-11.")).toBeVisible();
    await expectAccessible(page, "refused month");
    await page.getByRole("link", { name: `Open the review of ${monthName(LAST_MONTH)}` }).click();
    await expect(page.getByRole("region", { name: /^Unowned pain/ })).toBeVisible();
  });
});
