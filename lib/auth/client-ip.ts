import "server-only";
import { headers } from "next/headers";
import { getEnv } from "../env";
import { getClientIp } from "./sign-in";

/** The current request's client address, as getClientIp reads it, for actions that limit per address. */
export async function getRequestIp(): Promise<string> {
  const trustProxy = getEnv().THROUGHLINE_TRUST_PROXY === "1";
  return getClientIp(Object.fromEntries((await headers()).entries()), { trustProxy });
}
