import { describe, expect, it } from "vitest";
import { CANDIDATE_SEARCH_MAX, parseCandidateFilters } from "./schemas";

const JOURNEY = "0196a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";

describe("parseCandidateFilters", () => {
  it("reads a trimmed name search and a journey id, and nothing from blanks", () => {
    expect(parseCandidateFilters({ q: "  Refund call ", journey: JOURNEY })).toEqual({
      q: "Refund call",
      journeyId: JOURNEY,
    });
    expect(parseCandidateFilters({})).toEqual({ q: undefined, journeyId: undefined });
    expect(parseCandidateFilters({ q: "   ", journey: "" })).toEqual({ q: undefined, journeyId: undefined });
    expect(parseCandidateFilters({ q: ["first", "second"], journey: [JOURNEY] })).toEqual({
      q: "first",
      journeyId: JOURNEY,
    });
  });

  it("ignores a journey that is not an id, and cuts a long search without splitting a character", () => {
    for (const journey of ["abc", "1", `${JOURNEY}x`, "'; DROP TABLE x; --"]) {
      expect(parseCandidateFilters({ journey }).journeyId, journey).toBeUndefined();
    }
    expect(parseCandidateFilters({ q: "x".repeat(500) }).q).toBe("x".repeat(CANDIDATE_SEARCH_MAX));
    const emoji = parseCandidateFilters({ q: "😀".repeat(150) }).q ?? "";
    expect([...emoji]).toHaveLength(CANDIDATE_SEARCH_MAX);
    expect(emoji).toBe("😀".repeat(CANDIDATE_SEARCH_MAX));
  });
});
