// Issue 15's budget: 1,000 queued events delivered to a local receiver in under 10 s. The events are committed
// first (one transaction), then the worker's own jobs run, fan-out then delivery, until nothing is left; the
// receiver answers 200 at once, so the time is Throughline's: leasing, signing, sending and recording.
import type { Db } from "../../lib/db/client";
import { dispatchEvents, planWebhookDeliveries } from "../../lib/outbox/dispatch";
import { emitEvent } from "../../lib/outbox/emit";
import { deliverWebhooks } from "../../lib/webhooks/deliver";
import { generateWebhookSecret } from "../../lib/webhooks/signing";
import { startReceiver } from "../webhooks/receiver";
import { summarize } from "./measure";
import { type ReportRow, timedRow } from "./report";

export const WEBHOOK_EVENTS = 1_000;

export async function measureWebhookDelivery(opts: { db: Db; workspaceId: string }): Promise<ReportRow> {
  const { prisma } = opts.db;
  const receiver = await startReceiver();
  const endpoint = await prisma.webhookEndpoint.create({
    data: {
      workspaceId: opts.workspaceId,
      url: receiver.url,
      events: ["verification.due"],
      secret: generateWebhookSecret(),
    },
  });
  try {
    const department = await prisma.department.findFirstOrThrow({ where: { workspaceId: opts.workspaceId } });
    await prisma.$transaction(
      async (tx) => {
        for (let i = 0; i < WEBHOOK_EVENTS; i++)
          await emitEvent(tx, {
            workspaceId: opts.workspaceId,
            type: "verification.due",
            data: {
              department: { id: department.id, name: department.name },
              touchpoints: [],
              cadenceDays: i,
            },
          });
      },
      { timeout: 120_000 },
    );
    const started = performance.now();
    for (;;) {
      const dispatched = await dispatchEvents({ fanOuts: [planWebhookDeliveries] });
      const delivered = await deliverWebhooks({ now: new Date(), allowPrivate: true });
      if (dispatched === 0 && delivered === 0) break;
    }
    const elapsed = performance.now() - started;
    const ids = new Set(receiver.requests.map((r) => r.headers["webhook-id"]));
    const complete = ids.size === WEBHOOK_EVENTS && receiver.requests.length === WEBHOOK_EVENTS;
    return timedRow({
      metric: `${WEBHOOK_EVENTS.toLocaleString("en")} queued events delivered to a local receiver`,
      stats: summarize([elapsed]),
      // A run that lost or duplicated a delivery cannot pass, however fast.
      budget: { ms: complete ? 10_000 : 0, on: "median" },
      queries: "—",
      note: complete
        ? `one run; ${(WEBHOOK_EVENTS / (elapsed / 1000)).toFixed(0)} deliveries/s`
        : `INCOMPLETE: ${receiver.requests.length} requests, ${ids.size} distinct webhook-ids`,
    });
  } finally {
    await prisma.webhookEndpoint.delete({ where: { id: endpoint.id } });
    await prisma.outboxEvent.deleteMany({
      where: { workspaceId: opts.workspaceId, type: "verification.due" },
    });
    await receiver.close();
  }
}
