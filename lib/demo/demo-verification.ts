// The demo map has been kept for a while: its owners last confirmed their touchpoints days or months ago, so at
// first start some ownership is stale (DESIGN.md, Verification) and the heads have something to confirm.

const DAY_MS = 86_400_000;
// Days since each touchpoint was last confirmed, in turn: three in ten older than the default 90-day cadence.
const AGES = [12, 45, 130, 70, 20, 160, 5, 95, 33, 60] as const;

/** When each touchpoint (in the order given) was last confirmed, as of `now`. */
export function buildDemoConfirmations(
  touchpointIds: readonly string[],
  now: Date,
): { id: string; at: string }[] {
  return touchpointIds.map((id, index) => ({
    id,
    at: new Date(now.getTime() - (AGES[index % AGES.length] ?? 0) * DAY_MS).toISOString(),
  }));
}
