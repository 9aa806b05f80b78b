import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getPageHref, getPageInfo, parsePageParam, readPage } from "./pagination";

describe("parsePageParam", () => {
  it("reads a whole number from 1, and anything else as the first page", () => {
    expect(parsePageParam("3")).toBe(3);
    expect(parsePageParam(" 2 ")).toBe(2);
    expect(parsePageParam(["4", "9"])).toBe(4);
    for (const bad of [undefined, "", "0", "-1", "2.5", "abc", "1e3", "0x10", "+2", []]) {
      expect(parsePageParam(bad), String(bad)).toBe(1);
    }
  });

  it("caps a huge number, so the offset stays small; the page shown is the last one anyway", () => {
    expect(parsePageParam("99999999999999999999999")).toBe(10_000);
  });
});

describe("getPageInfo", () => {
  it("says which rows a page shows, and clamps a page past the end to the last", () => {
    expect(getPageInfo({ requested: 1, total: 60, pageSize: 25 })).toEqual({
      page: 1,
      pageCount: 3,
      pageSize: 25,
      total: 60,
      from: 1,
      to: 25,
    });
    expect(getPageInfo({ requested: 3, total: 60, pageSize: 25 })).toMatchObject({ from: 51, to: 60 });
    expect(getPageInfo({ requested: 9, total: 60, pageSize: 25 })).toMatchObject({ page: 3, from: 51 });
    expect(getPageInfo({ requested: 2, total: 0, pageSize: 25 })).toMatchObject({
      page: 1,
      pageCount: 1,
      from: 0,
      to: 0,
    });
  });

  it("always shows a page that exists, with from..to inside the total", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 500 }),
        fc.nat(1000),
        fc.integer({ min: 1, max: 50 }),
        (requested, total, pageSize) => {
          const info = getPageInfo({ requested, total, pageSize });
          expect(info.page).toBeGreaterThanOrEqual(1);
          expect(info.page).toBeLessThanOrEqual(info.pageCount);
          const shown = total === 0 ? 0 : info.to - info.from + 1;
          expect(shown).toBe(Math.min(pageSize, Math.max(0, total - (info.page - 1) * pageSize)));
          expect(info.to).toBeLessThanOrEqual(total);
        },
      ),
    );
  });
});

describe("readPage", () => {
  const rowsOf = (total: number) => {
    const calls: { skip: number; take: number }[] = [];
    const rows = async (range: { skip: number; take: number }) => {
      calls.push(range);
      return Array.from(
        { length: Math.max(0, Math.min(range.take, total - range.skip)) },
        (_, i) => range.skip + i,
      );
    };
    return { calls, rows, count: async () => total };
  };

  it("reads the requested page once, and the last page again only when the request went past it", async () => {
    const inRange = rowsOf(30);
    expect(await readPage({ requested: 2, pageSize: 25, ...inRange })).toMatchObject({
      items: [25, 26, 27, 28, 29],
      info: { page: 2, from: 26, to: 30 },
    });
    expect(inRange.calls).toHaveLength(1);
    const past = rowsOf(30);
    expect((await readPage({ requested: 7, pageSize: 25, ...past })).items).toHaveLength(5);
    expect(past.calls.map((c) => c.skip)).toEqual([150, 25]);
  });
});

describe("getPageHref", () => {
  const path = "/w/demo/claims";
  it("leaves the first page's address plain", () => {
    expect(getPageHref({ path, page: 1 })).toBe("/w/demo/claims");
    expect(getPageHref({ path, page: 2 })).toBe("/w/demo/claims?page=2");
  });

  it("keeps the list's filters, encoded, leaves out the empty ones, and ends with the hash", () => {
    expect(getPageHref({ path, page: 1, params: { q: "row 4", journey: undefined } })).toBe(
      "/w/demo/claims?q=row+4",
    );
    expect(getPageHref({ path, page: 3, params: { journey: "j1", q: "a&b" }, hash: "list" })).toBe(
      "/w/demo/claims?journey=j1&q=a%26b&page=3#list",
    );
    expect(getPageHref({ path, page: 1, params: { q: "" }, hash: "list" })).toBe("/w/demo/claims#list");
  });
});
