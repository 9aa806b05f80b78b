// A tiny seeded random source (mulberry32), so the reference workspace and the edit workload are the same
// on every run and every machine: numbers from two runs are comparable.

export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Picks by weight: `[["R", 5], ["C", 3]]` returns "R" five times in eight. */
  weighted<T>(choices: readonly (readonly [T, number])[]): T;
  /** `count` distinct items, in random order (a partial Fisher–Yates shuffle of a copy). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A version-4-shaped UUID drawn from this source, so ids are deterministic too. */
  uuid(): string;
};

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => nextUint32() / 4294967296;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));

  return {
    next,
    int,
    pick(items) {
      if (items.length === 0) throw new Error("pick() from an empty list");
      return items[int(0, items.length - 1)]!;
    },
    weighted(choices) {
      const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return choices.at(-1)![0];
    },
    sample(items, count) {
      const copy = [...items];
      const n = Math.min(count, copy.length);
      for (let i = 0; i < n; i++) {
        const j = int(i, copy.length - 1);
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
    uuid() {
      const hex = [nextUint32(), nextUint32(), nextUint32(), nextUint32()]
        .map((word) => word.toString(16).padStart(8, "0"))
        .join("");
      // Version nibble 4 and variant bits 10xx, so z.uuid() and PostgreSQL both accept it.
      const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
