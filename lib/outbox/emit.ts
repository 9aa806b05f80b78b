// Writing an event (DESIGN.md, Notifications): always with the transaction client of the change that causes it, so
// both commit or neither does. The worker fans it out later; nothing here talks to the network.
import type { Prisma } from "../db/generated/client";
import type { Tx } from "../db/transaction";
import { EVENT_DATA, type EventData, type EventType } from "./events";

export async function emitEvent<T extends EventType>(
  tx: Pick<Tx, "outboxEvent">,
  event: { workspaceId: string; type: T; data: EventData<T> },
): Promise<void> {
  // Checked on the way in, so a webhook body never carries a shape its documentation does not promise.
  const data = EVENT_DATA[event.type].parse(event.data) as Prisma.InputJsonValue;
  await tx.outboxEvent.create({ data: { workspaceId: event.workspaceId, type: event.type, data } });
}
