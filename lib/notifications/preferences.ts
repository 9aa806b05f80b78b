import "server-only";
// Writing a member's choices, from the settings form or an unsubscribe link: one row per kind changed, and mail
// already planned for a kind turned off is dropped (the member asked for it to stop).
import type { Audit } from "../audit/record";
import type { NotificationMode } from "../db/generated/enums";
import type { Tx } from "../db/transaction";
import { effectiveModes, type NotificationKind } from "./kinds";

export type ModeChange = { kind: NotificationKind; mode: NotificationMode };

/** Applies `wanted` to one membership; records one audit event when anything changed; returns the changes. */
export async function writeModes(
  tx: Tx,
  opts: {
    membership: { id: string; userId: string; workspaceId: string };
    wanted: readonly ModeChange[];
    audit: Audit;
    via: "settings" | "link";
  },
): Promise<ModeChange[]> {
  const { membership } = opts;
  const current = effectiveModes(
    await tx.notificationPreference.findMany({
      where: { membershipId: membership.id },
      select: { kind: true, mode: true },
    }),
  );
  const changes = opts.wanted.filter(({ kind, mode }) => current[kind] !== mode);
  if (changes.length === 0) return [];
  for (const { kind, mode } of changes)
    await tx.notificationPreference.upsert({
      where: { membershipId_kind: { membershipId: membership.id, kind } },
      create: { membershipId: membership.id, kind, mode },
      update: { mode },
    });
  const off = changes.filter((c) => c.mode === "OFF").map((c) => c.kind);
  if (off.length > 0)
    await tx.notification.deleteMany({
      where: {
        userId: membership.userId,
        workspaceId: membership.workspaceId,
        kind: { in: off },
        status: "PENDING",
      },
    });
  await opts.audit({
    action: "notifications.preferences_set",
    entityType: "membership",
    entityId: membership.id,
    before: { changes: changes.map(({ kind }) => ({ kind, mode: current[kind] })) },
    after: { changes, via: opts.via },
  });
  return changes;
}
