import { describe, expect, it } from "vitest";
import { newUuid7 } from "./ids";

describe("newUuid7", () => {
  it("makes distinct version 7 ids that sort by time", () => {
    const ids = Array.from({ length: 5000 }, (_, i) => newUuid7(1_700_000_000_000 + i));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    // The first 48 bits are the time in milliseconds.
    expect(Number.parseInt(newUuid7(0x0123456789ab).replaceAll("-", "").slice(0, 12), 16)).toBe(
      0x0123456789ab,
    );
  });
});
