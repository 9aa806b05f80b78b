import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getWorkspaceBySlug } from "@/lib/workspaces/queries";

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ slug: string }>;
}) {
  const { slug } = await params;
  const workspace = await getWorkspaceBySlug(slug);
  if (!workspace) notFound();
  return (
    <div>
      <nav
        aria-label="Workspace"
        className="no-print mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 text-sm"
      >
        <span className="font-semibold text-slate-900">{workspace.name}</span>
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
          href={`/w/${workspace.slug}/activity`}
          className="text-slate-700 hover:text-slate-900 hover:underline"
        >
          Activity
        </Link>
      </nav>
      {children}
    </div>
  );
}
