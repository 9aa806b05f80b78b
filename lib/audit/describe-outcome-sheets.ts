// Lines for the targets and readings sheet imports (lib/outcomes/sheet-import.ts writes one event per import,
// with its counts). Like describe.ts, every field is read as possibly missing or of the wrong type.
import { readCount, readNames, readString } from "./fields";

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? "" : "s"}`;
}

/** " of CSAT and NPS", or "" when the event names no measure. */
function measures(after: unknown): string {
  const names = readNames(after, "measureNames");
  if (names.length === 0) return "";
  const shown = names.length > 3 ? [...names.slice(0, 3), `${names.length - 3} more`] : names;
  return ` of ${shown.slice(0, -1).join(", ")}${shown.length > 1 ? " and " : ""}${shown.at(-1)}`;
}

/** " for 2026-01 to 2026-12", " for 2026-11", or "". */
function months(after: unknown): string {
  const [from, to] = [readString(after, "from"), readString(after, "to")];
  if (!from || !to) return "";
  return from === to ? ` for ${from}` : ` for ${from} to ${to}`;
}

export function describeOutcomeSheetEvent(action: string, _before: unknown, after: unknown): string | null {
  switch (action) {
    case "targets.imported": {
      const parts = [
        [readCount(after, "created"), "set"],
        [readCount(after, "updated"), "changed"],
        [readCount(after, "cleared"), "cleared"],
      ] as const;
      const done = parts.filter(([count]) => count > 0).map(([count, verb]) => `${count} ${verb}`);
      return `Imported targets${measures(after)}: ${done.length > 0 ? done.join(", ") : "no changes"}`;
    }
    case "readings.imported": {
      const [created, replaced] = [readCount(after, "created"), readCount(after, "replaced")];
      const done = [
        created > 0 ? `${plural(created, "reading")} recorded` : null,
        replaced > 0 ? `${replaced} replaced` : null,
      ].filter(Boolean);
      return `Imported readings${measures(after)}${months(after)}: ${done.length > 0 ? done.join(", ") : "no changes"}`;
    }
    default:
      return null;
  }
}
