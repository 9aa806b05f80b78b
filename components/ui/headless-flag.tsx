import { Badge } from "./status-badge";

/** "At risk" in words: what a department without a head is Accountable for (in the journey shown, if one). */
export function describeAtRisk(accountable: number, opts: { inJourney?: boolean } = {}): string {
  const where = opts.inJourney ? " in this journey" : "";
  if (accountable === 0) return `Accountable for no touchpoints${where}`;
  return `Accountable for ${accountable} ${accountable === 1 ? "touchpoint" : "touchpoints"}${where}, at risk`;
}

/** DESIGN.md's headless department: the flag says it in words and a symbol, the colour only reinforces it. */
export function HeadlessFlag(props: { accountable: number; inJourney?: boolean }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2 text-xs">
      <Badge label="No head" symbol="⚠" className="bg-amber-50 text-amber-900 ring-amber-600/40" />
      <span className="text-slate-700">{describeAtRisk(props.accountable, props)}</span>
    </span>
  );
}
