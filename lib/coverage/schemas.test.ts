import { describe, expect, it } from "vitest";
import {
  getDashboardHref,
  getHeadlessLimit,
  LIST_LIMIT,
  parseDashboardFilters,
  parseShownList,
} from "./schemas";

const JOURNEY = "0190a5e0-0000-7000-8000-000000000001";

describe("the dashboard's URL state", () => {
  it("asks for one long list whole, and forgives anything else", () => {
    expect(parseShownList({ all: "unowned" })).toBe("unowned");
    expect(parseShownList({ all: ["handoffs", "contested"] })).toBe("handoffs");
    expect(parseShownList({ all: "everything" })).toBeNull();
    expect(parseShownList({})).toBeNull();
  });

  it("lists the first at-risk touchpoints of headless departments unless asked for them all", () => {
    expect(getHeadlessLimit(parseShownList({ all: "headless" }))).toBeNull();
    expect(getHeadlessLimit(parseShownList({ all: "unowned" }))).toBe(LIST_LIMIT);
    expect(getHeadlessLimit(null)).toBe(LIST_LIMIT);
  });

  it("keeps the filters in a 'show all' link, so the list shown whole is the filtered one", () => {
    const href = getDashboardHref(
      "acme",
      { journeyId: JOURNEY, sort: "claims", all: "contested" },
      "contested",
    );
    expect(href).toBe(`/w/acme/dashboard?journey=${JOURNEY}&sort=claims&all=contested#contested`);
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseDashboardFilters(params)).toEqual({
      journeyId: JOURNEY,
      departmentId: undefined,
      sort: "claims",
    });
    expect(parseShownList(params)).toBe("contested");
  });
});
