// Lines for target and reading events (lib/outcomes/target-actions.ts). Like describe.ts, every field is read as
// possibly missing or of the wrong type.
import { readString } from "./fields";

function readNumber(value: unknown, key: string): number | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const found = (value as Record<string, unknown>)[key];
  return typeof found === "number" && Number.isFinite(found) ? found : null;
}

function pick(key: string, before: unknown, after: unknown): string | null {
  return readString(after, key) ?? readString(before, key);
}

/** "on Payment reminder", "on the journey Renew", or "" when the event does not say. */
function where(before: unknown, after: unknown): string {
  const touchpoint = pick("touchpointName", before, after);
  if (touchpoint) return ` on ${touchpoint}`;
  const journey = pick("journeyName", before, after);
  return journey ? ` on the journey ${journey}` : "";
}

export function describeOutcomeEvent(action: string, before: unknown, after: unknown): string | null {
  const measure = pick("measureName", before, after);
  const target = `${measure ? `the ${measure} target` : "a target"}${where(before, after)}`;
  const [from, to] = [readNumber(before, "value"), readNumber(after, "value")];
  switch (action) {
    case "target.set":
      if (from !== null && to !== null && from !== to) return `Changed ${target} from ${from} to ${to}`;
      return `Set ${target}${to === null ? "" : ` to ${to}`}`;
    case "target.cleared":
      return `Cleared ${target}`;
    case "reading.recorded": {
      const month = pick("month", before, after);
      const reading = `${measure ?? "a reading"}${month ? ` for ${month}` : ""}${where(before, after)}`;
      if (from !== null && to !== null) return `Replaced ${reading}: ${from} → ${to}`;
      return `Recorded ${reading}${to === null ? "" : `: ${to}`}`;
    }
    default:
      return null;
  }
}
