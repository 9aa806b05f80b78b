import { expectAccessible } from "./accessibility";
import { DEMO_WORKSPACE, findDemoTouchpoint, formatDemoCoverage, getDemoCoverage } from "./demo-expectations";
import { expect, test } from "./fixtures";

test("the home page lists every demo journey with its coverage and stages in order", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/w\/demo$/);
  await expect(page.getByRole("heading", { level: 1, name: "Journeys" })).toBeVisible();

  for (const journey of DEMO_WORKSPACE.journeys) {
    const card = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: journey.name }) });
    await expect(card.getByText(formatDemoCoverage(getDemoCoverage(journey.name)))).toBeVisible();
    const stages = card.getByRole("list", { name: `${journey.name} stages in order` }).getByRole("link");
    await expect(stages).toHaveText(journey.stages.map((s) => s.name));
  }
  await expectAccessible(page);
});

test("a journey page shows the matrix: stages in order, role letters, each row's status and owner", async ({
  page,
}) => {
  const journey = DEMO_WORKSPACE.journeys[0]!;
  await page.goto("/");
  await page.getByRole("link", { name: journey.name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: journey.name })).toBeVisible();

  const table = page.getByRole("grid");
  for (const department of DEMO_WORKSPACE.departments) {
    await expect(table.getByRole("columnheader", { name: department.name })).toBeVisible();
  }
  await expect(page.locator("tbody[aria-label^='Stage ']")).toHaveCount(journey.stages.length);
  for (const [index, stage] of journey.stages.entries()) {
    const group = page.locator("tbody[aria-label^='Stage ']").nth(index);
    await expect(group).toHaveAttribute("aria-label", `Stage ${stage.name}`);
    await expect(group.getByRole("row")).toHaveCount(stage.touchpoints.length + 1);
  }

  const contested = findDemoTouchpoint(journey.name, "CONTESTED");
  const contestedRow = table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: contested.touchpoint.name }) });
  await expect(contestedRow.getByRole("gridcell").nth(1)).toHaveText(/\bContested$/);
  // Sides are listed in department order.
  const order = DEMO_WORKSPACE.departments.map((d) => d.name as string);
  const sides = [...contested.ownership.accountableIds].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  await expect(contestedRow.getByText(sides.join(" vs "))).toBeVisible();

  const owned = findDemoTouchpoint(journey.name, "OWNED");
  const ownedRow = table
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: owned.touchpoint.name }) });
  await expect(ownedRow.getByRole("gridcell").nth(1)).toHaveText(/\bOwned$/);
  await expect(ownedRow.getByRole("gridcell").nth(2)).toContainText(owned.ownership.ownerId ?? "");
  await expect(ownedRow.getByRole("gridcell", { name: /: Accountable$/ })).toHaveCount(1);

  await expectAccessible(page);
});

test("a journey id from nowhere shows a not-found page", async ({ page }) => {
  // The page streams behind a loading state, so Next answers 200 with a not-found page and a noindex tag.
  await page.goto("/w/demo/journeys/00000000-0000-7000-8000-000000000000");
  await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
});

test("the health endpoint reports the database in use", { tag: "@smoke" }, async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    status: "ok",
    database: process.env.TEST_DATABASE_URL ? "postgres" : "embedded",
  });
});
