import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";

export type AuditInput = {
  workspaceId: string;
  actorId: string | null;
  /** `<entity>.<verb>`, e.g. `assignment.set`, `touchpoint.moved`. */
  action: string;
  entityType: string;
  entityId: string;
  journeyId?: string | null;
  departmentId?: string | null;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
};

/** Always called with the transaction client of the change it records, so both commit or neither does. */
export async function recordAudit(tx: Tx, event: AuditInput): Promise<void> {
  const { before, after, ...rest } = event;
  await tx.auditEvent.create({
    data: { ...rest, before: before ?? undefined, after: after ?? undefined },
  });
}
