import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { HeadlessDepartment } from "@/lib/coverage/headless-queries";
import type { CoverageReport } from "@/lib/coverage/report-types";
import { HeadlessDepartments } from "./headless-departments";

const named = (id: string) => ({ id, name: `Name ${id}` });
const department = (id: string, accountable: number, listed: number): HeadlessDepartment => ({
  ...named(id),
  accountable,
  touchpoints: Array.from({ length: listed }, (_, i) => ({
    ...named(`${id}-tp-${i}`),
    journey: named("j"),
    stage: named("s"),
  })),
});

// Only the filters and the department names matter to this card.
function report(filters: CoverageReport["filters"]): Promise<CoverageReport> {
  return Promise.resolve({
    filters,
    options: { journeys: [named("j1")], departments: [named("d1"), named("d2")] },
  } as CoverageReport);
}

async function render(opts: { departments: HeadlessDepartment[]; filters?: CoverageReport["filters"] }) {
  const atRisk = opts.departments.reduce((sum, d) => sum + d.accountable, 0);
  return renderToStaticMarkup(
    await HeadlessDepartments({
      headless: Promise.resolve({ departments: opts.departments, atRisk }),
      report: report(opts.filters ?? { sort: "journey" }),
      slug: "acme",
    }),
  );
}

describe("the departments-without-a-head card", () => {
  it("flags each department in words, lists its touchpoints as journey › stage › touchpoint, and links to all", async () => {
    const html = await render({ departments: [department("d1", 15, 15), department("d2", 10, 5)] });
    expect(html.split("No head").length - 1).toBe(2);
    expect(html).toContain("Accountable for 15 touchpoints, at risk");
    expect(html).toContain('href="/w/acme/touchpoints/d1-tp-0"');
    expect(html).toContain("Name j › Name s › Name d1-tp-0");
    expect(html).toContain("5 more not listed.");
    expect(html).toContain("Showing the first 20 of 25.");
    expect(html).toContain("Show all 25 at-risk touchpoints");
    expect(html).toContain('href="/w/acme/dashboard?all=headless#headless"');
  });

  it("says so when every department has a head, or the filtered one does", async () => {
    expect(await render({ departments: [] })).toContain("Every department has a head.");
    expect(await render({ departments: [], filters: { departmentId: "d2", sort: "journey" } })).toContain(
      "Name d2 has a head.",
    );
  });

  it("speaks of the journey when filtered to one, and keeps the filter in its link", async () => {
    const html = await render({
      departments: [department("d1", 0, 0), department("d2", 21, 20)],
      filters: { journeyId: "j1", sort: "journey" },
    });
    expect(html).toContain("Accountable for no touchpoints in this journey");
    expect(html).toContain("Accountable for 21 touchpoints in this journey, at risk");
    expect(html).toContain('href="/w/acme/dashboard?journey=j1&amp;all=headless#headless"');
  });
});
