// Server actions call revalidatePath, which needs Next's request context; in tests there is no page to refresh.
import { vi } from "vitest";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
