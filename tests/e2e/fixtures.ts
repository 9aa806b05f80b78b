// Every browser test runs signed in as a demo role (the CX lead unless it says `test.use({ role: … })`, or
// `role: null` for signed out), and fails on a console error or an uncaught page error it did not expect.
import { test as base, expect } from "@playwright/test";
import type { DemoUserKey } from "../../lib/demo/demo-users";
import { getStatePath } from "./auth-states";

export const test = base.extend<{ role: DemoUserKey | null; consoleErrors: string[] }>({
  role: ["cxLead", { option: true }],
  // Applies to the page, to browser.newPage() and to the request fixture alike.
  storageState: async ({ role }, use) => {
    await use(role ? getStatePath(role) : { cookies: [], origins: [] });
  },
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors during the test").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
