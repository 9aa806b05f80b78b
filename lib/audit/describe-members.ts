// Lines for member, invitation and workspace events (written by lib/members and lib/setup). Like describe.ts,
// every field is read as possibly missing.
import { readString } from "./fields";

const ROLE_NAMES: Record<string, string> = {
  CX_LEAD: "CX lead",
  DEPARTMENT_HEAD: "department head",
  EXECUTIVE: "executive",
  VIEWER: "viewer",
};

/** "department head of Billing", "viewer", or "a new role" when unreadable. */
function roleText(value: unknown): string {
  const role = ROLE_NAMES[readString(value, "role") ?? ""];
  if (!role) return "a new role";
  const department = readString(value, "departmentName");
  return department && role === "department head" ? `${role} of ${department}` : role;
}

function person(before: unknown, after: unknown): string {
  return (
    readString(after, "name") ??
    readString(before, "name") ??
    readString(after, "email") ??
    readString(before, "email") ??
    "a member"
  );
}

export function describeMemberEvent(action: string, before: unknown, after: unknown): string | null {
  const email = readString(after, "email") ?? readString(before, "email") ?? "someone";
  switch (action) {
    case "member.added":
      return `Added ${person(before, after)} as ${roleText(after)}`;
    case "member.role_changed":
      return `Changed ${person(before, after)} from ${roleText(before)} to ${roleText(after)}`;
    case "member.removed":
      return `Removed ${person(before, after)} (${roleText(before)}) from the workspace`;
    case "invitation.created":
      return `Invited ${email} as ${roleText(after)}`;
    case "invitation.renewed":
      return `Sent a new invitation link to ${email}`;
    case "invitation.revoked":
      return `Revoked the invitation for ${email}`;
    case "invitation.accepted":
      return `Accepted the invitation and joined as ${roleText(after)}`;
    case "workspace.created": {
      const name = readString(after, "name");
      return name ? `Created workspace ${name}` : "Created the workspace";
    }
    default:
      return null;
  }
}
