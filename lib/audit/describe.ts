// Turns an audit event into one line a person can read. Events outlive the code that wrote them, so every
// field of before/after is treated as possibly missing or of the wrong type, and unknown actions fall back
// to their raw name.
import { describeJourneyOwnerEvent } from "./describe-journey-owners";
import { describeMeasureEvent } from "./describe-measures";
import { describeMemberEvent } from "./describe-members";
import { describeNotificationEvent } from "./describe-notifications";
import { describeOutcomeSheetEvent } from "./describe-outcome-sheets";
import { describeOutcomeEvent } from "./describe-outcomes";
import { describeSheetImport } from "./describe-sheet";
import { describeApiTokenEvent } from "./describe-tokens";
import { describeVerificationEvent } from "./describe-verification";
import { describeWebhookEvent } from "./describe-webhooks";
import { readNames, readString } from "./fields";

export type TDescribableEvent = { action: string; before: unknown; after: unknown };

const STRUCTURE_ENTITIES = new Set(["department", "journey", "stage", "touchpoint"]);
const ROLES = new Set(["R", "A", "C", "I"]);
// Written by the app itself rather than by a person (the demo seed at start-up).
const SYSTEM_ACTIONS = new Set(["workspace.seeded"]);

function readRole(value: unknown): string | null {
  const role = readString(value, "role");
  return role && ROLES.has(role) ? role : null;
}

function describeAssignment(before: unknown, after: unknown): string {
  const department =
    readString(after, "departmentName") ?? readString(before, "departmentName") ?? "a department";
  const touchpoint =
    readString(after, "touchpointName") ?? readString(before, "touchpointName") ?? "a touchpoint";
  const [from, to] = [readRole(before), readRole(after)];
  if (to && !from) return `Set ${department} to ${to} on ${touchpoint}`;
  if (to && from && to !== from) return `Changed ${department} from ${from} to ${to} on ${touchpoint}`;
  if (from && !to) return `Removed ${from} from ${department} on ${touchpoint}`;
  if (to) return `Set ${department} to ${to} on ${touchpoint}`;
  return `Changed the role of ${department} on ${touchpoint}`;
}

/** Claims, releases and contests (lib/claims): who asked for or gave up what, and what was decided. */
function describeClaim(action: string, before: unknown, after: unknown): string | null {
  const department =
    readString(after, "departmentName") ?? readString(before, "departmentName") ?? "A department";
  const touchpoint =
    readString(after, "touchpointName") ?? readString(before, "touchpointName") ?? "a touchpoint";
  const role = readRole(after) ?? readRole(before);
  const roleText = role ? ` ${role}` : " a role";
  const note = readString(after, "note");
  const withNote = note ? `: “${note}”` : "";
  switch (action) {
    case "claim.created":
      return `${department} claimed${roleText} on ${touchpoint}`;
    case "claim.withdrawn":
      return `${department} withdrew its claim for${roleText} on ${touchpoint}`;
    case "claim.approved":
      return `Approved ${department}'s claim for${roleText} on ${touchpoint}${withNote}`;
    case "claim.rejected":
      return `Rejected ${department}'s claim for${roleText} on ${touchpoint}${withNote}`;
    case "role.released": {
      const unowned = (after as Record<string, unknown> | null)?.isUnowned === true;
      return `${department} released${roleText} on ${touchpoint}${unowned ? ", which is now unowned" : ""}`;
    }
    case "contest.resolved": {
      const rejected = readNames(after, "rejected");
      const others = rejected.length > 0 ? ` (rejected: ${rejected.join(", ")})` : "";
      return `Resolved the contest on ${touchpoint}: ${department} is Accountable${others}${withNote}`;
    }
    case "comment.added":
      return `Commented on ${touchpoint}`;
    default:
      return null;
  }
}

function describeStructure(entity: string, verb: string, before: unknown, after: unknown): string | null {
  const oldName = readString(before, "name");
  const newName = readString(after, "name");
  const name = newName ?? oldName;
  const subject = name ? `${entity} ${name}` : `a ${entity}`;
  switch (verb) {
    case "created":
      return `Created ${subject}`;
    case "updated":
      if (oldName && newName && oldName !== newName) return `Renamed ${entity} ${oldName} to ${newName}`;
      return `Updated ${subject}`;
    case "deleted":
      return `Deleted ${oldName ? `${entity} ${oldName}` : subject}`;
    case "reordered":
      return name ? `Reordered ${subject}` : `Reordered the ${entity}s`;
    case "moved": {
      const stage = readString(after, "stageName");
      return stage ? `Moved ${subject} to stage ${stage}` : `Moved ${subject}`;
    }
    default:
      return null;
  }
}

function describeFallback(action: string, before: unknown, after: unknown): string {
  const name = readString(after, "name") ?? readString(before, "name");
  return name ? `${action}: ${name}` : action;
}

export function describeAuditEvent(event: TDescribableEvent): string {
  const { action, before, after } = event;
  if (action === "workspace.seeded") return "Seeded the demo workspace";
  if (action === "assignment.set") return describeAssignment(before, after);
  const member = describeMemberEvent(action, before, after);
  if (member) return member;
  const claimText = describeClaim(action, before, after);
  if (claimText) return claimText;
  const tokenText = describeApiTokenEvent(action, before, after);
  if (tokenText) return tokenText;
  if (action === "sheet.imported") return describeSheetImport(after);
  const outcomeText = describeOutcomeEvent(action, before, after);
  if (outcomeText) return outcomeText;
  const ownerText = describeJourneyOwnerEvent(action, before, after);
  if (ownerText) return ownerText;
  const measureText = describeMeasureEvent(action, before, after);
  if (measureText) return measureText;
  const outcomeSheetText = describeOutcomeSheetEvent(action, before, after);
  if (outcomeSheetText) return outcomeSheetText;
  const verificationText = describeVerificationEvent(action, before, after);
  if (verificationText) return verificationText;
  const notificationText = describeNotificationEvent(action, before, after);
  if (notificationText) return notificationText;
  const webhookText = describeWebhookEvent(action, before, after);
  if (webhookText) return webhookText;
  const [entity = "", verb = "", ...rest] = action.split(".");
  if (rest.length === 0 && STRUCTURE_ENTITIES.has(entity)) {
    const text = describeStructure(entity, verb, before, after);
    if (text) return text;
  }
  return describeFallback(action, before, after);
}

/** Who to show for an event: the actor's name, else "System" for the app's own writes, else "Someone". */
export function getActorLabel(opts: { actorName: string | null | undefined; action: string }): string {
  if (opts.actorName) return opts.actorName;
  return SYSTEM_ACTIONS.has(opts.action) ? "System" : "Someone";
}
