// Which IP addresses a webhook may never reach (issue 15, SSRF): loopback, private, link-local (the cloud
// metadata service at 169.254.169.254 among them), CGNAT, "this network", multicast and reserved ranges, in IPv4
// and IPv6, including IPv6 forms that carry an IPv4 address inside (mapped, compatible, NAT64, 6to4). Pure.
import { isIP } from "node:net";

/** [first octets as a number, prefix length] */
const BLOCKED_V4: readonly [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // RFC 1918
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12], // RFC 1918
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.168.0.0", 16], // RFC 1918
  ["198.18.0.0", 15], // benchmarking
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

function v4ToNumber(address: string): number {
  return address.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
}

const V4_RANGES = BLOCKED_V4.map(([base, bits]) => ({ base: v4ToNumber(base), bits }));

function isBlockedV4Number(n: number): boolean {
  return V4_RANGES.some(({ base, bits }) => {
    const size = 2 ** (32 - bits);
    return n >= base && n < base + size;
  });
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted quad becomes two groups). */
function v6Groups(address: string): number[] {
  let text = address.split("%")[0] ?? address; // a zone index (fe80::1%eth0) names an interface, not an address
  const quad = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (quad?.[1]) {
    const n = v4ToNumber(quad[1]);
    text = `${text.slice(0, -quad[1].length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part ? part.split(":").map((g) => Number.parseInt(g, 16)) : []);
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  const zeros = tail === undefined ? [] : new Array<number>(8 - left.length - right.length).fill(0);
  return [...left, ...zeros, ...right];
}

function isBlockedV6(address: string): boolean {
  const g = v6Groups(address);
  const [g0 = 0, g1 = 0, , , , g5 = 0, g6 = 0, g7 = 0] = g;
  const embeddedV4 = ((g6 << 16) >>> 0) + g7;
  const firstFiveZero = g.slice(0, 5).every((x) => x === 0);
  if (g.every((x) => x === 0)) return true; // ::, unspecified
  if (firstFiveZero && g5 === 0 && g6 === 0 && g7 === 1) return true; // ::1
  if (firstFiveZero && g5 === 0xffff) return isBlockedV4Number(embeddedV4); // ::ffff:a.b.c.d, mapped
  if (firstFiveZero && g5 === 0) return isBlockedV4Number(embeddedV4); // ::a.b.c.d, compatible (deprecated)
  if (g0 === 0x64 && g1 === 0xff9b && g.slice(2, 6).every((x) => x === 0))
    return isBlockedV4Number(embeddedV4); // NAT64
  if (g0 === 0x2002) return isBlockedV4Number(((g1 << 16) >>> 0) + (g[2] ?? 0)); // 6to4
  if ((g0 & 0xfe00) === 0xfc00) return true; // fc00::/7, unique local
  if ((g0 & 0xffc0) === 0xfe80) return true; // fe80::/10, link-local
  if ((g0 & 0xffc0) === 0xfec0) return true; // fec0::/10, old site-local
  if ((g0 & 0xff00) === 0xff00) return true; // multicast
  return false;
}

/** True for an address a webhook must not be sent to; anything that is not an IP address counts as blocked. */
export function isBlockedAddress(address: string): boolean {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const family = isIP(bare.split("%")[0] ?? bare);
  if (family === 4) return isBlockedV4Number(v4ToNumber(bare));
  if (family === 6) return isBlockedV6(bare);
  return true;
}
