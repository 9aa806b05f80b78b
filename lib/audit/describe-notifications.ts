// Lines for a member's own email choices (lib/notifications). Like describe.ts, every field is read as possibly
// missing or of the wrong type.
import { kindLabel } from "../notifications/compose";
import { MODE_LABELS } from "../notifications/kinds";

function readChanges(value: unknown): { kind: string; mode: string }[] {
  const changes = (value as { changes?: unknown } | null)?.changes;
  if (!Array.isArray(changes)) return [];
  return changes.flatMap((c) =>
    typeof c?.kind === "string" && typeof c?.mode === "string" ? [{ kind: c.kind, mode: c.mode }] : [],
  );
}

function modeLabel(mode: string): string {
  return Object.hasOwn(MODE_LABELS, mode)
    ? MODE_LABELS[mode as keyof typeof MODE_LABELS].toLowerCase()
    : mode;
}

export function describeNotificationEvent(action: string, _before: unknown, after: unknown): string | null {
  if (action !== "notifications.preferences_set") return null;
  const changes = readChanges(after);
  const via = (after as { via?: unknown } | null)?.via === "link" ? " (from an unsubscribe link)" : "";
  if (changes.length === 0) return `Changed their email notifications${via}`;
  const list = changes.map((c) => `${kindLabel(c.kind)}: ${modeLabel(c.mode)}`).join("; ");
  return `Changed their email notifications${via}: ${list}`;
}
