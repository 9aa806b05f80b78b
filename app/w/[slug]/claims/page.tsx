import type { Metadata } from "next";
import { HeadClaims } from "@/components/claims/head-claims";
import { PendingClaimsPage } from "@/components/claims/pending-claims";
import { Announcer } from "@/components/ui/announcer";
import Link from "@/components/ui/link";
import { DepartmentVerification } from "@/components/verification/department-verification";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { getDepartmentClaims } from "@/lib/claims/head-queries";
import { parsePageParam, type TPageParam } from "@/lib/claims/pagination";
import { getPendingClaimsPage } from "@/lib/claims/queries";
import { parseCandidateFilters } from "@/lib/claims/schemas";
import { getDepartmentVerification } from "@/lib/verification/queries";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage(props: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ page?: TPageParam; q?: TPageParam; journey?: TPageParam }>;
}) {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const workspace = await requireWorkspacePage(slug);
  const isHead = can(workspace.role, "claims.make") && workspace.departmentId !== null;

  return (
    <Announcer>
      <div className="grid gap-6">
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div>
            <h1 className="text-2xl font-semibold tracking-tight">Claims</h1>
            <p className="text-sm text-slate-600">
              {isHead
                ? "Claim the touchpoints your department should own or work on, with a reason. A CX lead decides."
                : "Department heads' requests to take a role on a touchpoint, oldest first."}
            </p>
          </div>
          <Link
            href={`/w/${workspace.slug}/claims/contests`}
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
          >
            Contests
          </Link>
        </div>
        {isHead && workspace.departmentId ? (
          <DepartmentVerification
            slug={workspace.slug}
            departmentId={workspace.departmentId}
            data={
              await getDepartmentVerification({
                workspaceId: workspace.id,
                departmentId: workspace.departmentId,
              })
            }
          />
        ) : null}
        {isHead && workspace.departmentId ? (
          <HeadClaims
            slug={workspace.slug}
            data={
              // The department is always the head's own, from the membership; never from the URL.
              await getDepartmentClaims({
                workspaceId: workspace.id,
                departmentId: workspace.departmentId,
                page: parsePageParam(searchParams.page),
                filters: parseCandidateFilters(searchParams),
              })
            }
          />
        ) : (
          <section aria-labelledby="pending-heading" className="grid gap-3">
            <h2 id="pending-heading" className="text-lg font-semibold">
              Pending claims
            </h2>
            <PendingClaimsPage
              slug={workspace.slug}
              pending={
                await getPendingClaimsPage({
                  workspaceId: workspace.id,
                  page: parsePageParam(searchParams.page),
                })
              }
              canDecide={can(workspace.role, "claims.decide")}
            />
          </section>
        )}
      </div>
    </Announcer>
  );
}
