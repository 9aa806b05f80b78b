import type { Paged } from "@/lib/claims/pagination";
import type { PendingClaim } from "@/lib/claims/queries";
import { ClaimSummary } from "./claim-history";
import { DecideForm } from "./decide-form";
import { Pager, PageSummary } from "./pager";
import { TouchpointLink } from "./touchpoint-link";

/** Pending claims, oldest first; a CX lead decides each one in place. */
export function PendingClaims(props: { slug: string; claims: readonly PendingClaim[]; canDecide: boolean }) {
  if (props.claims.length === 0) return <p className="text-sm text-slate-600">No claims are waiting.</p>;
  return (
    <ul className="grid gap-4">
      {props.claims.map((claim) => (
        <li key={claim.id} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <TouchpointLink slug={props.slug} touchpoint={claim.touchpoint} />
          <ClaimSummary claim={claim} />
          {props.canDecide ? (
            <DecideForm
              claimId={claim.id}
              label={`Decide ${claim.departmentName}'s claim on ${claim.touchpoint.name}`}
              otherHolders={claim.role === "A" ? claim.otherHolderNames : []}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The claims page's list: one page of the pending claims, what it shows of how many, and the other pages. */
export function PendingClaimsPage(props: { slug: string; pending: Paged<PendingClaim>; canDecide: boolean }) {
  const { info } = props.pending;
  return (
    <>
      <PageSummary info={info} noun="pending claims" />
      <PendingClaims slug={props.slug} claims={props.pending.items} canDecide={props.canDecide} />
      <Pager label="Pending claims pages" path={`/w/${props.slug}/claims`} info={info} />
    </>
  );
}
