import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HeadClaims } from "@/components/claims/head-claims";
import { PendingClaims } from "@/components/claims/pending-claims";
import { Announcer } from "@/components/ui/announcer";
import { getDepartmentClaims, getPendingClaims } from "@/lib/claims/queries";
import { getCurrentWorkspace } from "@/lib/workspaces/queries";

export const metadata: Metadata = { title: "Claims" };

export default async function ClaimsPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const workspace = await getCurrentWorkspace(slug);
  if (!workspace) notFound();
  const isHead = workspace.role === "DEPARTMENT_HEAD" && workspace.departmentId !== null;

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
          <HeadClaims
            slug={workspace.slug}
            data={
              await getDepartmentClaims({ workspaceId: workspace.id, departmentId: workspace.departmentId })
            }
          />
        ) : (
          <section aria-labelledby="pending-heading" className="grid gap-3">
            <h2 id="pending-heading" className="text-lg font-semibold">
              Pending claims
            </h2>
            <PendingClaims
              slug={workspace.slug}
              claims={await getPendingClaims(workspace.id)}
              canDecide={workspace.role === "CX_LEAD"}
            />
          </section>
        )}
      </div>
    </Announcer>
  );
}
