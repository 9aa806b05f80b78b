// Who the current test acts as (see tests/setup/mock-session.ts). Null: signed out.
import type { SessionUser } from "../../lib/auth/session";

let current: SessionUser | null = null;

export function getSignedInUser(): SessionUser | null {
  return current;
}

export function setSignedInUser(user: SessionUser | null): void {
  current = user;
}
