import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { JourneyOwner } from "@/lib/outcomes/journey-owner-schemas";
import { JourneyOwnerPanel } from "./journey-owner-panel";

const erin: JourneyOwner = { membershipId: "m-erin", name: "Erin Executive", role: "EXECUTIVE" };
const casey: JourneyOwner = { membershipId: "m-casey", name: "Casey Lead", role: "CX_LEAD" };
const render = (owner: JourneyOwner | null, candidates: JourneyOwner[] | null) =>
  renderToStaticMarkup(
    <JourneyOwnerPanel journeyId="j1" journeyName="Buy online" owner={owner} candidates={candidates} />,
  );

describe("the journey page's owner panel", () => {
  it("names the owner, and gives a CX lead a labelled picker with Save and Clear", () => {
    const html = render(erin, [casey, erin]);
    expect(html).toContain("Journey owner:</span> Erin Executive");
    expect(html).toContain('<label for="journey-owner-j1"');
    expect(html).toContain('<select id="journey-owner-j1"');
    expect(html).toMatch(/<option value="m-erin" selected="">Erin Executive \(Executive\)<\/option>/);
    expect(html).toContain("Casey Lead (CX lead)");
    expect(html).toContain(">Save owner</button>");
    expect(html).toContain(">Clear owner</button>");
  });

  it("flags a journey without an owner in words, with no Clear button", () => {
    const html = render(null, [casey]);
    expect(html).toContain("No journey owner");
    expect(html).toMatch(/<option value="" selected="">No owner<\/option>/);
    expect(html).not.toContain("Clear owner");
  });

  it("shows everyone else the owner or the flag, and no controls", () => {
    expect(render(erin, null)).not.toContain("<select");
    const flagged = render(null, null);
    expect(flagged).toContain("No journey owner");
    expect(flagged).toContain("A CX lead can name an executive or a CX lead.");
    expect(flagged).not.toContain("<button");
  });
});
