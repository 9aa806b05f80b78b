// Invitation links: a random token the invitee gets once, of which only a hash is stored, so a copy of the
// database cannot be turned into working links.
import { createHash, randomBytes } from "node:crypto";

import { INVITATION_TTL_DAYS } from "./schemas";

const DAY_MS = 24 * 60 * 60 * 1000;

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits: unguessable, so the link itself is the proof of invitation. */
export function createInvitationToken(now = new Date()): {
  token: string;
  tokenHash: string;
  expiresAt: Date;
} {
  const token = randomBytes(32).toString("base64url");
  return {
    token,
    tokenHash: hashInvitationToken(token),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_DAYS * DAY_MS),
  };
}

export type InvitationState = "pending" | "used" | "expired";

export function getInvitationState(
  invitation: { usedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationState {
  if (invitation.usedAt) return "used";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "pending";
}
