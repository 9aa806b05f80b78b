import "server-only";
import { headers } from "next/headers";
import { getEnv } from "../env";
import { getClientIp } from "./client-address";

/** How many proxies in front of the app append to X-Forwarded-For (THROUGHLINE_TRUST_PROXY; 0: none). */
export function getProxyHops(): number {
  return Number(getEnv().THROUGHLINE_TRUST_PROXY);
}

/** The current request's client address, as getClientIp reads it, for actions that limit per address. */
export async function getRequestIp(): Promise<string> {
  return getClientIp(Object.fromEntries((await headers()).entries()), { proxyHops: getProxyHops() });
}
