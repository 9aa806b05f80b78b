import "server-only";
// What pages (not actions or routes) do about sessions: send a signed-out visitor to the sign-in page, back to
// where they were going afterwards.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { REQUEST_PATH_HEADER } from "../security/request-headers";
import { getSessionUser, type SessionUser } from "./session";

/** A local path only (`/…`, never `//host` or a URL), so the sign-in page cannot redirect off-site. */
export function getSafeCallbackUrl(value: string | null | undefined, fallback = "/"): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}

export async function requirePageUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (user) return user;
  const path = getSafeCallbackUrl((await headers()).get(REQUEST_PATH_HEADER));
  redirect(path === "/" ? "/sign-in" : `/sign-in?${new URLSearchParams({ callbackUrl: path })}`);
}
