// The kinds of email a member can choose about (DESIGN.md, Notifications): one per event type, with who receives
// it and how by default. Pure, so the settings form, the fan-out and the README tell the same story.
import type { NotificationMode } from "../db/generated/enums";
import { EVENT_TYPES, type EventType } from "../outbox/events";

export type NotificationKind = EventType;

export const NOTIFICATION_KINDS: Record<
  NotificationKind,
  { label: string; recipients: string; defaultMode: NotificationMode }
> = {
  "claim.created": {
    label: "A claim is waiting for a decision",
    recipients: "CX leads",
    defaultMode: "IMMEDIATE",
  },
  "claim.decided": {
    label: "A decision on your department's claim",
    recipients: "heads of the claiming department and the claim's author",
    defaultMode: "IMMEDIATE",
  },
  "contest.opened": {
    label: "A touchpoint became contested",
    recipients: "CX leads and heads of the contesting departments",
    defaultMode: "IMMEDIATE",
  },
  "ownership.lost": {
    label: "A touchpoint your department works on lost its Accountable department",
    recipients: "heads of the departments still holding a role on it and of its former owners",
    defaultMode: "IMMEDIATE",
  },
  "outcome.off_target": {
    label: "A target your department owns went off target",
    recipients: "heads of the touchpoint's Accountable department",
    defaultMode: "IMMEDIATE",
  },
  "verification.due": {
    label: "Your department's ownership is due to be confirmed",
    recipients: "heads of the owning department",
    defaultMode: "DIGEST",
  },
};

export const NOTIFICATION_KIND_LIST: readonly NotificationKind[] = EVENT_TYPES;

export const MODE_LABELS: Record<NotificationMode, string> = {
  IMMEDIATE: "Immediately",
  DIGEST: "Daily digest",
  OFF: "Off",
};

export function isNotificationKind(value: string): value is NotificationKind {
  return Object.hasOwn(NOTIFICATION_KINDS, value);
}

/** The modes in force for a member: their own choice per kind, else the kind's default. */
export function effectiveModes(
  chosen: readonly { kind: string; mode: NotificationMode }[],
): Record<NotificationKind, NotificationMode> {
  const modes = Object.fromEntries(
    NOTIFICATION_KIND_LIST.map((kind) => [kind, NOTIFICATION_KINDS[kind].defaultMode]),
  ) as Record<NotificationKind, NotificationMode>;
  for (const { kind, mode } of chosen) if (isNotificationKind(kind)) modes[kind] = mode;
  return modes;
}
