// Lines for verification events (lib/verification). Like describe.ts, every field is read as possibly missing.
import { readCount, readString } from "./fields";

export function describeVerificationEvent(action: string, before: unknown, after: unknown): string | null {
  switch (action) {
    case "ownership.confirmed": {
      const department = readString(after, "departmentName") ?? "its department";
      const touchpoint = readString(after, "touchpointName") ?? "a touchpoint";
      const together = readCount(after, "together");
      const batch = together > 1 ? ` (one of ${together} confirmed together)` : "";
      return `Confirmed ${department} still owns ${touchpoint}${batch}`;
    }
    case "workspace.verification_cadence_set": {
      const from = readCount(before, "days");
      const to = readCount(after, "days");
      const was = from > 0 ? ` (was ${from})` : "";
      return to > 0
        ? `Set ownership to be confirmed every ${to} days${was}`
        : "Changed how often ownership is confirmed";
    }
    default:
      return null;
  }
}
