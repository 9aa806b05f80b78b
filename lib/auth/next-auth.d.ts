// The session carries the user's id and the claims that let it end (lib/auth/options.ts, callbacks.session).
import type { DefaultSession } from "next-auth";
import type { SessionClaims } from "./sessions";

declare module "next-auth" {
  interface Session {
    user?: DefaultSession["user"] & { id?: string };
    claims?: SessionClaims | null;
  }
}
