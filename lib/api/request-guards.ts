import "server-only";
// Checks on a request's body and origin, for the /api/v1 routes that read a body (defineRoute's `body`), and
// reading that body without buffering more than the route allows.
import { getEnv } from "../env";
import { type ApiFailure, apiFailure } from "./errors";

/**
 * The body's media type must be one the route reads; a charset, when given, must be UTF-8. Anything else is
 * 415 before the body is read, so a PNG or JSON is never taken for a sheet.
 */
export function checkContentType(headers: Headers, accepted: readonly string[]): ApiFailure | null {
  const raw = headers.get("content-type");
  const [type = "", ...params] = (raw ?? "").split(";").map((part) => part.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith("charset="))?.slice("charset=".length);
  if (accepted.includes(type) && (charset === undefined || charset.replaceAll('"', "") === "utf-8"))
    return null;
  const sent = raw ? `not ${raw.slice(0, 80)}` : "the request has no Content-Type";
  return apiFailure(
    415,
    "unsupported_media_type",
    `Send the body as ${accepted.join(" or ")} in UTF-8 (Content-Type: ${accepted[0]}; charset=utf-8); ${sent}.`,
  );
}

const CROSS_ORIGIN =
  "A request signed in with the browser session must come from this app's own pages. Scripts and other sites: use an API token (Authorization: Bearer <token>).";

/**
 * The browser sends the session cookie with requests other pages make too, a sibling subdomain's included
 * (same-site). So a write with the cookie must show it comes from this origin: `Sec-Fetch-Site`, when sent, is
 * `same-origin`; `Origin`, when sent, names this host; and at least one of them is sent (every current browser
 * sends both on a POST). This host is what the request was addressed to (`Host`, or `X-Forwarded-Host` from a
 * proxy: a page cannot set either without a CORS preflight, which this app never grants) or NEXTAUTH_URL's.
 */
export function checkSameOrigin(request: Request): ApiFailure | null {
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  if (site === null && origin === null) return apiFailure(403, "forbidden", CROSS_ORIGIN);
  if (site !== null && site !== "same-origin") return apiFailure(403, "forbidden", CROSS_ORIGIN);
  if (origin !== null && !ownHosts(request).has(hostOf(origin) ?? ""))
    return apiFailure(403, "forbidden", CROSS_ORIGIN);
  return null;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

function ownHosts(request: Request): Set<string> {
  const hosts = [
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim(),
    // Node always has a Host header; a Request built in a test or by a caller in process may not.
    request.headers.get("host") ?? hostOf(request.url),
    hostOf(getEnv().NEXTAUTH_URL ?? ""),
  ];
  return new Set(hosts.filter((host): host is string => Boolean(host)).map((host) => host.toLowerCase()));
}

/** Reads at most `limit` bytes; null when the body is larger, without buffering the rest. */
export async function readBodyCapped(request: Request, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}
