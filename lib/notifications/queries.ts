import "server-only";
// What the Notifications section of Settings shows: the caller's mode per kind in this workspace.
import { getPrisma } from "../db/client";
import type { NotificationMode } from "../db/generated/enums";
import { effectiveModes, type NotificationKind } from "./kinds";
import { isEmailEnabled } from "./mailer";

export async function getMyNotificationModes(opts: { workspaceId: string; userId: string }): Promise<{
  modes: Record<NotificationKind, NotificationMode>;
  isEmailEnabled: boolean;
}> {
  const prisma = await getPrisma();
  const rows = await prisma.notificationPreference.findMany({
    where: { membership: { workspaceId: opts.workspaceId, userId: opts.userId } },
    select: { kind: true, mode: true },
  });
  return { modes: effectiveModes(rows), isEmailEnabled: isEmailEnabled() };
}
