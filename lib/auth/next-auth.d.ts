// The session carries the user's id (lib/auth/options.ts, callbacks.session).
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: string };
  }
}
