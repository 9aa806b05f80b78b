import type { Metadata } from "next";
import { Announcer } from "@/components/ui/announcer";
import Link from "@/components/ui/link";
import { WebhookForm } from "@/components/webhooks/webhook-form";
import { WebhookTable } from "@/components/webhooks/webhook-table";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const workspace = await requireWorkspacePage(slug, "webhooks.manage");
  const endpoints = await listWebhookEndpoints(workspace.id);
  const section = "grid gap-3 rounded-lg border border-slate-200 bg-white p-5";
  return (
    <Announcer>
      <div className="grid gap-6">
        <div>
          <p className="text-sm">
            <Link href={`/w/${workspace.slug}/settings`} className="text-slate-700 underline">
              Settings
            </Link>
          </p>
          <h1 id="webhooks-heading" tabIndex={-1} className="text-2xl font-semibold tracking-tight">
            Webhooks
          </h1>
          <p className="text-sm text-slate-600">
            Other systems hear about this workspace’s events at these URLs, signed the Standard Webhooks way
            (see the README’s Webhooks section). A failed delivery is retried for over a day.
          </p>
        </div>
        {endpoints.length > 0 ? (
          <WebhookTable slug={workspace.slug} endpoints={endpoints} focusAfterId="webhooks-heading" />
        ) : (
          <p className="text-sm text-slate-600">No webhooks yet.</p>
        )}
        <section aria-labelledby="new-webhook-heading" className={section}>
          <h2 id="new-webhook-heading" className="text-lg font-semibold">
            Add a webhook
          </h2>
          <WebhookForm mode="create" workspaceId={workspace.id} />
        </section>
      </div>
    </Announcer>
  );
}
