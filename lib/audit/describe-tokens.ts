// Lines for API token events (written by lib/api-tokens/actions.ts). Like describe.ts, every field is read as
// possibly missing: revocations recorded before the name was kept still read sensibly.
import { readString } from "./fields";

/** "Ada Lovelace (ada@example.com)", either part alone, or null when a member revoked their own token. */
function owner(before: unknown): string | null {
  const [name, email] = [readString(before, "ownerName"), readString(before, "ownerEmail")];
  if (name && email) return `${name} (${email})`;
  return name ?? email;
}

export function describeApiTokenEvent(action: string, before: unknown, after: unknown): string | null {
  const name = readString(after, "name") ?? readString(before, "name");
  const token = name ? `API token ${name}` : "an API token";
  switch (action) {
    case "api_token.created":
      return `Created ${token}`;
    case "api_token.revoked": {
      const creator = owner(before);
      return creator ? `Revoked ${token}, created by ${creator}` : `Revoked ${token}`;
    }
    default:
      return null;
  }
}
