// The one seam tests use to act as a user: lib/auth/session.ts (the only code that reads the session cookie)
// is replaced by the user tests/integration/auth.ts signs in. Everything above it — the guard, the actions,
// the API — runs unchanged. Registered before any test file's hooks, so each test starts from the file's
// baseline user (see auth-state.ts) before its own beforeEach hooks run, and is reset after its afterEach hooks.
import { afterAll, afterEach, beforeEach, vi } from "vitest";
import { endTestFile, endTestSession, startTestSession } from "../integration/auth-state";
import { setWorkspaceCreatedHook } from "../integration/factories";

vi.mock("../../lib/auth/session", async () => {
  const { getSignedInUser } = await import("../integration/auth-state");
  return { getSessionUser: async () => getSignedInUser() };
});

beforeEach(() => startTestSession());
afterEach(() => endTestSession());
// A worker runs several files in one module graph (vitest.config.ts): what one file signed in as, or asked the
// factories to do for each new workspace, ends with it.
afterAll(() => {
  endTestFile();
  setWorkspaceCreatedHook(undefined);
});
