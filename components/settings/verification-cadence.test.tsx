import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Announcer } from "@/components/ui/announcer";
import { describeCadence } from "./cadence-text";
import { VerificationCadence } from "./verification-cadence";

const render = (canConfigure: boolean, days = 90) =>
  renderToStaticMarkup(
    <Announcer>
      <VerificationCadence workspaceId="w1" days={days} canConfigure={canConfigure} className="" />
    </Announcer>,
  );

describe("the Settings page's ownership verification", () => {
  it("tells every member the cadence in words", () => {
    const html = render(false);
    expect(html).toContain(">Ownership verification</h2>");
    expect(html).toContain(
      "Owners confirm their touchpoints every 90 days; older ownership is flagged stale.",
    );
    expect(html).toContain("A CX lead can change how often.");
    expect(html).not.toContain("<form");
  });

  it("gives a CX lead a labelled number of days from 1 to 730, and a Save button", () => {
    const html = render(true, 45);
    expect(html).toContain("every 45 days");
    expect(html).not.toContain("A CX lead can change how often.");
    const input = html.match(
      /<label for="([^"]+)"[^>]*>Days between confirmations<\/label><input id="\1"[^>]*>/,
    );
    expect(input).not.toBeNull();
    for (const attribute of ['type="number"', 'min="1"', 'max="730"', 'name="days"', 'value="45"'])
      expect(input![0]).toContain(attribute);
    expect(html).toContain(">Save cadence</button>");
  });

  it("says a single day as one", () => {
    expect(describeCadence(1)).toBe("every day");
    expect(describeCadence(730)).toBe("every 730 days");
  });
});
