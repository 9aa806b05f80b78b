// Lines for measure events (lib/outcomes/measure-actions.ts and POST /api/v1/measures). Like describe.ts,
// every field is read as possibly missing or of the wrong type.
import { readCount, readString } from "./fields";

const KINDS: Record<string, string> = { SCORE: "score", PERCENT: "percent", NPS: "NPS", COUNT: "count" };
const DIRECTIONS: Record<string, string> = { HIGHER: "higher is better", LOWER: "lower is better" };

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/** "score 1 to 5", "percent", or null when the event has no kind. */
function kindText(value: unknown): string | null {
  const kind = KINDS[readString(value, "kind") ?? ""];
  if (!kind) return null;
  const scale = field(value, "scale");
  const [min, max] = [field(scale, "min"), field(scale, "max")];
  return typeof min === "number" && typeof max === "number" ? `${kind} ${min} to ${max}` : kind;
}

function directionText(value: unknown): string | null {
  return DIRECTIONS[readString(value, "direction") ?? ""] ?? null;
}

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? "" : "s"}`;
}

/** What an edit changed, e.g. ["renamed from CSAT", "score 1 to 5 → score 1 to 10", "unit “” → “points”"]. */
function changes(before: unknown, after: unknown): string[] {
  const list: string[] = [];
  const [oldName, newName] = [readString(before, "name"), readString(after, "name")];
  if (oldName && newName && oldName !== newName) list.push(`renamed from ${oldName}`);
  const [oldKind, newKind] = [kindText(before), kindText(after)];
  if (oldKind && newKind && oldKind !== newKind) list.push(`${oldKind} → ${newKind}`);
  const [oldDirection, newDirection] = [directionText(before), directionText(after)];
  if (oldDirection && newDirection && oldDirection !== newDirection) list.push(`now ${newDirection}`);
  const [oldUnit, newUnit] = [field(before, "unit"), field(after, "unit")];
  if (typeof oldUnit === "string" && typeof newUnit === "string" && oldUnit !== newUnit)
    list.push(newUnit ? `unit “${newUnit}”` : "no unit");
  return list;
}

export function describeMeasureEvent(action: string, before: unknown, after: unknown): string | null {
  const name = readString(after, "name") ?? readString(before, "name");
  const measure = name ? `measure ${name}` : "a measure";
  switch (action) {
    case "measure.created": {
      const details = [kindText(after), directionText(after)].filter(Boolean).join(", ");
      return details ? `Created ${measure} (${details})` : `Created ${measure}`;
    }
    case "measure.updated": {
      const list = changes(before, after);
      const renamedOnly = list.length === 1 && list[0]?.startsWith("renamed from ");
      if (renamedOnly) return `Renamed measure ${readString(before, "name")} to ${name}`;
      return list.length > 0 ? `Updated ${measure}: ${list.join(", ")}` : `Updated ${measure}`;
    }
    case "measure.deleted": {
      const gone = [
        [readCount(before, "targets"), "target"],
        [readCount(before, "readings"), "reading"],
      ] as const;
      const parts = gone.filter(([count]) => count > 0).map(([count, one]) => plural(count, one));
      return parts.length > 0 ? `Deleted ${measure} with ${parts.join(" and ")}` : `Deleted ${measure}`;
    }
    case "measures.imported": {
      const [created, updated] = [readCount(after, "created"), readCount(after, "updated")];
      return `Imported measures: ${created} created, ${updated} updated`;
    }
    default:
      return null;
  }
}
