// The SSRF guard (issue 15): a webhook URL is user input, so its host is checked when the endpoint is saved and
// again at connect time, through the lookup every request uses, so a name that resolves elsewhere later (DNS
// rebinding) is refused too. THROUGHLINE_WEBHOOK_ALLOW_PRIVATE=1 turns both checks off (local receivers, tests).
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from "node:dns";
import { lookup as dnsLookup } from "node:dns";
import { isIP } from "node:net";
import { isBlockedAddress } from "./address";

export class BlockedAddressError extends Error {
  readonly code = "EWEBHOOKBLOCKED";
}

function refusal(host: string, address: string): BlockedAddressError {
  const shown = host === address ? address : `${host} (${address})`;
  return new BlockedAddressError(
    `${shown} is a private, loopback or link-local address; webhooks are not sent there`,
  );
}

/** The host of a URL as a socket sees it: IPv6 literals without their brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A drop-in `lookup` for node:http(s) that resolves every address and refuses the name if any is blocked. */
export function guardedLookup(
  hostname: string,
  options: LookupOneOptions | LookupAllOptions | number,
  callback: LookupCallback,
): void {
  const opts = typeof options === "number" ? { family: options } : options;
  dnsLookup(hostname, { ...opts, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const blocked = addresses.find((a) => isBlockedAddress(a.address));
    if (blocked) return callback(refusal(hostname, blocked.address), []);
    if (opts.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first)
      return callback(Object.assign(new Error(`${hostname} has no address`), { code: "ENOTFOUND" }), []);
    callback(null, first.address, first.family);
  });
}

/** Sockets skip `lookup` for IP literals, so a literal host is checked here before any connection. */
export function checkLiteralHost(url: URL): BlockedAddressError | null {
  const host = hostOf(url);
  return isIP(host) && isBlockedAddress(host) ? refusal(host, host) : null;
}

/**
 * The check when an endpoint is saved: a plain-words reason to refuse the URL, or null. Every address the name
 * resolves to must be public; a name that does not resolve is refused too, so a typo shows up at once.
 */
export async function checkWebhookTarget(url: URL): Promise<string | null> {
  const literal = checkLiteralHost(url);
  if (literal) return literal.message;
  const host = hostOf(url);
  if (isIP(host)) return null;
  const addresses = await new Promise<LookupAddress[] | NodeJS.ErrnoException>((resolve) =>
    dnsLookup(host, { all: true }, (error, found) => resolve(error ?? found)),
  );
  if (!Array.isArray(addresses)) return `${host} could not be found; check the address`;
  const blocked = addresses.find((a) => isBlockedAddress(a.address));
  return blocked ? refusal(host, blocked.address).message : null;
}
