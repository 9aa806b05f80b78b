// Invitation links are one-time links (lib/auth/link-tokens.ts) that last INVITATION_TTL_DAYS.
import { createLinkToken, getLinkState, hashLinkToken, type LinkState } from "../auth/link-tokens";
import { INVITATION_TTL_DAYS } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

export const hashInvitationToken = hashLinkToken;
export const getInvitationState = getLinkState;
export type InvitationState = LinkState;

export function createInvitationToken(now = new Date()) {
  return createLinkToken({ ttlMs: INVITATION_TTL_DAYS * DAY_MS, now });
}
