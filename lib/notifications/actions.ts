"use server";
// A member's own email choices in one workspace (Settings → Notifications). Every member may set theirs and only
// theirs: the membership written is the caller's in the resource's workspace, never one named by the client.
import { defineAction } from "../actions/define";
import { isNotificationKind } from "./kinds";
import { writeModes } from "./preferences";
import { ZSetNotificationPreferences } from "./schemas";

export const setNotificationPreferences = defineAction({
  schema: ZSetNotificationPreferences,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "notifications.own",
  async run({ tx, audit, actor, input }) {
    const membership = await tx.membership.findUniqueOrThrow({
      where: { workspaceId_userId: { workspaceId: actor.workspaceId, userId: actor.userId } },
      select: { id: true, userId: true, workspaceId: true },
    });
    const wanted = Object.entries(input.modes).flatMap(([kind, mode]) =>
      isNotificationKind(kind) && mode ? [{ kind, mode }] : [],
    );
    const changes = await writeModes(tx, { membership, wanted, audit, via: "settings" });
    // Saving unchanged choices is fine and records nothing.
    return { changed: changes.length };
  },
  revalidate: false,
});
