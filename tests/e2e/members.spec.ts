// Members and invitation links, as a CX lead, an invitee with a fresh browser and a viewer. Every test adds
// people of its own (unique emails), so parallel specs never see a change they did not make.
import type { Page } from "@playwright/test";
import { DEMO_USERS } from "../../lib/demo/demo-users";
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

const uniqueEmail = (prefix: string) =>
  `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

async function invite(page: Page, email: string, role: string): Promise<string> {
  await page.goto("/w/demo/members");
  const form = page.getByRole("form", { name: "Add a member" });
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  await form.getByRole("button", { name: "Add member" }).click();
  const link = page.getByRole("textbox", { name: `Invitation link for ${email}` });
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return link.inputValue();
}

test("a CX lead invites by email; the invitee sets a password once, is signed in with the role, and the link is spent", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("invitee");
  const url = await invite(page, email, "Executive");
  await expect(page.getByRole("status").filter({ hasText: `Invitation created for ${email}` })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toContainText("Executive");
  await expectAccessible(page);

  const invitee = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const invitePage = await invitee.newPage();
  await invitePage.goto(url);
  await expect(
    invitePage.getByRole("heading", { level: 1, name: "Join Northwind Subscriptions" }),
  ).toBeVisible();
  await expect(invitePage.getByText(email)).toBeVisible();
  await expectAccessible(invitePage);
  await invitePage.getByLabel("Your name").fill("Ivo Invitee");
  await invitePage.getByLabel("Password", { exact: true }).fill("too short");
  await invitePage.getByLabel("Password again").fill("too short");
  await invitePage.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(invitePage.getByText("Use at least 10 characters.")).toBeVisible();
  await invitePage.getByLabel("Password", { exact: true }).fill("a good long password");
  await invitePage.getByLabel("Password again").fill("a good long password");
  await invitePage.getByRole("button", { name: "Create account and sign in" }).click();
  await expect(invitePage).toHaveURL(/\/w\/demo$/);
  await expect(invitePage.getByText("Signed in as Ivo Invitee")).toBeVisible();
  const nav = invitePage.getByRole("navigation", { name: "Workspace" });
  await expect(nav.getByText("Executive", { exact: true })).toBeVisible();

  await invitePage.goto(url);
  await expect(
    invitePage.getByRole("heading", { level: 1, name: "This invitation link has already been used" }),
  ).toBeVisible();
  await expectAccessible(invitePage);
  await invitee.close();

  // Back with the CX lead: the new member is listed, can be given another role, and removed after a confirmation.
  await page.goto("/w/demo/members");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Ivo Invitee");
  await expect(row).toContainText("Executive");
  await row.getByRole("combobox", { name: "Role of Ivo Invitee" }).selectOption({ label: "Department head" });
  // A head needs a department: the control appears once that role is chosen, and the browser requires it.
  await expect(row.getByRole("combobox", { name: "Department of Ivo Invitee" })).toHaveAttribute("required");
  await row.getByRole("combobox", { name: "Department of Ivo Invitee" }).selectOption({ label: "Billing" });
  await row.getByRole("button", { name: "Save role of Ivo Invitee" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Ivo Invitee is now Department head." }),
  ).toBeVisible();
  await expect(row.getByRole("cell", { name: "Billing", exact: true })).toBeVisible();

  await row.getByRole("button", { name: "Remove Ivo Invitee" }).click();
  const dialog = page.getByRole("dialog", { name: "Remove Ivo Invitee?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Remove Ivo Invitee" }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);

  await page.goto("/w/demo/activity");
  await expect(
    page.getByText(/Removed Ivo Invitee \(department head of Billing\) from the workspace/).first(),
  ).toBeVisible();
});

test("the last CX lead cannot be demoted, and a revoked invitation link stops working", async ({
  page,
  browser,
}) => {
  await page.goto("/w/demo/members");
  const lead = DEMO_USERS.cxLead.name;
  const row = page.getByRole("row").filter({ hasText: DEMO_USERS.cxLead.email });
  await row.getByRole("combobox", { name: `Role of ${lead}` }).selectOption({ label: "Viewer" });
  await row.getByRole("button", { name: `Save role of ${lead}` }).click();
  await expect(row.getByText(/needs at least one CX lead/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: DEMO_USERS.cxLead.email })).toContainText("CX lead");

  const email = uniqueEmail("revoked");
  const url = await invite(page, email, "Viewer");
  await page.getByRole("button", { name: "Done" }).click();
  await page.getByRole("button", { name: `Revoke the invitation for ${email}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Revoke invitation" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: email })).toHaveCount(0);

  const stranger = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(url);
  await expect(
    strangerPage.getByRole("heading", { level: 1, name: "This invitation link is not valid" }),
  ).toBeVisible();
  await stranger.close();
});

test.describe("as the demo viewer", () => {
  test.use({ role: "viewer" });

  test("sees every member with their role, and no controls", async ({ page }) => {
    await page.goto("/w/demo");
    await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Members" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    for (const user of Object.values(DEMO_USERS))
      await expect(page.getByRole("row").filter({ hasText: user.email })).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: DEMO_USERS.head.email })).toContainText(
      "Contact Center",
    );
    await expect(page.getByRole("heading", { name: "Add a member" })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Pending invitations" })).toHaveCount(0);
    await expect(page.getByRole("combobox")).toHaveCount(0);
    await expect(page.getByRole("button", { name: /^(Remove|Save|Revoke)/ })).toHaveCount(0);
    await expectAccessible(page);
  });
});
