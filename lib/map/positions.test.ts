import { describe, expect, it } from "vitest";
import { moveId } from "./positions";

describe("moveId", () => {
  const ids = ["a", "b", "c", "d"];

  it.each([
    ["a", 0, ["a", "b", "c", "d"]],
    ["a", 2, ["b", "c", "a", "d"]],
    ["d", 0, ["d", "a", "b", "c"]],
    ["b", 3, ["a", "c", "d", "b"]],
  ])("moves %s to index %i", (id, toIndex, expected) => {
    expect(moveId(ids, id, toIndex)).toEqual(expected);
  });

  it("clamps an index past the end, and keeps every id exactly once", () => {
    expect(moveId(ids, "a", 99)).toEqual(["b", "c", "d", "a"]);
    expect(moveId(ids, "c", -1)).toEqual(["c", "a", "b", "d"]);
  });

  it("appends an id that was not there yet", () => {
    expect(moveId(["a", "b"], "z", 1)).toEqual(["a", "z", "b"]);
  });
});
