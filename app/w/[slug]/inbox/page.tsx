import type { Metadata } from "next";
import { HeadInbox, LeadInbox } from "@/components/claims/inbox";
import { Announcer } from "@/components/ui/announcer";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { getInbox } from "@/lib/claims/inbox-queries";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const workspace = await requireWorkspacePage(slug);
  const inbox = await getInbox({
    workspaceId: workspace.id,
    role: workspace.role,
    departmentId: workspace.departmentId,
  });

  return (
    <Announcer>
      <div className="grid gap-6">
        <h1 className="text-2xl font-semibold tracking-tight">Inbox</h1>
        {inbox.kind === "lead" ? (
          <LeadInbox slug={workspace.slug} inbox={inbox} />
        ) : inbox.kind === "head" ? (
          <HeadInbox slug={workspace.slug} inbox={inbox} />
        ) : (
          <p className="text-sm text-slate-600">
            Nothing waits for you here: claims are decided by CX leads and made by department heads.
          </p>
        )}
      </div>
    </Announcer>
  );
}
