// What server actions need from Next's request context, which tests do not have: revalidatePath has no page to
// refresh, and headers() has no request (a test that cares about the client's address mocks its own).
import { vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
