import "server-only";
import { headers } from "next/headers";
import { getClientIp } from "./sign-in";

/** The current request's client address, as getClientIp reads it, for actions that limit per address. */
export async function getRequestIp(): Promise<string> {
  return getClientIp(Object.fromEntries((await headers()).entries()));
}
