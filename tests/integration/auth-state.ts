// Who the current test acts as (see tests/setup/mock-session.ts). Null: signed out.
import { AsyncLocalStorage } from "node:async_hooks";
import type { SessionUser } from "../../lib/auth/session";

let current: SessionUser | null = null;
// Who every test of the file starts as: whoever was signed in outside a test (by beforeAll hooks), else nobody.
// A sign-in inside a test (or its beforeEach) lasts until that test ends, so it never leaks into the next one.
let baseline: SessionUser | null = null;
let isInTest = false;
// Lets concurrent calls in one test act as different users (races between two people).
const scoped = new AsyncLocalStorage<SessionUser | null>();

export function getSignedInUser(): SessionUser | null {
  const store = scoped.getStore();
  return store === undefined ? current : store;
}

export function setSignedInUser(user: SessionUser | null): void {
  current = user;
  if (!isInTest) baseline = user;
}

/** Before each test (tests/setup/mock-session.ts): start from the file's baseline user. */
export function startTestSession(): void {
  isInTest = true;
  current = baseline;
}

/** After each test: whatever the test signed in as ends with it. */
export function endTestSession(): void {
  isInTest = false;
  current = baseline;
}

/** After each test file: nobody is signed in for the next file a worker runs (workers run several files). */
export function endTestFile(): void {
  current = null;
  baseline = null;
  isInTest = false;
}

/** Runs `fn` as `user`, whatever other calls running at the same time are signed in as. */
export function runAsUser<T>(user: SessionUser | null, fn: () => Promise<T>): Promise<T> {
  return scoped.run(user, fn);
}
