import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { MatrixOutcome } from "@/lib/matrix/queries";
import { describeOutcome, OutcomeCell } from "./outcome-cell";

const counts = (c: Partial<MatrixOutcome["counts"]>): MatrixOutcome["counts"] => ({
  targets: (c.onTarget ?? 0) + (c.offTarget ?? 0) + (c.noData ?? 0),
  onTarget: 0,
  offTarget: 0,
  noData: 0,
  ...c,
});

describe("a matrix row's outcome", () => {
  it("names the worst miss as measure, reading / target, and how many more miss", () => {
    const worst = { measure: "CSAT", value: 3.1, target: 4.2 };
    expect(describeOutcome({ status: "OFF_TARGET", counts: counts({ offTarget: 1 }), worst })).toBe(
      "CSAT 3.1 / 4.2",
    );
    expect(
      describeOutcome({
        status: "OFF_TARGET",
        counts: counts({ offTarget: 3, onTarget: 1 }),
        worst: { measure: "On-time delivery", value: 91.234, target: 95 },
      }),
    ).toBe("On-time delivery 91.23 / 95 +2 more");
  });

  it("counts the targets when none misses", () => {
    expect(describeOutcome({ status: "ON_TARGET", counts: counts({ onTarget: 2 }), worst: null })).toBe(
      "2 targets",
    );
    expect(describeOutcome({ status: "ON_TARGET", counts: counts({ onTarget: 1 }), worst: null })).toBe(
      "1 target",
    );
    expect(
      describeOutcome({ status: "NO_DATA", counts: counts({ onTarget: 1, noData: 1 }), worst: null }),
    ).toBe("no reading for 1 of 2");
  });

  it("says the status in words, links to the touchpoint's outcomes, and tells no targets from no data", () => {
    const html = renderToStaticMarkup(
      <OutcomeCell
        outcome={{ status: "NO_DATA", counts: counts({ noData: 1 }), worst: null }}
        touchpointName="Courier delivery"
        href="/w/demo/touchpoints/t1#outcomes-heading"
      />,
    );
    expect(html).toContain('href="/w/demo/touchpoints/t1#outcomes-heading"');
    expect(html).toContain("No data");
    expect(html).toContain("outcomes of Courier delivery");
    const none = renderToStaticMarkup(<OutcomeCell outcome={null} touchpointName="X" href="/x" />);
    expect(none).toContain("No targets");
    expect(none).not.toContain("No data");
    expect(none).not.toContain("<a");
  });
});
