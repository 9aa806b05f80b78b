import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Announcer } from "@/components/ui/announcer";
import Link from "@/components/ui/link";
import { DeliveryLog } from "@/components/webhooks/delivery-log";
import { formatTime } from "@/components/webhooks/delivery-status";
import { RotateSecret } from "@/components/webhooks/webhook-actions";
import { WebhookForm } from "@/components/webhooks/webhook-form";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { getDeliveryLog, getWebhookEndpoint } from "@/lib/webhooks/queries";

export const metadata: Metadata = { title: "Webhook" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function WebhookPage(props: {
  params: Promise<{ slug: string; endpointId: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const [{ slug, endpointId }, { page: pageParam }] = await Promise.all([props.params, props.searchParams]);
  const workspace = await requireWorkspacePage(slug, "webhooks.manage");
  if (!UUID.test(endpointId)) notFound();
  const endpoint = await getWebhookEndpoint(workspace.id, endpointId);
  if (!endpoint) notFound();
  const page = Math.max(1, Math.floor(Number(pageParam)) || 1);
  const log = await getDeliveryLog({ workspaceId: workspace.id, endpointId, page });
  const basePath = `/w/${workspace.slug}/settings/webhooks/${endpoint.id}`;
  const section = "grid gap-3 rounded-lg border border-slate-200 bg-white p-5";
  return (
    <Announcer>
      <div className="grid gap-6">
        <div>
          <p className="text-sm">
            <Link href={`/w/${workspace.slug}/settings/webhooks`} className="text-slate-700 underline">
              Webhooks
            </Link>
          </p>
          <h1 className="break-all text-2xl font-semibold tracking-tight">{endpoint.url}</h1>
          <p className="text-sm text-slate-600">
            {endpoint.active ? "Active" : "Inactive: deliveries wait until it is activated again"}
            {endpoint.failingSince ? `. Failing since ${formatTime(endpoint.failingSince)}` : ""}.
          </p>
        </div>
        <section aria-labelledby="deliveries-heading" className="grid gap-3">
          <h2 id="deliveries-heading" className="text-lg font-semibold">
            Deliveries
          </h2>
          <DeliveryLog {...log} page={page} basePath={basePath} />
        </section>
        <section aria-labelledby="edit-heading" className={section}>
          <h2 id="edit-heading" className="text-lg font-semibold">
            Edit
          </h2>
          <WebhookForm
            mode="edit"
            endpoint={{
              id: endpoint.id,
              url: endpoint.url,
              description: endpoint.description ?? "",
              events: endpoint.events,
              active: endpoint.active,
            }}
          />
        </section>
        <section aria-labelledby="secret-heading" className={section}>
          <h2 id="secret-heading" className="text-lg font-semibold">
            Signing secret
          </h2>
          <p className="text-sm text-slate-600">
            A new secret is shown once. The previous one keeps signing each delivery beside it for 24 hours,
            so the receiver can switch without losing any.
            {endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > new Date()
              ? ` The previous secret signs until ${formatTime(endpoint.previousSecretExpiresAt)}.`
              : ""}
          </p>
          <RotateSecret id={endpoint.id} />
        </section>
      </div>
    </Announcer>
  );
}
