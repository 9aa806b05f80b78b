// Issue 15, webhooks in the browser: a CX lead adds an endpoint pointing at a receiver inside this test, sees the
// secret once, a head's claim reaches the receiver signed (checked with standardwebhooks), and the delivery shows
// in the endpoint's log as delivered with HTTP 200. Others do not see the pages at all.
import type { Page } from "@playwright/test";
import { type Receiver, startReceiver, verifyWith } from "../webhooks/receiver";
import { expectAccessible } from "./accessibility";
import { getStatePath } from "./auth-states";
import { expect, test } from "./fixtures";
import { WEBHOOKS_SANDBOX } from "./sandbox";

let receiver: Receiver;
test.beforeAll(async () => {
  receiver = await startReceiver();
});
test.afterAll(async () => {
  await receiver.close();
});

async function claimAsHead(head: Page) {
  await head.goto("/w/demo");
  await head.getByRole("link", { name: WEBHOOKS_SANDBOX.journey, exact: true }).click();
  await head
    .getByRole("row")
    .filter({ has: head.getByRole("rowheader", { name: WEBHOOKS_SANDBOX.touchpoint }) })
    .getByRole("link", { name: WEBHOOKS_SANDBOX.touchpoint, exact: true })
    .click();
  const form = head.getByRole("form", { name: `Claim ${WEBHOOKS_SANDBOX.touchpoint}` });
  await form.getByLabel("R — Responsible (does the work)").check();
  await form.getByLabel("Reason").fill("We call these customers back");
  await form.getByRole("button", { name: "Claim" }).click();
  await expect(
    head.getByRole("status").filter({ hasText: `Claim sent for ${WEBHOOKS_SANDBOX.touchpoint}.` }),
  ).toBeVisible();
}

test("a CX lead adds a webhook, sees its secret once, and a head's claim shows in its log as delivered", async ({
  page,
  browser,
}) => {
  await page.goto("/w/demo/settings");
  await page.getByRole("link", { name: "Manage webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  const form = page.getByRole("form", { name: "New webhook" });
  await form.getByLabel("URL").fill(receiver.url);
  await form.getByLabel("Description (optional)").fill("Browser test receiver");
  await form.getByRole("checkbox", { name: /claim\.created/ }).check();
  await form.getByRole("button", { name: "Add webhook" }).click();
  const shown = page.getByRole("status").filter({ hasText: "it will not be shown again" });
  await expect(shown).toBeVisible();
  const secret = (await shown.locator("code").textContent()) ?? "";
  expect(secret).toMatch(/^whsec_/);
  await expect(page.getByRole("link", { name: receiver.url })).toBeVisible();
  await expectAccessible(page, "webhooks list");

  const head = await (await browser.newContext({ storageState: getStatePath("head") })).newPage();
  await claimAsHead(head);

  // The worker delivers within a second or two of the claim.
  await expect
    .poll(() => receiver.requests.filter((r) => r.body.includes(WEBHOOKS_SANDBOX.touchpoint)).length, {
      timeout: 30_000,
    })
    .toBe(1);
  const request = receiver.requests.find((r) => r.body.includes(WEBHOOKS_SANDBOX.touchpoint))!;
  const body = verifyWith(secret, request);
  expect(body.type).toBe("claim.created");
  expect(body.data).toMatchObject({
    touchpoint: { name: WEBHOOKS_SANDBOX.touchpoint },
    claim: { role: "R" },
  });

  // A secret shown once is gone after a reload.
  await page.reload();
  await expect(page.getByText(secret)).toHaveCount(0);
  await page.getByRole("link", { name: receiver.url }).click();
  const delivery = page
    .getByRole("list", { name: "Deliveries" })
    .getByRole("listitem")
    .filter({ hasText: request.headers["webhook-id"]! });
  await expect(delivery).toContainText("claim.created");
  await expect(delivery).toContainText("Delivered");
  await expect(delivery.getByRole("cell", { name: "HTTP 200" })).toBeVisible();
  await expectAccessible(page, "delivery log");
  await head.close();
});

test.describe("as a department head", () => {
  test.use({ role: "head" });
  test("the webhook pages are not found and Settings does not offer them", async ({ page }) => {
    await page.goto("/w/demo/settings");
    await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Manage webhooks" })).toHaveCount(0);
    // The workspace's loading state streams first, so "not found" is the page shown rather than the status.
    await page.goto("/w/demo/settings/webhooks");
    await expect(page.getByRole("heading", { name: "Not found" })).toBeVisible();
    await expect(page.getByRole("form", { name: "New webhook" })).toHaveCount(0);
  });
});
