import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { WorkspaceSwitcher } from "@/components/auth/workspace-switcher";
import { requirePageUser } from "@/lib/auth/pages";
import { countInbox } from "@/lib/claims/inbox-queries";
import { getCurrentWorkspace, getUserWorkspaces } from "@/lib/workspaces/queries";

const ROLE_LABELS = {
  CX_LEAD: "CX lead",
  DEPARTMENT_HEAD: "Department head",
  EXECUTIVE: "Executive",
  VIEWER: "Viewer",
} as const;

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const user = await requirePageUser();
  const [workspace, workspaces] = await Promise.all([getCurrentWorkspace(slug), getUserWorkspaces(user.id)]);
  // Not a member reads exactly like a workspace that does not exist.
  if (!workspace) notFound();
  const waiting = await countInbox({
    workspaceId: workspace.id,
    role: workspace.role,
    departmentId: workspace.departmentId,
  });
  return (
    <div>
      <nav
        aria-label="Workspace"
        className="no-print mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm"
      >
        <span className="font-semibold text-slate-900">{workspace.name}</span>
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
          {ROLE_LABELS[workspace.role]}
        </span>
        <Link href={`/w/${workspace.slug}`} className="text-slate-700 hover:text-slate-900 hover:underline">
          Journeys
        </Link>
        <Link
          href={`/w/${workspace.slug}/dashboard`}
          className="text-slate-700 hover:text-slate-900 hover:underline"
        >
          Dashboard
        </Link>
        <Link
          href={`/w/${workspace.slug}/structure`}
          className="text-slate-700 hover:text-slate-900 hover:underline"
        >
          Structure
        </Link>
        <Link
          href={`/w/${workspace.slug}/claims`}
          className="text-slate-700 hover:text-slate-900 hover:underline"
        >
          Claims
        </Link>
        <Link
          href={`/w/${workspace.slug}/inbox`}
          aria-label={waiting > 0 ? `Inbox, ${waiting} waiting` : "Inbox"}
          className="text-slate-700 hover:text-slate-900 hover:underline"
        >
          Inbox
          {waiting > 0 ? (
            <span
              aria-hidden="true"
              className="ml-1 rounded-full bg-blue-800 px-1.5 py-0.5 text-xs font-medium text-white"
            >
              {waiting}
            </span>
          ) : null}
        </Link>
        <Link
          href={`/w/${workspace.slug}/activity`}
          className="text-slate-700 hover:text-slate-900 hover:underline"
        >
          Activity
        </Link>
        <Link
          href={`/w/${workspace.slug}/members`}
          className="text-slate-700 hover:text-slate-900 hover:underline"
        >
          Members
        </Link>
        <Link
          href={`/w/${workspace.slug}/settings`}
          className="text-slate-700 hover:text-slate-900 hover:underline"
        >
          Settings
        </Link>
        {workspaces.length > 1 ? <WorkspaceSwitcher current={workspace} workspaces={workspaces} /> : null}
      </nav>
      {children}
    </div>
  );
}
