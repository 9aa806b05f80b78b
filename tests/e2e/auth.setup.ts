// Signs each demo role in once, through the sign-in page, and saves the cookies for the tests that act as it.
// Tagged @smoke: the smoke run (`--grep @smoke`) filters this project too, and its tests need these states.
import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "../../lib/demo/demo-users";
import { getStatePath } from "./auth-states";

for (const role of Object.keys(DEMO_USERS) as DemoUserKey[]) {
  setup(`sign in as the demo ${role}`, { tag: "@smoke" }, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(DEMO_USERS[role].email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/w\/demo$/);
    await expect(page.getByText(`Signed in as ${DEMO_USERS[role].name}`)).toBeVisible();
    await page.context().storageState({ path: getStatePath(role) });
  });
}
