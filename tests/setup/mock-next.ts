// What server actions need from Next's request context, which tests do not have: revalidatePath has no page to
// refresh, and headers() has no request; a test that cares about the client's address sets its own headers
// with setRequestHeaders (tests/setup/request-headers.ts).
import { afterAll, vi } from "vitest";
import { setRequestHeaders } from "./request-headers";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/headers", async () => {
  const { requestHeaders } = await import("./request-headers");
  return { headers: async () => requestHeaders() };
});

afterAll(() => setRequestHeaders({}));
