// The one seam tests use to act as a user: lib/auth/session.ts (the only code that reads the session cookie)
// is replaced by the user tests/integration/auth.ts signs in. Everything above it — the guard, the actions,
// the API — runs unchanged.
import { vi } from "vitest";

vi.mock("../../lib/auth/session", async () => {
  const { getSignedInUser } = await import("../integration/auth-state");
  return { getSessionUser: async () => getSignedInUser() };
});

// Server actions refresh pages through Next's cache, which only exists inside a request.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

// Actions read the client's address from the request's headers; a test that cares mocks its own.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
