import { Badge } from "./status-badge";

/** "2026-05-01": the UTC day of an ISO moment, as the app writes days everywhere. */
export function formatDay(iso: string): string {
  return iso.slice(0, 10);
}

/** Why ownership is stale, in words: since when nobody confirmed it, and how often it should be. */
export function describeStale(confirmedAt: string | null, cadenceDays: number): string {
  const since = confirmedAt ? `Not confirmed since ${formatDay(confirmedAt)}` : "Never confirmed";
  return `${since} (owners confirm every ${cadenceDays} days)`;
}

/** DESIGN.md's stale flag: beside the status, never a status; words and a symbol, colour only reinforces. */
export function StaleFlag(props: { confirmedAt: string | null; cadenceDays: number }) {
  return (
    <span title={describeStale(props.confirmedAt, props.cadenceDays)} className="inline-flex">
      <Badge label="Stale" symbol="◔" className="bg-violet-50 text-violet-900 ring-violet-600/40" />
      <span className="sr-only">: {describeStale(props.confirmedAt, props.cadenceDays)}</span>
    </span>
  );
}
