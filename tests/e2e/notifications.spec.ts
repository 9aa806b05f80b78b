// Email notifications (issue #15): a member changes their choice for one kind in Settings → Notifications, and it
// is kept after a reload. The e2e server has no SMTP_URL, so the section says nothing is sent.
import { expectAccessible } from "./accessibility";
import { expect, test } from "./fixtures";

test.use({ role: "viewer" });

test("a member changes a notification choice and it is kept", async ({ page }) => {
  await page.goto("/w/demo/settings");
  const section = page.getByRole("region", { name: "Notifications" });
  await expect(section.getByText("Email is not set up on this server: nothing is sent")).toBeVisible();
  const kind = section.getByRole("group", { name: "A touchpoint became contested" });
  await expect(kind.getByRole("radio", { name: "Immediately" })).toBeChecked();
  await expectAccessible(page, "settings with notifications");

  await kind.getByRole("radio", { name: "Daily digest" }).check();
  await section.getByRole("button", { name: "Save notifications" }).click();
  await expect(page.getByText("Saved your notification choices.")).toBeAttached();

  await page.reload();
  const reloaded = page
    .getByRole("region", { name: "Notifications" })
    .getByRole("group", { name: "A touchpoint became contested" });
  await expect(reloaded.getByRole("radio", { name: "Daily digest" })).toBeChecked();
  await expect(reloaded.getByRole("radio", { name: "Immediately" })).not.toBeChecked();
});
