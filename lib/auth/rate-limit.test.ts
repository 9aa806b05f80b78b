import { describe, expect, it } from "vitest";
import { decide, nextBucket } from "./rate-limit";

const limit = { max: 5, windowMs: 15 * 60_000 };
const t0 = new Date("2026-01-01T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("fixed-window rate limit", () => {
  it("allows up to max attempts in a window, then refuses until the window ends", () => {
    let bucket = nextBucket({ bucket: null, limit, now: t0 });
    expect(bucket).toEqual({ count: 1, windowStart: t0 });
    for (let i = 2; i <= 5; i++) {
      bucket = nextBucket({ bucket, limit, now: at(i) });
      expect(decide({ bucket, limit, now: at(i) })).toEqual({ allowed: true });
    }
    bucket = nextBucket({ bucket, limit, now: at(6) });
    expect(bucket.count).toBe(6);
    expect(decide({ bucket, limit, now: at(6) })).toEqual({ allowed: false, retryAfterMinutes: 9 });
    expect(decide({ bucket, limit, now: at(14.5) })).toEqual({ allowed: false, retryAfterMinutes: 1 });
  });

  it("starts a new window once the old one has run out", () => {
    const full = { count: 9, windowStart: t0 };
    expect(nextBucket({ bucket: full, limit, now: at(14.99) })).toEqual({ count: 10, windowStart: t0 });
    expect(nextBucket({ bucket: full, limit, now: at(15) })).toEqual({ count: 1, windowStart: at(15) });
  });
});
