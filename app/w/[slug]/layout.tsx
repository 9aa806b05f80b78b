import type { ReactNode } from "react";
import { WorkspaceNav } from "@/components/workspace/workspace-nav";
import { requirePageUser, requireWorkspacePage } from "@/lib/auth/pages";
import { countInbox } from "@/lib/claims/inbox-queries";
import { getUserWorkspaces } from "@/lib/workspaces/queries";

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const user = await requirePageUser();
  const [workspace, workspaces] = await Promise.all([requireWorkspacePage(slug), getUserWorkspaces(user.id)]);
  const waiting = await countInbox({
    workspaceId: workspace.id,
    role: workspace.role,
    departmentId: workspace.departmentId,
  });
  return (
    <div>
      <WorkspaceNav workspace={workspace} workspaces={workspaces} waiting={waiting} />
      {children}
    </div>
  );
}
