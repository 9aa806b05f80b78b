// Lines for journey owner events (written by lib/outcomes and, when an owner loses the role or leaves, by
// lib/members). Like describe.ts, every field is read as possibly missing.
import { readString } from "./fields";

const ROLE_NAMES: Record<string, string> = {
  CX_LEAD: "a CX lead",
  DEPARTMENT_HEAD: "a department head",
  EXECUTIVE: "an executive",
  VIEWER: "a viewer",
};

/** Why an owner was cleared without anyone choosing to (lib/outcomes/journey-owner-helpers.ts). */
function lossText(after: unknown): string | null {
  switch (readString(after, "reason")) {
    case "member_removed":
      return "left the workspace";
    case "role_changed": {
      const role = ROLE_NAMES[readString(after, "role") ?? ""];
      return role ? `became ${role}` : "is no longer an executive or a CX lead";
    }
    default:
      return null;
  }
}

export function describeJourneyOwnerEvent(action: string, before: unknown, after: unknown): string | null {
  const name = readString(after, "journeyName") ?? readString(before, "journeyName");
  const journey = name ? `journey ${name}` : "a journey";
  const from = readString(before, "ownerName");
  const to = readString(after, "ownerName");
  switch (action) {
    case "journey.owner_set":
      if (from && to) return `Changed the owner of ${journey} from ${from} to ${to}`;
      return `Named ${to ?? "a member"} owner of ${journey}`;
    case "journey.owner_cleared": {
      const loss = lossText(after);
      const who = from ?? "its owner";
      if (loss) return `${name ? `Journey ${name}` : "A journey"} has no owner: ${who} ${loss}`;
      return from ? `Cleared the owner of ${journey} (was ${from})` : `Cleared the owner of ${journey}`;
    }
    default:
      return null;
  }
}
