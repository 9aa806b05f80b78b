import type { Metadata } from "next";
import { StructureOverview } from "@/components/structure/structure-overview";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { getStructureOverview } from "@/lib/structure/queries";

export const metadata: Metadata = { title: "Structure" };

export default async function StructurePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const workspace = await requireWorkspacePage(slug);
  const overview = await getStructureOverview(workspace.id);

  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Structure</h1>
        <p className="text-sm text-slate-600">
          The departments that own touchpoints and the journeys customers take. Open a journey to edit its
          stages and touchpoints.
        </p>
      </div>
      <StructureOverview
        overview={overview}
        workspace={workspace}
        canEdit={can(workspace.role, "map.edit")}
      />
    </div>
  );
}
