import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDate } from "@/components/claims/claim-history";
import { ContestCard } from "@/components/claims/contest-card";
import { PendingClaims } from "@/components/claims/pending-claims";
import { TouchpointLink } from "@/components/claims/touchpoint-link";
import { Announcer } from "@/components/ui/announcer";
import { getInbox } from "@/lib/claims/inbox-queries";
import { INBOX_WINDOW_DAYS } from "@/lib/claims/schemas";
import { getCurrentWorkspace } from "@/lib/workspaces/queries";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage(props: { params: Promise<{ slug: string }> }) {
  const { slug } = await props.params;
  const workspace = await getCurrentWorkspace(slug);
  if (!workspace) notFound();
  const inbox = await getInbox({
    workspaceId: workspace.id,
    role: workspace.role,
    departmentId: workspace.departmentId,
  });

  return (
    <Announcer>
      <div className="grid gap-6">
        <h1 className="text-2xl font-semibold tracking-tight">Inbox</h1>
        {inbox.kind === "lead" ? (
          <>
            <section aria-labelledby="claims-heading" className="grid gap-3">
              <h2 id="claims-heading" className="text-lg font-semibold">
                Claims waiting for a decision ({inbox.pending.length})
              </h2>
              <PendingClaims slug={workspace.slug} claims={inbox.pending} canDecide />
            </section>
            <section aria-labelledby="contests-heading" className="grid gap-3">
              <h2 id="contests-heading" className="text-lg font-semibold">
                Contests ({inbox.contests.length})
              </h2>
              {inbox.contests.length === 0 ? (
                <p className="text-sm text-slate-600">No contests.</p>
              ) : (
                inbox.contests.map((c) => (
                  <ContestCard key={c.id} slug={workspace.slug} contest={c} canResolve />
                ))
              )}
            </section>
          </>
        ) : inbox.kind === "head" ? (
          <>
            <p className="text-sm text-slate-600">
              What changed for your department in the last {INBOX_WINDOW_DAYS} days.
            </p>
            <section aria-labelledby="decisions-heading" className="grid gap-3">
              <h2 id="decisions-heading" className="text-lg font-semibold">
                Decisions on your claims ({inbox.decisions.length})
              </h2>
              {inbox.decisions.length === 0 ? (
                <p className="text-sm text-slate-600">No decisions yet.</p>
              ) : (
                <ul className="grid gap-2">
                  {inbox.decisions.map((d) => (
                    <li key={d.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                      <TouchpointLink slug={workspace.slug} touchpoint={d.touchpoint} />
                      <p className="mt-1">
                        {d.status === "APPROVED" ? "Approved" : "Rejected"}: your claim for {d.role}
                        {d.decidedByName ? ` by ${d.decidedByName}` : ""}
                        {d.decidedAt ? `, ${formatDate(d.decidedAt)}` : ""}
                      </p>
                      {d.decisionNote ? <p className="text-slate-700">“{d.decisionNote}”</p> : null}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="unowned-heading" className="grid gap-3">
              <h2 id="unowned-heading" className="text-lg font-semibold">
                Left without an owner near your work ({inbox.leftUnowned.length})
              </h2>
              <p className="text-sm text-slate-600">
                Touchpoints that lost their Accountable department, in stages where your department holds a
                role.
              </p>
              {inbox.leftUnowned.length === 0 ? (
                <p className="text-sm text-slate-600">None.</p>
              ) : (
                <ul className="grid gap-2">
                  {inbox.leftUnowned.map((t) => (
                    <li key={t.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                      <TouchpointLink slug={workspace.slug} touchpoint={t} />
                      <p className="mt-1 text-xs text-slate-500">Left unowned {formatDate(t.releasedAt)}</p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        ) : (
          <p className="text-sm text-slate-600">
            Nothing waits for you here: claims are decided by CX leads and made by department heads.
          </p>
        )}
      </div>
    </Announcer>
  );
}
