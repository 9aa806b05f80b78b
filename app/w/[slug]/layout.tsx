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
      <nav aria-label="Workspace" className="no-print mb-6 flex items-center gap-4 text-sm">
        <Link href={`/w/${workspace.slug}`} className="font-medium text-slate-900 hover:underline">
          {workspace.name}
        </Link>
        <span className="text-slate-400" aria-hidden="true">
          /
        </span>
        <Link href={`/w/${workspace.slug}`} className="text-slate-700 hover:underline">
          Journeys
        </Link>
      </nav>
      {children}
    </div>
  );
}
