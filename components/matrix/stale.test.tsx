import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { describeStale, StaleFlag } from "@/components/ui/stale-flag";
import { getConfirmedAfterEdit, isRowStale } from "./stale";

const BILLING = "00000000-0000-4000-8000-000000000001";
const SALES = "00000000-0000-4000-8000-000000000002";
const VERIFICATION = { cadenceDays: 90, asOf: "2026-06-01T12:00:00.000Z" };
const OLD = "2026-01-15T09:00:00.000Z";

describe("a matrix row's stale flag", () => {
  it("is raised for owned rows confirmed longer ago than the cadence only", () => {
    expect(isRowStale({ status: "OWNED", confirmedAt: OLD, verification: VERIFICATION })).toBe(true);
    expect(
      isRowStale({ status: "OWNED", confirmedAt: "2026-05-01T00:00:00.000Z", verification: VERIFICATION }),
    ).toBe(false);
    expect(isRowStale({ status: "CONTESTED", confirmedAt: OLD, verification: VERIFICATION })).toBe(false);
    expect(isRowStale({ status: "UNOWNED", confirmedAt: null, verification: VERIFICATION })).toBe(false);
  });

  it("says since when and how often, in words and with a symbol beside the status", () => {
    expect(describeStale(OLD, 90)).toBe("Not confirmed since 2026-01-15 (owners confirm every 90 days)");
    expect(describeStale(null, 30)).toBe("Never confirmed (owners confirm every 30 days)");
    const html = renderToStaticMarkup(<StaleFlag confirmedAt={OLD} cadenceDays={90} />);
    expect(html).toContain("Stale");
    expect(html).toContain("◔");
    expect(html).toContain('title="Not confirmed since 2026-01-15 (owners confirm every 90 days)"');
    expect(html).toMatch(/class="sr-only">: Not confirmed since 2026-01-15/);
  });
});

describe("a cell edit", () => {
  const edit = (roles: Record<string, "R" | "A" | "C" | "I">, departmentId: string, role: "A" | "R" | null) =>
    getConfirmedAfterEdit({ roles, departmentId, role, confirmedAt: OLD, verification: VERIFICATION });

  it("confirms when a department gains or loses A, as the database does", () => {
    expect(edit({ [BILLING]: "A" }, SALES, "A")).toBe(VERIFICATION.asOf);
    expect(edit({ [BILLING]: "A" }, BILLING, null)).toBe(VERIFICATION.asOf);
    expect(edit({ [BILLING]: "A" }, BILLING, "R")).toBe(VERIFICATION.asOf);
    expect(edit({ [BILLING]: "R" }, BILLING, "A")).toBe(VERIFICATION.asOf);
  });

  it("keeps the confirmation when no A changes", () => {
    expect(edit({ [BILLING]: "A" }, SALES, "R")).toBe(OLD);
    expect(edit({ [BILLING]: "A", [SALES]: "R" }, SALES, null)).toBe(OLD);
  });

  it("leaves a row fresh after A changes hands", () => {
    const confirmedAt = edit({ [BILLING]: "A" }, SALES, "A");
    expect(isRowStale({ status: "OWNED", confirmedAt, verification: VERIFICATION })).toBe(false);
  });
});
