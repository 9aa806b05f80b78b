import type { Page, Request } from "@playwright/test";
import { DEMO_USERS } from "../../lib/demo/demo-users";
import { expectAccessible } from "./accessibility";
import {
  DEMO_WORKSPACE,
  formatDemoCoverage,
  getDemoAccountable,
  getDemoCoverage,
  getDemoOwnership,
} from "./demo-expectations";
import { expect, test } from "./fixtures";

// Sandbox journeys are edited by other tests in parallel, so whole-workspace numbers are not asserted:
// every expectation is per demo journey, or on the dashboard filtered to one journey.
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

async function filterByJourney(page: Page, name: string) {
  await page.goto("/w/demo/dashboard");
  const form = page.getByRole("form", { name: "Filter the dashboard" });
  await form.getByLabel("Journey").selectOption({ label: name });
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/journey=/);
}

function demoTouchpoints(journeyName: string, status: "UNOWNED" | "CONTESTED") {
  const journey = DEMO_WORKSPACE.journeys.find((j) => j.name === journeyName)!;
  return journey.stages.flatMap((s) => s.touchpoints).filter((t) => getDemoOwnership(t).status === status);
}

test("each demo journey's line shows its real coverage and stages in order", async ({ page }) => {
  await page.goto("/w/demo");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Dashboard" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Coverage dashboard" })).toBeVisible();
  const line = page.locator("#journeys");
  await expect(line.getByRole("listitem").first()).toBeVisible({ timeout: 30_000 });
  for (const journey of DEMO_WORKSPACE.journeys) {
    const item = line
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: journey.name }) });
    await expect(item.getByText(formatDemoCoverage(getDemoCoverage(journey.name)))).toBeVisible();
    const stages = item.getByRole("list", { name: `${journey.name} stages in order` }).getByRole("link");
    await expect(stages).toHaveText(journey.stages.map((s) => s.name));
  }
});

test("filtered to a demo journey, the headline, the lists and the JSON agree with the rules", {
  tag: "@smoke",
}, async ({ page, request }) => {
  const journey = DEMO_WORKSPACE.journeys.find((j) => demoTouchpoints(j.name, "UNOWNED").length > 0)!;
  const coverage = getDemoCoverage(journey.name);
  await filterByJourney(page, journey.name);
  const headline = page.getByRole("list", { name: "Headline numbers" });
  await expect(headline.getByText(`${coverage.owned} of ${coverage.total} touchpoints owned`)).toBeVisible();
  await expect(
    headline.getByRole("link", { name: plural(coverage.contested, "contested touchpoint") }),
  ).toBeVisible();

  await headline.getByRole("link", { name: plural(coverage.unowned, "unowned touchpoint") }).click();
  await expect(page).toHaveURL(/#unowned$/);
  const unowned = page.getByRole("table", { name: "Unowned touchpoints" });
  await expect(unowned).toBeInViewport();
  await expect(unowned.getByRole("rowheader")).toHaveText(
    demoTouchpoints(journey.name, "UNOWNED").map((t) => t.name),
  );
  await expect(page.getByRole("table", { name: "Contested touchpoints" }).getByRole("rowheader")).toHaveText(
    demoTouchpoints(journey.name, "CONTESTED").map((t) => t.name),
  );

  const journeyId = new URL(page.url()).searchParams.get("journey");
  const response = await request.get(`/api/v1/coverage?workspace=demo&journey=${journeyId}`);
  expect(response.status()).toBe(200);
  const json = await response.json();
  expect(json.totals.coverage).toEqual(coverage);
  expect(json.journeys.map((j: { name: string }) => j.name)).toEqual([journey.name]);
  expect((await request.get("/api/v1/coverage?workspace=demo&journey=x")).status()).toBe(400);
});

test("changing one role in the matrix changes the dashboard", async ({ page }) => {
  const name = "Sandbox: dashboard";
  await filterByJourney(page, name);
  const headline = page.getByRole("list", { name: "Headline numbers" });
  await expect(headline.getByText("0 of 3 touchpoints owned")).toBeVisible();
  await expect(headline.getByRole("link", { name: "3 unowned touchpoints" })).toBeVisible();

  await page.locator("#journeys").getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await page.getByRole("gridcell", { name: /^Marketing on Alpha:/ }).click();
  await page.getByRole("menuitemradio", { name: "A Accountable" }).click();
  await expect(page.getByRole("status", { name: "Matrix changes" })).toHaveText(
    "Saved: Marketing is Accountable on Alpha.",
  );

  await page.goBack();
  await page.reload();
  await expect(headline.getByText("1 of 3 touchpoints owned")).toBeVisible();
  await expect(headline.getByRole("link", { name: "2 unowned touchpoints" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Unowned touchpoints" }).getByRole("rowheader")).toHaveText([
    "Bravo",
    "Charlie",
  ]);
});

test("the card of departments without a head lists the demo's, with what each puts at risk, as the JSON does", async ({
  page,
  request,
}) => {
  // Marketing has no head in the demo (only Contact Center has one); a demo journey is not edited by other tests.
  const journey = DEMO_WORKSPACE.journeys.find((j) => getDemoAccountable(j.name, "Marketing").length > 0)!;
  const atRisk = getDemoAccountable(journey.name, "Marketing");
  await filterByJourney(page, journey.name);
  const card = page.getByRole("region", { name: "Departments without a head" });
  const marketing = card
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Marketing", exact: true }) });
  await expect(marketing).toContainText("No head");
  await expect(marketing).toContainText(
    `Accountable for ${plural(atRisk.length, "touchpoint")} in this journey, at risk`,
  );
  const links = marketing.getByRole("list", { name: "At risk: Marketing's touchpoints" }).getByRole("link");
  await expect(links).toHaveText(
    atRisk.map((t) => `${journey.name} › ${t.stage.name} › ${t.touchpoint.name}`),
  );
  await expect(card.getByRole("heading", { name: DEMO_USERS.head.department })).toHaveCount(0);

  const journeyId = new URL(page.url()).searchParams.get("journey");
  const json = await (await request.get(`/api/v1/coverage?workspace=demo&journey=${journeyId}`)).json();
  expect(json.headlessDepartments).toContainEqual(
    expect.objectContaining({ name: "Marketing", accountable: atRisk.length }),
  );
  expect(json.headlessDepartments.map((d: { name: string }) => d.name)).not.toContain(
    DEMO_USERS.head.department,
  );

  await links.first().click();
  await expect(page).toHaveURL(/\/w\/demo\/touchpoints\/[0-9a-f-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(atRisk[0]!.touchpoint.name);
});

test("links fetch their page ahead when pointed at, not when they come into view", async ({ page }) => {
  const isPrefetch = (request: Request) => Boolean(request.headers()["next-router-prefetch"]);
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (isPrefetch(request)) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto("/w/demo/dashboard");
  await page.waitForLoadState("networkidle");
  expect(prefetched).toEqual([]);
  const activity = page.waitForRequest(
    (request) => isPrefetch(request) && new URL(request.url()).pathname === "/w/demo/activity",
  );
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Activity" }).hover();
  await activity;
});

test("the dashboard has no serious accessibility violations", async ({ page }) => {
  await page.goto("/w/demo/dashboard");
  // Charts load in the browser after the page; give a busy machine time.
  await expect(page.locator("#departments .recharts-wrapper")).toBeVisible({ timeout: 20_000 });
  await expect(page.locator("#over-time .recharts-wrapper")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("region", { name: "Departments without a head" })).toContainText("No head");
  // Each chart's numbers render when asked for, as a table (checked by axe below as well).
  await page.locator("#departments").getByText("Show the numbers as a table").click();
  const load = page.getByRole("table", { name: "Department load" });
  await expect(load.getByRole("rowheader", { name: DEMO_USERS.head.department })).toBeVisible();
  await page.locator("#over-time").getByText("Show the numbers as a table").click();
  const history = page.getByRole("table", { name: "Coverage by day" });
  // The history ends with today, as it is now.
  await expect(history.getByRole("rowheader").last()).toHaveText(new Date().toISOString().slice(0, 10));
  await expectAccessible(page);
});

test("the outcome section lists unowned pain first, and its scorecards sort from their headers", async ({
  page,
}) => {
  await filterByJourney(page, "Get help");
  const outcomes = page.getByRole("region", { name: "Customer outcomes" });
  await expect(outcomes.getByRole("heading", { level: 3 }).first()).toHaveText(/^Unowned pain \(\d+\)$/);
  // Demo readings: the escalation desk has no Accountable department and misses its complaints target worst.
  const pain = outcomes.getByRole("table", { name: "Unowned pain, worst miss first" });
  const worst = pain.getByRole("row").nth(1);
  await expect(worst.getByRole("rowheader")).toContainText("Escalation to a specialist");
  await expect(worst).toContainText("Unowned");
  await expect(worst).toContainText(/Complaints \d+ per month against 20 per month/);

  const departments = outcomes.getByRole("table", { name: "Department scorecards" });
  await departments.getByRole("link", { name: "Department: sort A to Z" }).click();
  await expect(page).toHaveURL(/scorecards=name/);
  await expect(page).toHaveURL(/journey=/);
  const names = await departments.getByRole("rowheader").allTextContents();
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  await expect(departments.getByRole("columnheader", { name: "Department: sort A to Z" })).toHaveAttribute(
    "aria-sort",
    "ascending",
  );

  await worst.getByRole("link", { name: "Escalation to a specialist" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Escalation to a specialist" })).toBeVisible();
});
