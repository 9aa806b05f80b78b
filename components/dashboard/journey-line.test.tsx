import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CoverageReport, ReportJourney } from "@/lib/coverage/report-types";
import type { JourneyOwnerRow } from "@/lib/outcomes/journey-owner-schemas";
import { JourneyLine } from "./journey-line";

const coverage = { total: 0, owned: 0, unowned: 0, contested: 0, ratio: null };
const journey = (id: string, name: string): ReportJourney => ({
  id,
  name,
  coverage,
  stages: [],
  handoffs: 0,
  unbridgedHandoffs: 0,
});
const report = (journeys: ReportJourney[]) =>
  ({ journeys, options: { journeys: [], departments: [] } }) as unknown as CoverageReport;
const owned = (journeyId: string, journeyName: string, name: string): JourneyOwnerRow => ({
  journeyId,
  journeyName,
  owner: { membershipId: `m-${journeyId}`, name, role: "EXECUTIVE" },
});

async function render(journeys: ReportJourney[], owners: JourneyOwnerRow[]) {
  const element = await JourneyLine({
    report: Promise.resolve(report(journeys)),
    owners: Promise.resolve(owners),
    slug: "acme",
  });
  return renderToStaticMarkup(element);
}

describe("the journey line's owners", () => {
  it("names each journey's owner, flags the others in words, and counts them with a link to the journeys", async () => {
    const html = await render(
      [journey("j1", "Buy online"), journey("j2", "Get help"), journey("j3", "Renew")],
      [
        owned("j1", "Buy online", "Erin Executive"),
        { journeyId: "j2", journeyName: "Get help", owner: null },
        { journeyId: "j3", journeyName: "Renew", owner: null },
      ],
    );
    expect(html).toContain("Journey owner:</span> Erin Executive");
    expect(html.split("No journey owner").length - 1).toBe(2);
    expect(html).toMatch(
      /<a [^>]*href="\/w\/acme"><span aria-hidden="true">○ <\/span>2 journeys without an owner<\/a>/,
    );
  });

  it("says so when every journey has an owner, and counts one journey in the singular", async () => {
    const all = await render([journey("j1", "Buy online")], [owned("j1", "Buy online", "Erin Executive")]);
    expect(all).toContain("Every journey has an owner.");
    expect(all).not.toContain("No journey owner");
    const one = await render([], [{ journeyId: "j9", journeyName: "Renew", owner: null }]);
    expect(one).toContain("1 journey without an owner");
  });
});
