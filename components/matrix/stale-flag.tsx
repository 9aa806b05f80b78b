import { Badge } from "@/components/ui/status-badge";

/** Why ownership is stale, in words: since when nobody confirmed it, and how often owners should. */
export function describeStale(confirmedAt: string | null, cadenceDays: number): string {
  const since = confirmedAt ? `Not confirmed since ${confirmedAt.slice(0, 10)}` : "Never confirmed";
  return `${since} (owners confirm every ${cadenceDays} days)`;
}

/** DESIGN.md's stale flag: beside the status, never a status; words and a symbol, the colour only reinforces. */
export function StaleFlag(props: { confirmedAt: string | null; cadenceDays: number }) {
  const why = describeStale(props.confirmedAt, props.cadenceDays);
  return (
    <span title={why} className="inline-flex">
      <Badge label="Stale" symbol="⏱" className="bg-violet-50 text-violet-900 ring-violet-600/40" />
      <span className="sr-only">: {why}</span>
    </span>
  );
}
