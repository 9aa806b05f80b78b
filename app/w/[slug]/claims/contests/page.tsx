import type { Metadata } from "next";
import { ContestCard } from "@/components/claims/contest-card";
import { Pager, PageSummary } from "@/components/claims/pager";
import { Announcer } from "@/components/ui/announcer";
import { EmptyState } from "@/components/ui/empty-state";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { getContestsPage } from "@/lib/claims/contest-queries";
import { parsePageParam, type TPageParam } from "@/lib/claims/pagination";

export const metadata: Metadata = { title: "Contests" };

export default async function ContestsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: TPageParam }>;
}) {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const workspace = await requireWorkspacePage(slug);
  const canResolve = can(workspace.role, "claims.decide");
  const contests = await getContestsPage({
    workspaceId: workspace.id,
    page: parsePageParam(searchParams.page),
  });

  return (
    <Announcer>
      <div className="grid gap-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Contests</h1>
          <p className="text-sm text-slate-600">
            Touchpoints two or more departments hold or claim A on, in journey order.
            {canResolve ? " Resolve one by naming the accountable department." : ""}
          </p>
        </div>
        {contests.items.length === 0 ? (
          <EmptyState title="No contests">
            Every touchpoint has at most one department asking to be Accountable.
          </EmptyState>
        ) : (
          <>
            <PageSummary info={contests.info} noun="contests" />
            {contests.items.map((contest) => (
              <ContestCard key={contest.id} slug={workspace.slug} contest={contest} canResolve={canResolve} />
            ))}
            <Pager
              label="Contests pages"
              path={`/w/${workspace.slug}/claims/contests`}
              info={contests.info}
            />
          </>
        )}
      </div>
    </Announcer>
  );
}
