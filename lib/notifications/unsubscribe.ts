import "server-only";
// Following an unsubscribe link (app/unsubscribe, app/api/notifications/unsubscribe): the token is the credential,
// no session is needed. Turning a kind off is recorded in the activity log as the member's own change.
import { auditFor } from "../audit/record";
import { withTransaction } from "../db/transaction";
import { getAuthSecret } from "../env";
import { NOTIFICATION_KINDS, type NotificationKind } from "./kinds";
import { writeModes } from "./preferences";
import { readUnsubscribeToken } from "./unsubscribe-token";

export type UnsubscribeTarget = {
  membershipId: string;
  kinds: NotificationKind[];
  kindLabels: string[];
  workspaceName: string;
  email: string;
};

/** What a link would turn off, or null when the token is not valid or the membership is gone. */
export async function readUnsubscribeLink(token: string): Promise<UnsubscribeTarget | null> {
  const read = readUnsubscribeToken(token, getAuthSecret());
  if (!read) return null;
  return withTransaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { id: read.membershipId },
      select: { workspace: { select: { name: true } }, user: { select: { email: true } } },
    });
    if (!membership) return null;
    return {
      ...read,
      kindLabels: read.kinds.map((kind) => NOTIFICATION_KINDS[kind].label),
      workspaceName: membership.workspace.name,
      email: membership.user.email,
    };
  });
}

/** Turns the link's kinds OFF for its membership; false when the link is not valid. */
export async function applyUnsubscribeLink(token: string): Promise<boolean> {
  const read = readUnsubscribeToken(token, getAuthSecret());
  if (!read) return false;
  return withTransaction(async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { id: read.membershipId },
      select: { id: true, workspaceId: true, userId: true },
    });
    if (!membership) return false;
    await writeModes(tx, {
      membership,
      wanted: read.kinds.map((kind) => ({ kind, mode: "OFF" as const })),
      audit: auditFor(tx, { workspaceId: membership.workspaceId, actorId: membership.userId }),
      via: "link",
    });
    return true;
  });
}
