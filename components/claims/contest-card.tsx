import type { Contest } from "@/lib/claims/contest-queries";
import { ClaimHistory } from "./claim-history";
import { ResolveForm } from "./resolve-form";
import { TouchpointLink } from "./touchpoint-link";

/** Both sides of a contest with their reasons, the claim history, and (for CX leads) the resolve form. */
export function ContestCard({
  slug,
  contest,
  canResolve,
}: {
  slug: string;
  contest: Contest;
  canResolve: boolean;
}) {
  return (
    <article
      aria-label={`Contest on ${contest.name}`}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <h2 className="text-base">
        <TouchpointLink slug={slug} touchpoint={contest} />
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {contest.sides.map((side) => (
          <li key={side.departmentId} className="rounded-md bg-slate-50 p-3 text-sm">
            <p className="font-medium">
              {side.departmentName}{" "}
              <span className="font-normal text-slate-600">{side.isHolder ? "holds A" : "claims A"}</span>
            </p>
            {side.claim ? (
              <p className="mt-1 text-slate-700">“{side.claim.reason}”</p>
            ) : (
              <p className="mt-1 text-slate-500">No open claim: it holds A from the matrix.</p>
            )}
          </li>
        ))}
      </ul>
      <details>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">Claim history</summary>
        <div className="mt-2">
          <ClaimHistory claims={contest.history} />
        </div>
      </details>
      {canResolve ? (
        <ResolveForm touchpointId={contest.id} touchpointName={contest.name} sides={contest.sides} />
      ) : null}
    </article>
  );
}
