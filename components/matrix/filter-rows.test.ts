import { describe, expect, it } from "vitest";
import type { MatrixOutcome } from "@/lib/matrix/queries";
import { parseMatrixFilters, type TMatrixFilters } from "@/lib/matrix/schemas";
import { getTouchpointOwnership, type RaciRole } from "@/lib/ownership";
import { filterRows } from "./filter-rows";
import type { EditorRow } from "./matrix-row";

const BILLING = "00000000-0000-4000-8000-000000000001";
const SALES = "00000000-0000-4000-8000-000000000002";

const outcome = (status: MatrixOutcome["status"]): MatrixOutcome => ({
  status,
  counts: {
    targets: 1,
    onTarget: status === "ON_TARGET" ? 1 : 0,
    offTarget: status === "OFF_TARGET" ? 1 : 0,
    noData: status === "NO_DATA" ? 1 : 0,
  },
  worst: status === "OFF_TARGET" ? { measure: "CSAT", value: 3.1, target: 4.2 } : null,
});

// Judged as of 2026-06-01 with a 90-day cadence: ownership confirmed before 2026-03-03 is stale.
const VERIFICATION = { cadenceDays: 90, asOf: "2026-06-01T12:00:00.000Z" };
const OLD = "2026-01-15T09:00:00.000Z";
const RECENT = "2026-05-20T09:00:00.000Z";

type Spec = {
  id: string;
  channel: string;
  roles: Record<string, RaciRole>;
  outcome: MatrixOutcome | null;
  confirmedAt: string | null;
};
const SPECS: Spec[] = [
  {
    id: "email-off",
    channel: "email",
    roles: { [BILLING]: "A" },
    outcome: outcome("OFF_TARGET"),
    confirmedAt: OLD,
  },
  { id: "phone-off", channel: "phone", roles: {}, outcome: outcome("OFF_TARGET"), confirmedAt: OLD },
  {
    id: "web-on",
    channel: "web",
    roles: { [SALES]: "A" },
    outcome: outcome("ON_TARGET"),
    confirmedAt: RECENT,
  },
  {
    id: "web-nodata",
    channel: "web",
    roles: { [BILLING]: "A", [SALES]: "A" },
    outcome: outcome("NO_DATA"),
    confirmedAt: OLD,
  },
  { id: "web-none", channel: "web", roles: { [BILLING]: "R" }, outcome: null, confirmedAt: null },
];

function visible(filters: TMatrixFilters): string[] {
  const ownership = SPECS.map((s) => ({
    touchpointId: s.id,
    ...getTouchpointOwnership({
      assignments: Object.entries(s.roles).map(([departmentId, role]) => ({ departmentId, role })),
      openClaims: [],
    }),
  }));
  const rows: EditorRow[] = SPECS.map((s, i) => ({
    id: s.id,
    name: s.id,
    description: null,
    channelLabel: s.channel,
    roles: s.roles,
    ownership: ownership[i]!,
    outcome: s.outcome,
    confirmedAt: s.confirmedAt,
    isStale: false,
  }));
  return filterRows({ rows, filters, saved: ownership, touchpoints: SPECS, verification: VERIFICATION }).map(
    (r) => r.id,
  );
}

describe("the matrix filters", () => {
  it("keep every row when nothing is filtered", () => {
    expect(visible({})).toEqual(SPECS.map((s) => s.id));
  });

  it("keep the rows of one outcome, and only rows without targets for “no targets”", () => {
    expect(visible({ outcome: "off-target" })).toEqual(["email-off", "phone-off"]);
    expect(visible({ outcome: "on-target" })).toEqual(["web-on"]);
    expect(visible({ outcome: "no-data" })).toEqual(["web-nodata"]);
    expect(visible({ outcome: "no-targets" })).toEqual(["web-none"]);
  });

  it("combine the outcome with status, channel and department", () => {
    expect(visible({ outcome: "off-target", status: "unowned" })).toEqual(["phone-off"]);
    expect(visible({ outcome: "off-target", channel: "email" })).toEqual(["email-off"]);
    expect(visible({ outcome: "off-target", department: BILLING })).toEqual(["email-off"]);
    expect(visible({ outcome: "no-data", status: "contested" })).toEqual(["web-nodata"]);
    expect(visible({ outcome: "on-target", channel: "email" })).toEqual([]);
  });
});

describe("the stale filter", () => {
  it("keeps owned rows confirmed before the cadence, not contested or unowned ones with old dates", () => {
    expect(visible({ status: "stale" })).toEqual(["email-off"]);
    expect(visible({ status: "owned" })).toEqual(["email-off", "web-on"]);
  });

  it("follows the cadence and the moment the page judged at", () => {
    const stale = (verification: typeof VERIFICATION) => {
      const rows = SPECS.map((s) => ({
        ...s,
        name: s.id,
        description: null,
        channelLabel: s.channel,
        ownership: getTouchpointOwnership({
          assignments: Object.entries(s.roles).map(([departmentId, role]) => ({ departmentId, role })),
        }),
        isStale: false,
      }));
      const saved = rows.map((r) => ({ touchpointId: r.id, ...r.ownership }));
      return filterRows({ rows, filters: { status: "stale" }, saved, touchpoints: SPECS, verification }).map(
        (r) => r.id,
      );
    };
    expect(stale({ cadenceDays: 5, asOf: VERIFICATION.asOf })).toEqual(["email-off", "web-on"]);
    expect(stale({ cadenceDays: 730, asOf: VERIFICATION.asOf })).toEqual([]);
    expect(stale({ cadenceDays: 90, asOf: "2026-02-01T00:00:00.000Z" })).toEqual([]);
  });

  it("combines with the other filters", () => {
    expect(visible({ status: "stale", channel: "email" })).toEqual(["email-off"]);
    expect(visible({ status: "stale", department: SALES })).toEqual([]);
    expect(visible({ status: "stale", outcome: "on-target" })).toEqual([]);
  });
});

describe("parseMatrixFilters", () => {
  it("reads the outcome from the URL with the other filters", () => {
    expect(parseMatrixFilters({ outcome: "off-target", status: "owned", channel: "web" })).toEqual({
      outcome: "off-target",
      status: "owned",
      channel: "web",
    });
    expect(parseMatrixFilters({ outcome: ["no-targets", "on-target"] }).outcome).toBe("no-targets");
  });

  it("reads “stale” as a status", () => {
    expect(parseMatrixFilters({ status: "stale" })).toEqual({ status: "stale" });
    expect(parseMatrixFilters({ status: "STALE" })).toEqual({});
  });

  it("drops an unknown or empty outcome (any outcome) and keeps the rest", () => {
    for (const value of ["OFF_TARGET", "off", "", "__proto__", "constructor"]) {
      expect(parseMatrixFilters({ outcome: value, status: "unowned" })).toEqual({ status: "unowned" });
    }
  });
});
