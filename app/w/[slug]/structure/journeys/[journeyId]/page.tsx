import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { JourneyStructure } from "@/components/structure/journey-structure";
import { canEditMap } from "@/lib/auth/guard";
import { getJourneyStructure } from "@/lib/structure/queries";
import { getCurrentWorkspace } from "@/lib/workspaces/queries";

type Params = Promise<{ slug: string; journeyId: string }>;

const ZJourneyId = z.uuid();

async function loadStructure(params: Params) {
  const { slug, journeyId } = await params;
  const workspace = await getCurrentWorkspace(slug);
  const id = ZJourneyId.safeParse(journeyId);
  if (!workspace || !id.success) return null;
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
      canEdit={canEditMap(loaded.workspace.role)}
    />
  );
}
