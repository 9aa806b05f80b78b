import "server-only";
// What the webhook settings pages read. The pages check "webhooks.manage" first; every read is scoped by workspace.
import { getPrisma } from "../db/client";
import { DELIVERY_PAGE_SIZE } from "./schemas";

export type DeliveryStatus = "PENDING" | "DELIVERED" | "FAILED";

export type WebhookEndpointRow = {
  id: string;
  url: string;
  description: string | null;
  events: string[];
  active: boolean;
  failingSince: Date | null;
  createdAt: Date;
  lastDelivery: { status: DeliveryStatus; statusCode: number | null; at: Date } | null;
};

/** Every endpoint of the workspace, oldest first, each with its newest delivery: two queries in all. */
export async function listWebhookEndpoints(workspaceId: string): Promise<WebhookEndpointRow[]> {
  const prisma = await getPrisma();
  const [endpoints, last] = await Promise.all([
    prisma.webhookEndpoint.findMany({
      where: { workspaceId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        url: true,
        description: true,
        events: true,
        active: true,
        failingSince: true,
        createdAt: true,
      },
    }),
    prisma.$queryRaw<{ endpointId: string; status: DeliveryStatus; statusCode: number | null; at: Date }[]>`
      SELECT DISTINCT ON ("endpointId") "endpointId", "status"::text AS "status",
        "lastStatusCode" AS "statusCode", "createdAt" AS "at"
      FROM "WebhookDelivery" WHERE "workspaceId" = ${workspaceId}::uuid
      ORDER BY "endpointId", "createdAt" DESC, "id" DESC`,
  ]);
  const byEndpoint = new Map(last.map((row) => [row.endpointId, row]));
  return endpoints.map((endpoint) => {
    const row = byEndpoint.get(endpoint.id);
    return {
      ...endpoint,
      lastDelivery: row ? { status: row.status, statusCode: row.statusCode, at: row.at } : null,
    };
  });
}

export async function getWebhookEndpoint(workspaceId: string, id: string) {
  const prisma = await getPrisma();
  return prisma.webhookEndpoint.findFirst({
    where: { id, workspaceId },
    select: {
      id: true,
      url: true,
      description: true,
      events: true,
      active: true,
      failingSince: true,
      previousSecretExpiresAt: true,
    },
  });
}

export type DeliveryLogEntry = {
  id: string;
  eventType: string;
  createdAt: Date;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: Date;
  lastStatusCode: number | null;
  lastError: string | null;
  log: { attempt: number; at: Date; statusCode: number | null; error: string | null; durationMs: number }[];
};

/** One page of an endpoint's deliveries, newest first, each with its attempts. */
export async function getDeliveryLog(opts: {
  workspaceId: string;
  endpointId: string;
  page: number;
}): Promise<{ deliveries: DeliveryLogEntry[]; total: number; pageCount: number }> {
  const prisma = await getPrisma();
  const where = { workspaceId: opts.workspaceId, endpointId: opts.endpointId };
  const [total, rows] = await Promise.all([
    prisma.webhookDelivery.count({ where }),
    prisma.webhookDelivery.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (opts.page - 1) * DELIVERY_PAGE_SIZE,
      take: DELIVERY_PAGE_SIZE,
      select: {
        id: true,
        createdAt: true,
        status: true,
        attempts: true,
        nextAttemptAt: true,
        lastStatusCode: true,
        lastError: true,
        event: { select: { type: true } },
        log: {
          orderBy: [{ at: "asc" }, { attempt: "asc" }],
          select: { attempt: true, at: true, statusCode: true, error: true, durationMs: true },
        },
      },
    }),
  ]);
  const deliveries = rows.map(({ event, ...row }) => ({ ...row, eventType: event.type }));
  return { deliveries, total, pageCount: Math.max(1, Math.ceil(total / DELIVERY_PAGE_SIZE)) };
}
