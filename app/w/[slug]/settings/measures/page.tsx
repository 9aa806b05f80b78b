import type { Metadata } from "next";
import { MeasureList } from "@/components/outcomes/measure-list";
import Link from "@/components/ui/link";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { listMeasures } from "@/lib/outcomes/measures";

export const metadata: Metadata = { title: "Measures" };

export default async function MeasuresPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const workspace = await requireWorkspacePage(slug);
  const measures = await listMeasures(workspace.id);
  const canEdit = can(workspace.role, "outcomes.define");

  return (
    <div className="grid gap-6">
      <div>
        <p className="text-sm">
          <Link href={`/w/${workspace.slug}/settings`} className="text-slate-700 underline">
            Settings
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Measures</h1>
        <p className="text-sm text-slate-600">
          The customer signals this workspace tracks and how each is read.
          {canEdit ? "" : " Only CX leads change them."}
        </p>
      </div>
      <MeasureList measures={measures} workspaceId={workspace.id} canEdit={canEdit} />
    </div>
  );
}
