// Who the current test acts as (see tests/setup/mock-session.ts). Null: signed out. runAsUser gives one async
// call chain its own user, so concurrent calls in one test can act as different people.
import { AsyncLocalStorage } from "node:async_hooks";
import type { SessionUser } from "../../lib/auth/session";

let current: SessionUser | null = null;
const scoped = new AsyncLocalStorage<{ user: SessionUser | null }>();

export function getSignedInUser(): SessionUser | null {
  const store = scoped.getStore();
  return store ? store.user : current;
}

export function setSignedInUser(user: SessionUser | null): void {
  current = user;
}

export function runAsUser<T>(user: SessionUser | null, fn: () => Promise<T>): Promise<T> {
  return scoped.run({ user }, fn);
}
