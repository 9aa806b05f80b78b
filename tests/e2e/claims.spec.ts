// Issue #5 end to end: a head claims, the CX lead approves and the dashboard moves; two heads compete, the
// touchpoint shows as contested, and the CX lead resolves it. Each test works in a sandbox journey of its own.
import type { Browser, Page } from "@playwright/test";
import { expectAccessible } from "./accessibility";
import { getStatePath } from "./auth-states";
import { expect, test } from "./fixtures";
import { CLAIM_QUEUE, LONG_SANDBOX, type SandboxJourney } from "./sandbox";

const matrixRow = (page: Page, touchpoint: string) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: touchpoint }) });

async function openJourney(page: Page, journey: SandboxJourney) {
  await page.goto("/w/demo");
  await page.getByRole("link", { name: journey, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: journey })).toBeVisible();
}

async function openTouchpoint(page: Page, journey: SandboxJourney, touchpoint: string) {
  await openJourney(page, journey);
  await matrixRow(page, touchpoint).getByRole("link", { name: touchpoint, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^${touchpoint}`) })).toBeVisible();
}

async function claim(page: Page, touchpoint: string, reason: string) {
  const form = page.getByRole("form", { name: `Claim ${touchpoint}` });
  await form.getByLabel("A — Accountable (owner)").check();
  await form.getByLabel("Reason").fill(reason);
  await form.getByRole("button", { name: "Claim" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Claim sent for ${touchpoint}.` })).toBeVisible();
  await expect(page.getByText("Your department's claim for A is pending.")).toBeVisible();
}

async function unownedHeadline(page: Page, journey: SandboxJourney) {
  await page.goto("/w/demo/dashboard");
  const form = page.getByRole("form", { name: "Filter the dashboard" });
  await form.getByLabel("Journey").selectOption({ label: journey });
  await form.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/journey=/);
  return page.getByRole("list", { name: "Headline numbers" });
}

/** A page of its own, signed in as the demo head or the second head (Billing) by the setup project. */
async function pageAs(browser: Browser, who: "head" | "second head"): Promise<Page> {
  const state = getStatePath(who === "head" ? "head" : "secondHead");
  return (await browser.newContext({ storageState: state })).newPage();
}

test("a head claims an unowned touchpoint, the CX lead approves it, the dashboard's unowned count drops by one", {
  tag: "@smoke",
}, async ({ page, browser }) => {
  const journey = "Sandbox: claims";
  const headline = await unownedHeadline(page, journey);
  await expect(headline.getByRole("link", { name: "3 unowned touchpoints" })).toBeVisible();

  const head = await pageAs(browser, "head");
  await openTouchpoint(head, journey, "Alpha");
  await claim(head, "Alpha", "Every call about it lands with us");

  await page.goto("/w/demo");
  await page
    .getByRole("navigation", { name: "Workspace" })
    .getByRole("link", { name: /^Inbox, \d+ waiting$/ })
    .click();
  const decide = page.getByRole("form", { name: "Decide Contact Center's claim on Alpha" });
  await decide.getByLabel("Note to the department").fill("Agreed: Contact Center owns it");
  await decide.getByRole("button", { name: "Approve" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Decide Contact Center's claim on Alpha: approved." }),
  ).toBeVisible();
  await expect(decide).toHaveCount(0);

  await unownedHeadline(page, journey);
  await expect(headline.getByRole("link", { name: "2 unowned touchpoints" })).toBeVisible();
  await expect(headline.getByText("1 of 3 touchpoints owned")).toBeVisible();

  await head.goto("/w/demo/inbox");
  await expect(head.getByText("Approved: your claim for A")).toBeVisible();
  await expect(head.getByText("“Agreed: Contact Center owns it”")).toBeVisible();
  await head.context().close();
});

test("a second head's competing claim shows as a contest and is resolved", async ({ page, browser }) => {
  const journey = "Sandbox: contests";
  const head = await pageAs(browser, "head");
  await openTouchpoint(head, journey, "Bravo");
  await claim(head, "Bravo", "Customers email us first");
  const second = await pageAs(browser, "second head");
  await openTouchpoint(second, journey, "Bravo");
  await claim(second, "Bravo", "It is a billing email");

  await openJourney(page, journey);
  const row = matrixRow(page, "Bravo");
  await expect(row.getByText("Contested")).toBeVisible();
  await expect(row.getByText("Contact Center vs Billing")).toBeVisible();

  await page.goto("/w/demo/claims/contests");
  const contest = page.getByRole("article", { name: "Contest on Bravo" }).filter({ hasText: journey });
  const side = (name: string) => contest.getByRole("listitem").filter({ hasText: `${name} claims A` });
  await expect(side("Contact Center")).toContainText("“Customers email us first”");
  await expect(side("Billing")).toContainText("“It is a billing email”");
  const resolve = contest.getByRole("form", { name: "Resolve the contest on Bravo" });
  await resolve.getByLabel("Billing", { exact: true }).check();
  await resolve.getByLabel("Note to both sides").fill("Billing emails are Billing's");
  await resolve.getByRole("button", { name: "Resolve contest" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Contest on Bravo resolved." })).toBeVisible();

  await openTouchpoint(page, journey, "Bravo");
  await expect(page.getByRole("heading", { level: 1, name: /^Bravo/ }).getByText("Owned")).toBeVisible();
  await expect(page.getByText("Accountable: Billing")).toBeVisible();
  await head.goto("/w/demo/inbox");
  await expect(head.getByText("Rejected: your claim for A")).toBeVisible();
  await head.context().close();
  await second.context().close();
});

test("a head searches the touchpoints their department could take, pages the results and claims one", async ({
  browser,
}) => {
  // The long sandbox journey's rows: no other test gives them a role or a claim, so the counts hold.
  const found = LONG_SANDBOX.touchpoints.at(-1)!;
  const head = await pageAs(browser, "head");
  await head.goto("/w/demo/claims");
  const search = head.getByRole("form", { name: "Search touchpoints Contact Center could take" });
  await search.getByLabel("Touchpoint name").fill("ROW");
  await search.getByLabel("Journey").selectOption({ label: LONG_SANDBOX.journey });
  await search.getByRole("button", { name: "Search" }).click();
  await expect(head).toHaveURL(/[?&]q=ROW(&|#|$)/);
  const summary = head.getByText(/^Showing \d+–\d+ of \d+ touchpoints$/);
  const candidates = head.getByRole("table", { name: "Touchpoints Contact Center could take" });
  await expect(summary).toHaveText(`Showing 1–25 of ${LONG_SANDBOX.touchpoints.length} touchpoints`);
  await expect(candidates.getByRole("row").nth(1)).toContainText(LONG_SANDBOX.touchpoints[0]!);
  await expect(candidates.getByRole("link", { name: found, exact: true })).toHaveCount(0);

  const pages = head.getByRole("navigation", { name: "Pages of touchpoints Contact Center could take" });
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(head).toHaveURL(/[?&]page=2(&|#|$)/);
  await expect(summary).toHaveText(`Showing 26–45 of ${LONG_SANDBOX.touchpoints.length} touchpoints`);
  await expect(search.getByLabel("Touchpoint name")).toHaveValue("ROW");
  await candidates.getByRole("link", { name: found, exact: true }).click();
  await expect(head.getByRole("heading", { level: 1, name: new RegExp(`^${found}`) })).toBeVisible();
  await claim(head, found, "Customers call us about this row");

  // Claimed: it is among the pending claims and no longer one to take, whatever the search.
  await head.goto(`/w/demo/claims?q=${encodeURIComponent(found.toLowerCase())}`);
  await expect(
    head.getByRole("table", { name: "Contact Center's pending claims" }).getByRole("link", { name: found }),
  ).toBeVisible();
  await expect(head.getByText("No touchpoint it could take matches the search.")).toBeVisible();
  await expect(candidates).toHaveCount(0);
  // Forgiving URLs: a journey that is not one is no filter, a page past the end is the last.
  // "row 4" is in Row 40 to Row 45, and Row 45 is claimed now.
  await head.goto("/w/demo/claims?q=row%204&journey=nonsense&page=99");
  await expect(summary).toHaveText("Showing 1–5 of 5 touchpoints");
  await expect(search.getByLabel("Journey")).toHaveValue("");
  await head.context().close();
});

test("the CX lead pages through the pending claims and decides one on page 2", async ({ page }) => {
  // The seeded queue (tests/e2e/sandbox.ts) alone is more than a page; claims other tests make come later.
  const last = CLAIM_QUEUE.touchpoints.at(-1)!;
  const summary = page.getByText(/^Showing \d+–\d+ of \d+ pending claims$/);
  const pages = page.getByRole("navigation", { name: "Pending claims pages" });
  await page.goto("/w/demo/claims");
  await expect(summary).toHaveText(/^Showing 1–25 of \d+/);
  await expect(pages.getByRole("link", { name: "Previous" })).toHaveCount(0);
  await expect(page.getByRole("form", { name: `Decide Product's claim on ${last}` })).toHaveCount(0);
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\/w\/demo\/claims\?page=2$/);
  await expect(summary).toHaveText(/^Showing 26–\d+ of \d+/);
  await expect(pages.getByText(/^Page 2 of \d+$/)).toBeVisible();
  await expect(pages.getByRole("link", { name: "Previous" })).toHaveAttribute("href", "/w/demo/claims");

  // A second tab on the same page still offers the decision this one is about to make.
  const stale = await page.context().newPage();
  await stale.goto("/w/demo/claims?page=2");
  const staleForm = stale.getByRole("form", { name: `Decide Product's claim on ${last}` });
  await expect(staleForm).toBeVisible();

  const decide = page.getByRole("form", { name: `Decide Product's claim on ${last}` });
  await decide.getByLabel("Note to the department").fill("Product runs it, Product does the work");
  await decide.getByRole("button", { name: "Approve" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Decide Product's claim on ${last}: approved.` }),
  ).toBeVisible();
  await expect(decide).toHaveCount(0);
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(summary).toHaveText(/^Showing 26–\d+ of \d+/);

  await staleForm.getByLabel("Note to the department").fill("Not ours after all");
  await staleForm.getByRole("button", { name: "Reject" }).click();
  await expect(staleForm.getByRole("status")).toHaveText(
    "This claim was already approved, so it cannot be decided again. Reload the page to see its current state.",
  );
  await stale.close();

  // Forgiving URLs: not a page reads as the first, past the end as the last.
  await page.goto("/w/demo/claims?page=first");
  await expect(summary).toHaveText(/^Showing 1–25 of \d+/);
  await page.goto("/w/demo/claims?page=999");
  await expect(summary).not.toHaveText(/^Showing 1–/);
  await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);
  await expect(pages.getByRole("link", { name: "Previous" })).toBeVisible();
});

test("a withdraw that fails keeps its dialog open and says why inside it", async ({ browser }) => {
  const journey = "Sandbox: claims";
  const head = await pageAs(browser, "head");
  await openTouchpoint(head, journey, "Bravo");
  await claim(head, "Bravo", "Its emails come to us");

  // The same head withdraws the claim in a second tab, while the first one still offers to.
  const otherTab = await head.context().newPage();
  await openTouchpoint(otherTab, journey, "Bravo");
  await otherTab.getByRole("button", { name: "Withdraw claim on Bravo" }).click();
  await otherTab
    .getByRole("dialog", { name: "Withdraw your claim on Bravo?" })
    .getByRole("button", { name: "Withdraw claim" })
    .click();
  await expect(otherTab.getByRole("status").filter({ hasText: "Claim withdrawn." })).toBeVisible();

  await head.getByRole("button", { name: "Withdraw claim on Bravo" }).click();
  const dialog = head.getByRole("dialog", { name: "Withdraw your claim on Bravo?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Withdraw claim" }).click();
  const refusal =
    "This claim is no longer pending: it was already withdrawn. Reload the page to see its current state.";
  await expect(dialog).toContainText(refusal);
  await expect(dialog).not.toContainText("decided");
  await expect(dialog).toBeVisible();
  await expect(head.getByText(`Not saved: ${refusal}`)).toBeAttached();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await head.context().close();
});

async function checkAccessible(p: Page, path: string, heading: string | RegExp) {
  await p.goto(path);
  await expect(p.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expectAccessible(p, path);
}

test("the CX lead's claims pages have no serious accessibility violations", async ({ page }) => {
  await checkAccessible(page, "/w/demo/claims", "Claims");
  await checkAccessible(page, "/w/demo/claims/contests", "Contests");
  await checkAccessible(page, "/w/demo/inbox", "Inbox");
});

test("a head's claims pages have no serious accessibility violations, and a comment shows as plain text", async ({
  browser,
}) => {
  const head = await pageAs(browser, "head");
  await checkAccessible(head, "/w/demo/claims", "Claims");
  await checkAccessible(head, "/w/demo/inbox", "Inbox");
  await openTouchpoint(head, "Sandbox: claims", "Charlie");
  // Plain text, shown as typed: markup in a comment is text, never HTML.
  const comment = "<b>Who answers</b> these calls?";
  await head.getByRole("textbox", { name: "Comment", exact: true }).fill(comment);
  await head.getByRole("button", { name: "Post comment" }).click();
  await expect(head.getByRole("listitem").filter({ hasText: comment })).toBeVisible();
  await expect(head.locator("b", { hasText: "Who answers" })).toHaveCount(0);
  // The comment refreshes the page, and its metadata streams in with it: check once the title is back.
  await expect(head).toHaveTitle("Charlie · Throughline");
  await expectAccessible(head);
  await head.context().close();
});
