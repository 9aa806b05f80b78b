// Every job the worker runs, in order: events fanned out first, so what they plan is delivered in the same pass.
import { planNotifications } from "../notifications/recipients";
import { sendDigests, sendImmediateNotifications } from "../notifications/send";

import { deliverWebhooks } from "../webhooks/deliver";
import { dispatchEvents, type FanOut, planWebhookDeliveries } from "./dispatch";
import { scanVerificationDue } from "./verification-scan";
import type { WorkerJob } from "./worker";

/** What each dispatched event becomes. */
export const FAN_OUTS: readonly FanOut[] = [planWebhookDeliveries, planNotifications];

export const WORKER_JOBS: readonly WorkerJob[] = [
  { name: "verification scan", run: (now) => scanVerificationDue({ now }) },
  { name: "dispatch", run: () => dispatchEvents({ fanOuts: FAN_OUTS }) },
  { name: "email", run: (now) => sendImmediateNotifications({ now }) },
  { name: "email digest", run: (now) => sendDigests({ now }) },
  // The clock now rather than the pass's start, so what "dispatch" planned a moment ago is already due.
  { name: "webhook deliveries", run: () => deliverWebhooks({ now: new Date() }) },
];
