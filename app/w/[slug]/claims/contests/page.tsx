import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContestCard } from "@/components/claims/contest-card";
import { Announcer } from "@/components/ui/announcer";
import { EmptyState } from "@/components/ui/empty-state";
import { getContests } from "@/lib/claims/contest-queries";
import { getCurrentWorkspace } from "@/lib/workspaces/queries";

export const metadata: Metadata = { title: "Contests" };

export default async function ContestsPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const workspace = await getCurrentWorkspace(slug);
  if (!workspace) notFound();
  const contests = await getContests(workspace.id);

  return (
    <Announcer>
      <div className="grid gap-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Contests</h1>
          <p className="text-sm text-slate-600">
            Touchpoints two or more departments hold or claim A on, in journey order.
            {workspace.role === "CX_LEAD" ? " Resolve one by naming the accountable department." : ""}
          </p>
        </div>
        {contests.length === 0 ? (
          <EmptyState title="No contests">
            Every touchpoint has at most one department asking to be Accountable.
          </EmptyState>
        ) : (
          contests.map((contest) => (
            <ContestCard
              key={contest.id}
              slug={workspace.slug}
              contest={contest}
              canResolve={workspace.role === "CX_LEAD"}
            />
          ))
        )}
      </div>
    </Announcer>
  );
}
