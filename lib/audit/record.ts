import { getPrisma } from "../db/client";
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";

export type AuditInput = {
  workspaceId: string | null;
  actorId: string | null;
  /** `<entity>.<verb>`, e.g. `assignment.set`, `touchpoint.moved`. */
  action: string;
  entityType: string;
  entityId: string | null;
  journeyId?: string | null;
  departmentId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** One event of a change, its workspace and actor filled in by whoever opened the transaction. */
export type AuditEntry = Omit<AuditInput, "workspaceId" | "actorId">;
export type Audit = ((entry: AuditEntry) => Promise<void>) & {
  /** Many events of one change in one statement (a bulk confirmation), each as `audit()` would record it. */
  many: (entries: readonly AuditEntry[]) => Promise<void>;
};

type AuditClient = Pick<Tx, "auditEvent">;

/** Always called with the transaction client of the change it records, so both commit or neither does. */
export async function recordAudit(db: AuditClient, event: AuditInput): Promise<void> {
  const { before, after, ...rest } = event;
  await db.auditEvent.create({
    data: { ...rest, before: before ?? undefined, after: after ?? undefined },
  });
}

/** The `audit()` an action's work is given: every event it records carries this workspace and actor. */
export function auditFor(tx: AuditClient, by: { workspaceId: string | null; actorId: string | null }): Audit {
  const many = async (entries: readonly AuditEntry[]) => {
    if (entries.length === 0) return;
    await tx.auditEvent.createMany({
      data: entries.map(({ before, after, ...rest }) => ({
        ...rest,
        ...by,
        before: before ?? undefined,
        after: after ?? undefined,
      })),
    });
  };
  return Object.assign((entry: AuditEntry) => recordAudit(tx, { ...entry, ...by }), { many });
}

/** An account's own event, outside any workspace (signing in, single sign-on), in a statement of its own. */
export async function recordAccountEvent(opts: { action: string; userId: string | null; after: object }) {
  await recordAudit(await getPrisma(), {
    workspaceId: null,
    actorId: opts.userId,
    action: opts.action,
    entityType: "user",
    entityId: opts.userId,
    after: opts.after as Prisma.InputJsonValue,
  });
}
