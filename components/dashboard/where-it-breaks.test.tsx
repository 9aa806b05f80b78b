import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { CoverageReport, ReportHandoffPair, ReportTouchpoint } from "@/lib/coverage/report-types";
import { HandoffHotspots } from "./handoff-hotspots";
import { WhereItBreaks } from "./where-it-breaks";

const named = (id: string) => ({ id, name: `Name ${id}` });
const touchpoint = (i: number): ReportTouchpoint => ({
  ...named(`tp-${i}`),
  channel: "WEB",
  journey: named("j"),
  stage: named("s"),
  status: "UNOWNED",
  accountable: [],
  pendingClaims: [],
});
const pair = (i: number): ReportHandoffPair => ({
  from: named(`from-${i}`),
  to: named(`to-${i}`),
  count: 1,
  unbridged: 1,
  bridged: 0,
  journeys: [named("j")],
});

function report(unowned: number, pairs: number): CoverageReport {
  const coverage = { total: 0, owned: 0, unowned: 0, contested: 0, ratio: null };
  return {
    filters: { journeyId: "j1", sort: "journey" },
    options: { journeys: [], departments: [] },
    totals: { coverage, flaggedStages: 0, handoffs: pairs, unbridgedHandoffs: pairs },
    journeys: [],
    flaggedStages: [],
    unowned: Array.from({ length: unowned }, (_, i) => touchpoint(i)),
    contested: [],
    departments: [],
    handoffs: Array.from({ length: pairs }, (_, i) => pair(i)),
  };
}

const rowCount = (html: string, prefix: string) => html.split(`>Name ${prefix}-`).length - 1;

describe("the dashboard's long lists", () => {
  it("show their first 50 rows and a link to all of them that keeps the filters", async () => {
    const html = renderToStaticMarkup(
      await WhereItBreaks({ report: Promise.resolve(report(120, 0)), slug: "acme", shown: null }),
    );
    expect(rowCount(html, "tp")).toBe(50);
    expect(html).toContain("Show all 120 unowned touchpoints");
    expect(html).toContain('href="/w/acme/dashboard?journey=j1&amp;all=unowned#unowned"');

    const whole = renderToStaticMarkup(
      await WhereItBreaks({ report: Promise.resolve(report(120, 0)), slug: "acme", shown: "unowned" }),
    );
    expect(rowCount(whole, "tp")).toBe(120);
    expect(whole).not.toContain("Show all");
  });

  it("caps the handoff pairs the same way, and says nothing when the list is short", async () => {
    const long = renderToStaticMarkup(
      await HandoffHotspots({ report: Promise.resolve(report(0, 70)), slug: "acme", shown: null }),
    );
    expect(rowCount(long, "from")).toBe(50);
    expect(long).toContain("Show all 70 department pairs");
    const short = renderToStaticMarkup(
      await HandoffHotspots({ report: Promise.resolve(report(0, 7)), slug: "acme", shown: null }),
    );
    expect(rowCount(short, "from")).toBe(7);
    expect(short).not.toContain("Show all");
  });
});
