import type { Metadata } from "next";
import { ActivityFilters } from "@/components/activity/activity-filters";
import { ActivityResults } from "@/components/activity/activity-results";
import { IgnoredParamsNote } from "@/components/activity/ignored-params-note";
import { getActivityView } from "@/lib/audit/queries";
import type { TSearchParams } from "@/lib/audit/schemas";
import { requireWorkspacePage } from "@/lib/auth/pages";

export const metadata: Metadata = { title: "Activity" };

export default async function ActivityPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<TSearchParams>;
}) {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const workspace = await requireWorkspacePage(slug);
  const view = await getActivityView({ workspaceId: workspace.id, searchParams });

  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Activity</h1>
        <p className="text-sm text-slate-600">Every change to the map, newest first. Times are in UTC.</p>
      </div>
      <IgnoredParamsNote ignored={view.ignored} />
      <ActivityFilters slug={workspace.slug} options={view.options} filters={view.filters} />
      <ActivityResults slug={workspace.slug} view={view} />
    </div>
  );
}
