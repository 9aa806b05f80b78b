// Who the current test acts as (see tests/setup/mock-session.ts). Null: signed out.
import { AsyncLocalStorage } from "node:async_hooks";
import type { SessionUser } from "../../lib/auth/session";

let current: SessionUser | null = null;
// Lets concurrent calls in one test act as different users (races between two people).
const scoped = new AsyncLocalStorage<SessionUser | null>();

export function getSignedInUser(): SessionUser | null {
  const store = scoped.getStore();
  return store === undefined ? current : store;
}

export function setSignedInUser(user: SessionUser | null): void {
  current = user;
}

/** Runs `fn` as `user`, whatever other calls running at the same time are signed in as. */
export function runAsUser<T>(user: SessionUser | null, fn: () => Promise<T>): Promise<T> {
  return scoped.run(user, fn);
}
