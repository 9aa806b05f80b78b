// Single sign-on against a real OpenID Connect provider (tests/e2e/oidc-provider.ts), through its own login
// and consent pages. The shared server has no SSO (its sign-in page would gain a second "Sign in…" button), so
// this file starts a provider and a second app server configured for it, on E2E_PORT + 50 and + 51.
import type { Page } from "@playwright/test";
import { DEMO_USERS } from "../../lib/demo/demo-users";
import { type AppServer, startAppServer } from "./app-server";
import { expect, test } from "./fixtures";
import { startTestIdp, type TestIdp, type TestIdpAccount } from "./oidc-provider";

const basePort = Number(process.env.E2E_PORT ?? 3100);
const IDP_NAME = "Test IdP";
const DOMAIN = "demo.throughline.test";

/** The provider's accounts, by login name (= subject). */
const ACCOUNTS = {
  "vic-at-idp": { email: DEMO_USERS.viewer.email, emailVerified: true, name: "Vic at the IdP" },
  "vic-second-subject": { email: DEMO_USERS.viewer.email, emailVerified: true, name: "Not Vic" },
  "erin-unverified": { email: DEMO_USERS.executive.email, emailVerified: false, name: "Erin at the IdP" },
  "nobody-here": { email: `nobody@${DOMAIN}`, emailVerified: true, name: "Nobody Here" },
  "vic-elsewhere": { email: "vic@elsewhere.example", emailVerified: true, name: "Vic Elsewhere" },
} satisfies Record<string, TestIdpAccount>;

let idp: TestIdp | undefined;
let app: AppServer | undefined;

test.use({ role: null });
// The second subject is refused only once the first has bound the account: the tests run in order.
test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(150_000);
  const appPort = basePort + 51;
  const client = { id: "throughline-e2e", secret: `e2e-client-secret-${process.pid}` };
  idp = await startTestIdp({
    port: basePort + 50,
    client: { ...client, redirectUri: `http://127.0.0.1:${appPort}/api/auth/callback/oidc` },
    accounts: ACCOUNTS,
  });
  app = await startAppServer({
    port: appPort,
    env: {
      OIDC_ISSUER: idp.issuer,
      OIDC_CLIENT_ID: client.id,
      OIDC_CLIENT_SECRET: client.secret,
      OIDC_NAME: IDP_NAME,
      OIDC_ALLOWED_DOMAINS: DOMAIN,
    },
  });
});

test.afterAll(async () => {
  await app?.stop();
  await idp?.close();
});

test.beforeEach(async ({ context }) => {
  // The provider's pages import a web font; the tests run offline.
  await context.route("https://fonts.googleapis.com/**", (route) =>
    route.fulfill({ contentType: "text/css", body: "" }),
  );
});

function appOrigin(): string {
  if (!app) throw new Error("the SSO app server did not start");
  return app.origin;
}

/** From the app's sign-in page through the provider's login and consent pages, back to the app. */
async function signInAtIdp(page: Page, login: keyof typeof ACCOUNTS) {
  await page.goto(`${appOrigin()}/sign-in`);
  await page.getByRole("button", { name: `Sign in with ${IDP_NAME}` }).click();
  await page.getByRole("textbox", { name: "Enter any login" }).fill(login);
  // The provider's password field has neither a label nor a role; its placeholder is all it has.
  await page.getByPlaceholder("and password").fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function expectRefused(page: Page, message: RegExp) {
  await expect(page).toHaveURL(new RegExp(`^${appOrigin()}/sign-in\\?error=Sso`));
  await expect(page.getByRole("alert").filter({ hasText: message })).toBeVisible();
  await expect(page.getByRole("button", { name: `Sign in with ${IDP_NAME}` })).toBeVisible();
}

test("a member whose verified email the provider vouches for signs in, and is bound to that subject", async ({
  page,
}) => {
  await signInAtIdp(page, "vic-at-idp");
  await expect(page).toHaveURL(`${appOrigin()}/w/demo`);
  await expect(page.getByText(`Signed in as ${DEMO_USERS.viewer.name}`)).toBeVisible();
});

test("a second subject at the provider with the same member's email is refused", async ({ page }) => {
  await signInAtIdp(page, "vic-second-subject");
  await expectRefused(page, /^Your Throughline account is linked to a different Test IdP account/);
});

test("an email the provider has not verified is refused, even a member's", async ({ page }) => {
  await signInAtIdp(page, "erin-unverified");
  await expectRefused(page, /^Test IdP did not confirm that your email address is verified/);
});

test("a verified email that is nobody's account here is refused", async ({ page }) => {
  await signInAtIdp(page, "nobody-here");
  await expectRefused(page, /no workspace here has a member with that email address/);
});

test("an email outside OIDC_ALLOWED_DOMAINS is refused", async ({ page }) => {
  await signInAtIdp(page, "vic-elsewhere");
  await expectRefused(page, /outside the domains this Throughline accepts/);
});
