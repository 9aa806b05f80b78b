import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { TouchpointClaims } from "@/components/claims/touchpoint-claims";
import { CommentThread } from "@/components/comments/comment-thread";
import { ScopeOutcomes } from "@/components/outcomes/scope-outcomes";
import { Announcer } from "@/components/ui/announcer";
import Link from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import {
  TouchpointStaleFlag,
  TouchpointVerification,
} from "@/components/verification/touchpoint-verification";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { getTouchpointDetail } from "@/lib/claims/contest-queries";
import { getTouchpointComments } from "@/lib/comments/queries";
import { mayRecordReading } from "@/lib/outcomes/reading-rights";
import { monthOf } from "@/lib/outcomes/rules";
import { getScopeOutcomes } from "@/lib/outcomes/scope-queries";
import { getTouchpointVerification } from "@/lib/verification/queries";

type Params = Promise<{ slug: string; touchpointId: string }>;

const ZTouchpointId = z.uuid();

async function load(params: Params) {
  const { slug, touchpointId } = await params;
  const workspace = await requireWorkspacePage(slug);
  const id = ZTouchpointId.safeParse(touchpointId);
  if (!id.success) return null;
  const detail = await getTouchpointDetail({ workspaceId: workspace.id, touchpointId: id.data });
  return detail ? { workspace, detail } : null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load(params))?.detail.name ?? "Touchpoint" };
}

export default async function TouchpointPage({ params }: { params: Params }) {
  const loaded = await load(params);
  if (!loaded) notFound();
  const { workspace, detail } = loaded;
  const now = new Date();
  const month = monthOf(now);
  const [comments, outcomes, verification] = await Promise.all([
    getTouchpointComments({ workspaceId: workspace.id, touchpointId: detail.id }),
    getScopeOutcomes({ workspaceId: workspace.id, scopeId: detail.id, month }),
    getTouchpointVerification({ workspaceId: workspace.id, touchpointId: detail.id }),
  ]);
  const accountable = detail.roles.filter((r) => r.role === "A");
  const holders = accountable.map((r) => r.departmentName);
  // As recordReading decides, from the roles already on the page (no query for the member's A).
  const isAccountable = accountable.some((r) => r.departmentId === workspace.departmentId);
  const canRecord = mayRecordReading(
    workspace,
    { touchpointId: detail.id },
    new Set(isAccountable ? [detail.id] : []),
  );

  return (
    <Announcer>
      <div className="grid gap-8">
        <div className="grid gap-2">
          <p className="text-sm text-slate-600">
            <Link
              href={`/w/${workspace.slug}/journeys/${detail.journeyId}`}
              className="text-blue-800 hover:underline"
            >
              {detail.journeyName}
            </Link>{" "}
            · {detail.stageName}
          </p>
          <h1 className="flex flex-wrap items-center gap-3 text-2xl font-semibold tracking-tight">
            {detail.name} <StatusBadge status={detail.ownership.status} />
            {verification ? (
              <TouchpointStaleFlag ownership={detail.ownership} verification={verification} now={now} />
            ) : null}
          </h1>
          {detail.description ? <p className="text-sm text-slate-600">{detail.description}</p> : null}
          <p className="text-sm">
            Accountable: {holders.length > 0 ? holders.join(" and ") : "nobody"}
            {detail.sides.length > 0
              ? ` — contested by ${detail.sides.map((s) => s.departmentName).join(" vs ")}`
              : ""}
          </p>
          {verification ? (
            <TouchpointVerification
              touchpoint={detail}
              ownership={detail.ownership}
              ownerName={holders.length === 1 ? (holders[0] ?? null) : null}
              verification={verification}
              member={workspace}
              now={now}
            />
          ) : null}
        </div>
        <section aria-labelledby="roles-heading" className="grid gap-2">
          <h2 id="roles-heading" className="text-lg font-semibold">
            Roles
          </h2>
          {detail.roles.length === 0 ? (
            <p className="text-sm text-slate-600">No department holds a role here.</p>
          ) : (
            <ul className="flex flex-wrap gap-2 text-sm">
              {detail.roles.map((r) => (
                <li key={r.departmentId} className="rounded-md bg-slate-100 px-2 py-1">
                  {r.departmentName}: <strong>{r.role}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
        <ScopeOutcomes
          slug={workspace.slug}
          scope={{ kind: "touchpoint", id: detail.id }}
          month={month}
          outcomes={outcomes}
          answerable={
            detail.ownership.status === "OWNED"
              ? `Its targets are ${holders.join(" and ")}’s, the Accountable department’s`
              : `${detail.ownership.status === "CONTESTED" ? "Contested" : "Unowned"}: its targets count in no department’s scorecard`
          }
          canSetTargets={can(workspace.role, "outcomes.define")}
          canRecord={canRecord}
        />
        <TouchpointClaims detail={detail} member={workspace} />
        <CommentThread
          touchpointId={detail.id}
          comments={comments}
          canWrite={can(workspace.role, "comments.write")}
        />
      </div>
    </Announcer>
  );
}
