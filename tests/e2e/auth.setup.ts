// Signs each demo role (and the sandbox's second department head) in once, through the sign-in page, and saves
// the cookies for the tests that act as them.
// Tagged @smoke: the smoke run (`--grep @smoke`) filters this project too, and its tests need these states.
import { expect, test as setup } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "../../lib/demo/demo-users";
import { getStatePath, type SignedInUser } from "./auth-states";
import { SANDBOX_SECOND_HEAD } from "./sandbox";

type Entry = { title: string; key: SignedInUser; email: string; name: string };
const USERS: Entry[] = [
  ...(Object.keys(DEMO_USERS) as DemoUserKey[]).map((role) => ({
    title: `the demo ${role}`,
    key: role,
    email: DEMO_USERS[role].email,
    name: DEMO_USERS[role].name,
  })),
  { title: "the sandbox's second head", key: "secondHead", ...SANDBOX_SECOND_HEAD },
];

for (const { title, key, email, name } of USERS) {
  setup(`sign in as ${title}`, { tag: "@smoke" }, async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/w\/demo$/);
    await expect(page.getByText(`Signed in as ${name}`)).toBeVisible();
    await page.context().storageState({ path: getStatePath(key) });
  });
}
