// Issue #14 item 10, executives read it on a phone: every page fits a 390 px screen without scrolling sideways.
// A wide table or the matrix may scroll inside its own box; the page itself may not.
import type { Page } from "@playwright/test";
import type { DemoUserKey } from "../../lib/demo/demo-users";
import { DEMO_WORKSPACE, findDemoTouchpoint } from "./demo-expectations";
import { expect, test } from "./fixtures";

type Visitor = DemoUserKey | "signedOut";

type PhonePage = {
  path: string;
  /** Links to follow from `path`, by their exact names, to reach a page whose address holds an id. */
  follow?: readonly string[];
  /** Who opens it: the CX lead sees the most, executives read the journeys and the dashboard. */
  as: readonly Visitor[];
};

const journey = DEMO_WORKSPACE.journeys[0]!;
const contested = findDemoTouchpoint(journey.name, "CONTESTED").touchpoint;

// Every page of the app (but /setup, gone once an account exists: first-run.spec.ts): a new page is one line here.
const PAGES: readonly PhonePage[] = [
  { path: "/w/demo", as: ["cxLead", "executive", "head"] },
  { path: "/w/demo/dashboard", as: ["cxLead", "executive"] },
  { path: "/w/demo/dashboard?all=unowned", as: ["executive"] },
  { path: "/w/demo/dashboard?all=contested", as: ["executive"] },
  { path: "/w/demo/dashboard?all=handoffs", as: ["executive"] },
  { path: "/w/demo/dashboard?all=pain&scorecards=name", as: ["executive"] },
  { path: "/w/demo/review", as: ["executive", "cxLead"] },
  { path: "/w/demo", follow: [journey.name], as: ["cxLead", "executive"] },
  { path: "/w/demo", follow: [journey.name, contested.name], as: ["cxLead", "head"] },
  { path: "/w/demo/structure", as: ["cxLead"] },
  { path: "/w/demo/structure", follow: [journey.name], as: ["cxLead"] },
  { path: "/w/demo/claims", as: ["cxLead", "head"] },
  { path: "/w/demo/claims/contests", as: ["cxLead"] },
  { path: "/w/demo/inbox", as: ["cxLead", "head"] },
  { path: "/w/demo/activity", as: ["cxLead"] },
  { path: "/w/demo/members", as: ["cxLead"] },
  { path: "/w/demo/settings", as: ["cxLead"] },
  { path: "/w/demo/settings/measures", as: ["cxLead"] },
  { path: "/w/demo/settings/webhooks", as: ["cxLead"] },
  { path: "/account", as: ["cxLead"] },
  { path: "/sign-in", as: ["signedOut"] },
  { path: "/invite/not-a-real-token", as: ["signedOut"] },
  { path: "/reset/not-a-real-token", as: ["signedOut"] },
];

/**
 * Null when the page fits its window; otherwise how wide it is and what sticks out: the innermost elements wider
 * than the box they sit in, else the one reaching furthest right (e.g. an absolutely positioned label).
 * Runs in the browser, so it is self-contained.
 */
function describeOverflow(): string | null {
  const root = document.documentElement;
  if (root.scrollWidth <= root.clientWidth) return null;
  // Content inside a scroll box does not widen the page, unless it is positioned outside that box's reach.
  const isInScrollBox = (element: Element) => {
    let isEscaping = getComputedStyle(element).position === "absolute";
    for (
      let parent = element.parentElement;
      parent && parent !== document.body;
      parent = parent.parentElement
    ) {
      const style = getComputedStyle(parent);
      if (isEscaping && style.position === "static") continue;
      isEscaping = style.position === "absolute";
      if (style.overflowX !== "visible") return true;
    }
    return false;
  };
  const depthOf = (element: Element) => {
    let depth = 0;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) depth++;
    return depth;
  };
  const nameOf = (element: Element) => {
    const classes = [...element.classList]
      .slice(0, 4)
      .map((c) => `.${c}`)
      .join("");
    const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${classes}> "${text}"`;
  };
  const tooWide: { element: Element; width: number; box: number; depth: number }[] = [];
  let furthest: { element: Element; right: number } | null = null;
  for (const element of document.body.querySelectorAll("*")) {
    const rect = element.getBoundingClientRect();
    if (rect.right <= root.clientWidth + 0.5 || isInScrollBox(element)) continue;
    if (!furthest || rect.right >= furthest.right) furthest = { element, right: rect.right };
    const parent = element.parentElement;
    if (!parent) continue;
    const style = getComputedStyle(parent);
    const box =
      parent.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    if (rect.width > box + 0.5) tooWide.push({ element, width: rect.width, box, depth: depthOf(element) });
  }
  const page = `The page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`;
  if (tooWide.length > 0) {
    const innermost = tooWide.sort((a, b) => b.depth - a.depth).slice(0, 3);
    const list = innermost.map(
      (t) => `${nameOf(t.element)} is ${Math.round(t.width)}px wide in a ${Math.round(t.box)}px box`,
    );
    return `${page}: ${list.join("; ")}`;
  }
  return furthest ? `${page}: ${nameOf(furthest.element)} reaches ${Math.round(furthest.right)}px` : page;
}

async function open(page: Page, { path, follow = [] }: PhonePage): Promise<string> {
  await page.goto(path);
  for (const name of follow) {
    const href = await page.getByRole("link", { name, exact: true }).first().getAttribute("href");
    expect(href, `a link named ${name} on ${page.url()}`).toBeTruthy();
    await page.goto(href!);
  }
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Streamed cards and browser-drawn charts show a pulsing placeholder until they are in.
  await expect(page.locator(".animate-pulse")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  return new URL(page.url()).pathname + new URL(page.url()).search;
}

test.use({ viewport: { width: 390, height: 844 } });

for (const visitor of ["cxLead", "executive", "head", "signedOut"] as const) {
  test.describe(() => {
    test.use({ role: visitor === "signedOut" ? null : visitor });

    test(`every page the ${visitor} opens fits a 390 px phone without scrolling sideways`, async ({
      page,
    }) => {
      // One test walks up to 17 pages, each loaded in full: more than the 60 s default on a busy CI machine.
      test.setTimeout(120_000);
      for (const entry of PAGES.filter((p) => p.as.includes(visitor))) {
        const where = await open(page, entry);
        // Polled, as a chart takes its box's width a frame after it is drawn; soft, so one run names every page.
        await expect.soft
          .poll(() => page.evaluate(describeOverflow), { message: `${where} as ${visitor}`, timeout: 5_000 })
          .toBeNull();
      }
    });
  });
}
