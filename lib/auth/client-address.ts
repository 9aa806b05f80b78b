// The client's address for per-address limits, read only from what a trusted proxy saw. Proxies append the
// address they received from to X-Forwarded-For, after whatever the client sent; so with N trusted proxies in
// front of the app (THROUGHLINE_TRUST_PROXY=N) the client is the N-th entry from the right, and everything to
// its left is the client's own say. IPv6 clients are grouped by /64, the block one subscriber usually holds.
// Pure: tested on its own.
import { isIP } from "node:net";

/** No per-client address is known (no trusted proxy, or the headers do not fit): no per-address limit applies. */
export const UNKNOWN_CLIENT = "unknown";

type Headers = Record<string, string | string[] | undefined> | undefined;

function values(headers: Headers, name: string): string[] {
  const value = headers?.[name];
  const joined = Array.isArray(value) ? value.join(",") : (value ?? "");
  return joined
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
}

/** An address as the limits count it: IPv4 as is (also when IPv4-mapped), IPv6 by its /64; else unknown. */
export function normalizeAddress(raw: string): string {
  const address = raw.replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1] && isIP(mapped[1]) === 4) return mapped[1];
  if (isIP(address) === 4) return address;
  if (isIP(address) !== 6) return UNKNOWN_CLIENT;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function getClientIp(headers: Headers, opts: { proxyHops: number }): string {
  if (opts.proxyHops < 1) return UNKNOWN_CLIENT;
  const forwarded = values(headers, "x-forwarded-for");
  if (forwarded.length > 0) {
    // Fewer entries than trusted proxies: the request did not come through them all, so nothing here is known.
    const seen = forwarded[forwarded.length - opts.proxyHops];
    return seen ? normalizeAddress(seen) : UNKNOWN_CLIENT;
  }
  // A single proxy that sets X-Real-IP to the address it saw (nginx's $remote_addr) instead.
  const real = values(headers, "x-real-ip");
  return opts.proxyHops === 1 && real.length === 1 && real[0] ? normalizeAddress(real[0]) : UNKNOWN_CLIENT;
}
