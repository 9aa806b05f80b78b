import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { JourneyStructure } from "@/components/structure/journey-structure";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { getJourneyStructure } from "@/lib/structure/queries";

type Params = Promise<{ slug: string; journeyId: string }>;

const ZJourneyId = z.uuid();

async function loadStructure(params: Params) {
  const { slug, journeyId } = await params;
  const workspace = await requireWorkspacePage(slug);
  const id = ZJourneyId.safeParse(journeyId);
  if (!id.success) return null;
  const structure = await getJourneyStructure({ workspaceId: workspace.id, journeyId: id.data });
  return structure ? { structure, workspace } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const loaded = await loadStructure(params);
  return { title: loaded ? `Edit ${loaded.structure.journey.name}` : "Journey" };
}

export default async function JourneyStructurePage({ params }: { params: Params }) {
  const loaded = await loadStructure(params);
  if (!loaded) notFound();
  return (
    <JourneyStructure
      structure={loaded.structure}
      workspaceSlug={loaded.workspace.slug}
      canEdit={can(loaded.workspace.role, "map.edit")}
    />
  );
}
