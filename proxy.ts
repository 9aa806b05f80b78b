// Runs before every page and API request: a fresh CSP nonce per page, the requested path for the sign-in
// redirect, and a cheap early 401 for API calls without any session cookie. The real checks stay on the server
// (lib/auth/guard.ts, lib/auth/pages.ts): this only saves work and never grants anything.
import { type NextRequest, NextResponse } from "next/server";
import { getEnv } from "./lib/env";
import { buildContentSecurityPolicy, createNonce } from "./lib/security/csp";
import { NONCE_HEADER, REQUEST_PATH_HEADER } from "./lib/security/request-headers";

const hasSessionCookie = (request: NextRequest) =>
  request.cookies.getAll().some((c) => /^(__Secure-)?next-auth\.session-token(\.\d+)?$/.test(c.name));

// Served over https (NEXTAUTH_URL), browsers are told to never use plain http for this host again.
const HSTS = "max-age=63072000; includeSubDomains";

function withHsts(response: NextResponse): NextResponse {
  if (getEnv().NEXTAUTH_URL?.startsWith("https://")) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith("/api/")) {
    // A bearer token is checked by the route itself (lib/auth/api-caller.ts); the OpenAPI description is public.
    if (pathname === "/api/v1/openapi.json") return withHsts(NextResponse.next());
    if (hasSessionCookie(request) || request.headers.has("authorization"))
      return withHsts(NextResponse.next());
    return withHsts(
      NextResponse.json(
        { error: { code: "unauthorized", message: "Sign in to use the API." } },
        { status: 401, headers: { "Cache-Control": "no-store" } },
      ),
    );
  }
  const nonce = createNonce();
  const csp = buildContentSecurityPolicy({ nonce, isDevelopment: getEnv().NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", csp);
  headers.set(REQUEST_PATH_HEADER, `${pathname}${search}`);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return withHsts(response);
}

export const config = {
  matcher: [
    // API routes that need a session; /api/health and next-auth's own /api/auth stay open.
    "/api/v1/:path*",
    {
      source: "/((?!api|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
