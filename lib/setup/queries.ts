import "server-only";
import { getPrisma } from "../db/client";
import { isSetupOpen } from "./first-run";

/** True while the database has no account: `/` then leads to /setup, and /setup exists. */
export async function isSetupNeeded(): Promise<boolean> {
  return isSetupOpen(await getPrisma());
}
