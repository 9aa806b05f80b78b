import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LIST_LIMIT, type TDashboardList } from "@/lib/coverage/schemas";
import type { OutcomeReport } from "@/lib/outcomes/report";
import { CustomerOutcomes } from "./outcomes";

const counts = (offTarget: number) => ({ targets: offTarget + 1, onTarget: 1, offTarget, noData: 0 });
// Department i misses i targets, so the default sort (most off target first) lists them from the last down.
const DEPARTMENTS = LIST_LIMIT + 5;
const report: OutcomeReport = {
  month: "2026-11",
  filters: { journeyId: "j1" },
  measureCount: 1,
  totals: counts(3),
  unownedPain: [],
  departments: Array.from({ length: DEPARTMENTS }, (_, i) => ({
    id: `d${i}`,
    name: `Dept ${String(i).padStart(2, "0")}`,
    ...counts(i),
  })),
  journeys: [],
  stages: [],
  targets: [],
};

async function render(shown: TDashboardList | null) {
  const element = await CustomerOutcomes({
    report: Promise.resolve(report),
    slug: "acme",
    filters: { journeyId: "j1", sort: "journey" },
    shown,
    sort: "offTarget",
  });
  return renderToStaticMarkup(element);
}

const listed = (html: string) => [...html.matchAll(/>Dept (\d\d)</g)].map((m) => Number(m[1]));

describe("the dashboard's department scorecards", () => {
  it("list the first rows in the chosen order, with a link to all that keeps the filters and the sort", async () => {
    const html = await render(null);
    expect(listed(html)).toEqual(Array.from({ length: LIST_LIMIT }, (_, i) => DEPARTMENTS - 1 - i));
    expect(html).toContain(`Showing the first ${LIST_LIMIT} of ${DEPARTMENTS}.`);
    expect(html).toContain(`Show all ${DEPARTMENTS} department scorecards`);
    expect(html).toContain('href="/w/acme/dashboard?journey=j1&amp;all=scorecards#outcome-departments"');
  });

  it("list every department when the URL asks, and keep them all when re-sorted", async () => {
    const html = await render("scorecards");
    expect(listed(html)).toHaveLength(DEPARTMENTS);
    expect(html).not.toContain("Show all");
    expect(html).toContain(
      'href="/w/acme/dashboard?journey=j1&amp;all=scorecards&amp;scorecards=name#outcome-departments"',
    );
  });
});
