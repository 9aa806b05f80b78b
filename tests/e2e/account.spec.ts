// A person's own account and a CX lead's reset link, as a viewer seeded for this test alone (its password and
// sessions change here): a reset link sets a new password, the Account page changes it again, and signing out
// everywhere ends the session in use.
import type { Browser } from "@playwright/test";
import { DEMO_PASSWORD } from "../../lib/demo/demo-users";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";
import { SANDBOX_ACCOUNT } from "./sandbox";

async function signInFresh(browser: Browser, password: string) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(SANDBOX_ACCOUNT.email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return { context, page };
}

test("a reset link, a password change and signing out everywhere each end the sessions before them", async ({
  page,
  browser,
}) => {
  const earlier = await signInFresh(browser, DEMO_PASSWORD);
  await expect(earlier.page).toHaveURL(/\/w\/demo$/);

  // The CX lead makes a one-time link on the Members page.
  await page.goto("/w/demo/members");
  await page.getByRole("button", { name: `Reset the password of ${SANDBOX_ACCOUNT.name}` }).click();
  await page.getByRole("button", { name: "Create a reset link" }).click();
  const link = page.getByRole("textbox", { name: `Password reset link for ${SANDBOX_ACCOUNT.name}` });
  await expect(link).toHaveValue(/\/reset\/[A-Za-z0-9_-]{43}$/);
  const url = await link.inputValue();

  const reset = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const resetPage = await reset.newPage();
  await resetPage.goto(url);
  await expect(resetPage.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expectAccessible(resetPage, "reset page");
  await resetPage.getByLabel("New password", { exact: true }).fill("set through the link");
  await resetPage.getByLabel("New password again").fill("set through the link");
  await resetPage.getByRole("button", { name: "Set password and sign in" }).click();
  await expect(resetPage).toHaveURL(/\/w\/demo$/);
  await expect(resetPage.getByText(`Signed in as ${SANDBOX_ACCOUNT.name}`)).toBeVisible();
  // The session from before the reset has ended.
  await earlier.page.goto("/w/demo");
  await expect(earlier.page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await earlier.context.close();

  // Account: the current password is checked, then the new one signs in again at once.
  await resetPage.getByRole("link", { name: SANDBOX_ACCOUNT.name }).click();
  await expect(resetPage.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expectAccessible(resetPage, "account page");
  await resetPage.getByLabel("Current password").fill("not it");
  await resetPage.getByLabel("New password", { exact: true }).fill("changed on the account page");
  await resetPage.getByLabel("New password again").fill("changed on the account page");
  await resetPage.getByRole("button", { name: "Change password" }).click();
  await expect(resetPage.getByText("That is not your current password.")).toBeVisible();
  await resetPage.getByLabel("Current password").fill("set through the link");
  await resetPage.getByLabel("New password", { exact: true }).fill("changed on the account page");
  await resetPage.getByLabel("New password again").fill("changed on the account page");
  await resetPage.getByRole("button", { name: "Change password" }).click();
  await expect(resetPage.getByRole("status").filter({ hasText: "Your password is changed." })).toBeVisible();

  await resetPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await resetPage.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(resetPage).toHaveURL(/\/sign-in$/);
  await reset.close();

  const latest = await signInFresh(browser, "changed on the account page");
  await expect(latest.page).toHaveURL(/\/w\/demo$/);
  await latest.context.close();
});
