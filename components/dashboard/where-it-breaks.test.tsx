import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type {
  CoverageReport,
  FlaggedStage,
  ReportHandoffPair,
  ReportTouchpoint,
} from "@/lib/coverage/report-types";
import { LIST_LIMIT } from "@/lib/coverage/schemas";
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

const flagged = (i: number): FlaggedStage => ({
  journey: named("j"),
  stage: named(`stage-${i}`),
  status: "UNOWNED",
  coverage: { total: 2, owned: 1, unowned: 1, contested: 0, ratio: 0.5 },
});

/** A report that read the first `rows` of each list, of `total` in all (as getDashboardLimits asks). */
function report(
  list: { rows: number; total: number },
  pairs: { rows: number; total: number },
  flaggedStages = 0,
): CoverageReport {
  const coverage = { total: list.total, owned: 0, unowned: list.total, contested: 0, ratio: 0 };
  return {
    filters: { journeyId: "j1", sort: "journey" },
    options: { journeys: [], departments: [] },
    totals: {
      coverage,
      flaggedStages,
      handoffs: pairs.total,
      unbridgedHandoffs: pairs.total,
      handoffPairs: pairs.total,
      stale: 0,
    },
    verificationCadenceDays: 90,
    journeys: [],
    flaggedStages: Array.from({ length: flaggedStages }, (_, i) => flagged(i)),
    unowned: Array.from({ length: list.rows }, (_, i) => touchpoint(i)),
    contested: [],
    stale: [],
    departments: [],
    handoffs: Array.from({ length: pairs.rows }, (_, i) => pair(i)),
  };
}
const none = { rows: 0, total: 0 };

const rowCount = (html: string, prefix: string) => html.split(`>Name ${prefix}-`).length - 1;
// Each flagged stage links to its place in the matrix.
const stageCount = (html: string) => html.split("/journeys/j#stage-stage-").length - 1;

describe("the dashboard's long lists", () => {
  it("show the rows read, the total, and a link to all of them that keeps the filters", async () => {
    const first = report({ rows: 20, total: 120 }, none);
    const html = renderToStaticMarkup(
      await WhereItBreaks({ report: Promise.resolve(first), slug: "acme", shown: null }),
    );
    expect(rowCount(html, "tp")).toBe(20);
    expect(html).toContain("Unowned touchpoints (120)");
    expect(html).toContain("Showing the first 20 of 120.");
    expect(html).toContain("Show all 120 unowned touchpoints");
    expect(html).toContain('href="/w/acme/dashboard?journey=j1&amp;all=unowned#unowned"');

    const whole = report({ rows: 120, total: 120 }, none);
    const all = renderToStaticMarkup(
      await WhereItBreaks({ report: Promise.resolve(whole), slug: "acme", shown: "unowned" }),
    );
    expect(rowCount(all, "tp")).toBe(120);
    expect(all).not.toContain("Show all");
  });

  it("show the first LIST_LIMIT flagged stages, all of them when the URL asks", async () => {
    const many = report(none, none, 33);
    const html = renderToStaticMarkup(
      await WhereItBreaks({ report: Promise.resolve(many), slug: "acme", shown: null }),
    );
    expect(html).toContain("Stages flagged (33)");
    expect(stageCount(html)).toBe(LIST_LIMIT);
    expect(html).toContain("Show all 33 flagged stages");
    expect(html).toContain('href="/w/acme/dashboard?journey=j1&amp;all=stages#flagged-stages"');
    const all = renderToStaticMarkup(
      await WhereItBreaks({ report: Promise.resolve(many), slug: "acme", shown: "stages" }),
    );
    expect(stageCount(all)).toBe(33);
    expect(all).not.toContain("Show all");
  });

  it("do the same for handoff pairs, and say nothing when the list is whole", async () => {
    const long = renderToStaticMarkup(
      await HandoffHotspots({ report: Promise.resolve(report(none, { rows: 20, total: 70 })), slug: "acme" }),
    );
    expect(rowCount(long, "from")).toBe(20);
    expect(long).toContain("Show all 70 department pairs");
    const short = renderToStaticMarkup(
      await HandoffHotspots({ report: Promise.resolve(report(none, { rows: 7, total: 7 })), slug: "acme" }),
    );
    expect(rowCount(short, "from")).toBe(7);
    expect(short).not.toContain("Show all");
  });
});
