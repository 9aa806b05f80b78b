import Link from "@/components/ui/link";
import type { Inbox } from "@/lib/claims/inbox-queries";
import { INBOX_WINDOW_DAYS } from "@/lib/claims/schemas";
import { formatDate } from "./claim-history";
import { ContestCard } from "./contest-card";
import { PendingClaims } from "./pending-claims";
import { TouchpointLink } from "./touchpoint-link";

/** A CX lead's inbox: the newest pending claims and the first contests, each a link away from its full list. */
export function LeadInbox({ slug, inbox }: { slug: string; inbox: Extract<Inbox, { kind: "lead" }> }) {
  return (
    <>
      <section aria-labelledby="claims-heading" className="grid gap-3">
        <h2 id="claims-heading" className="text-lg font-semibold">
          Claims waiting for a decision ({inbox.pending.info.total})
        </h2>
        <PendingClaims slug={slug} claims={inbox.pending.items} canDecide />
        <MoreOnPage
          shown={inbox.pending.items.length}
          total={inbox.pending.info.total}
          what="pending claims, newest first"
          href={`/w/${slug}/claims`}
          place="Claims"
        />
      </section>
      <section aria-labelledby="contests-heading" className="grid gap-3">
        <h2 id="contests-heading" className="text-lg font-semibold">
          Contests ({inbox.contests.info.total})
        </h2>
        {inbox.contests.items.length === 0 ? (
          <p className="text-sm text-slate-600">No contests.</p>
        ) : (
          inbox.contests.items.map((c) => <ContestCard key={c.id} slug={slug} contest={c} canResolve />)
        )}
        <MoreOnPage
          shown={inbox.contests.items.length}
          total={inbox.contests.info.total}
          what="contests, in journey order"
          href={`/w/${slug}/claims/contests`}
          place="Contests"
        />
      </section>
    </>
  );
}

/** A department head's inbox: decisions on the department's claims, and touchpoints left unowned near its work. */
export function HeadInbox({ slug, inbox }: { slug: string; inbox: Extract<Inbox, { kind: "head" }> }) {
  return (
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
                <TouchpointLink slug={slug} touchpoint={d.touchpoint} />
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
          Touchpoints that lost their Accountable department, in stages where your department holds a role.
        </p>
        {inbox.leftUnowned.length === 0 ? (
          <p className="text-sm text-slate-600">None.</p>
        ) : (
          <ul className="grid gap-2">
            {inbox.leftUnowned.map((t) => (
              <li key={t.id} className="rounded-md border border-slate-200 bg-white p-3 text-sm">
                <TouchpointLink slug={slug} touchpoint={t} />
                <p className="mt-1 text-xs text-slate-500">Left unowned {formatDate(t.releasedAt)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The inbox shows the first page of a long list; the page that lists it whole is one link away. */
function MoreOnPage(props: { shown: number; total: number; what: string; href: string; place: string }) {
  if (props.shown >= props.total) return null;
  return (
    <p className="text-sm text-slate-600">
      Showing the first {props.shown} of {props.total} {props.what}.{" "}
      <Link href={props.href} className="text-blue-800 underline">
        See all {props.total} on {props.place}
      </Link>
    </p>
  );
}
