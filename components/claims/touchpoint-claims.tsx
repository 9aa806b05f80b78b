import type { PageWorkspace } from "@/lib/auth/pages";
import type { TouchpointDetail } from "@/lib/claims/contest-queries";
import { ClaimForm } from "./claim-form";
import { ClaimHistory } from "./claim-history";
import { DecideForm } from "./decide-form";
import { ReleaseButton, WithdrawButton } from "./head-buttons";
import { ResolveForm } from "./resolve-form";

/** What the signed-in member can do about this touchpoint's ownership, then the claim history. */
export function TouchpointClaims({ detail, member }: { detail: TouchpointDetail; member: PageWorkspace }) {
  const pending = detail.claims.filter((c) => c.status === "PENDING");
  const isLead = member.role === "CX_LEAD";
  const departmentId = member.role === "DEPARTMENT_HEAD" ? member.departmentId : null;
  const ownClaim = departmentId ? pending.find((c) => c.departmentId === departmentId) : undefined;
  const ownRole = departmentId ? detail.roles.find((r) => r.departmentId === departmentId) : undefined;
  const holdersOtherThan = (id: string) =>
    detail.roles.filter((r) => r.role === "A" && r.departmentId !== id).map((r) => r.departmentName);

  return (
    <section aria-labelledby="claims-heading" className="grid gap-4">
      <h2 id="claims-heading" className="text-lg font-semibold">
        Claims
      </h2>
      {isLead && detail.sides.length > 0 ? (
        <div className="rounded-lg border border-red-200 bg-red-50/40 p-4">
          <h3 className="mb-2 font-medium">Resolve the contest</h3>
          <ResolveForm touchpointId={detail.id} touchpointName={detail.name} sides={detail.sides} />
        </div>
      ) : null}
      {isLead
        ? pending.map((claim) => (
            <div key={claim.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h3 className="mb-2 font-medium">
                {claim.departmentName} claims {claim.role}: “{claim.reason}”
              </h3>
              <DecideForm
                claimId={claim.id}
                label={`Decide ${claim.departmentName}'s claim on ${detail.name}`}
                otherHolders={claim.role === "A" ? holdersOtherThan(claim.departmentId) : []}
              />
            </div>
          ))
        : null}
      {departmentId ? (
        <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4">
          {ownClaim ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <p>Your department's claim for {ownClaim.role} is pending.</p>
              <WithdrawButton claimId={ownClaim.id} touchpointName={detail.name} />
            </div>
          ) : null}
          {ownRole ? (
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <p>Your department holds {ownRole.role}.</p>
              <ReleaseButton touchpointId={detail.id} touchpointName={detail.name} role={ownRole.role} />
            </div>
          ) : null}
          {!ownClaim && ownRole?.role !== "A" ? (
            <ClaimForm
              touchpointId={detail.id}
              touchpointName={detail.name}
              departmentName={ownRole?.departmentName ?? "your department"}
            />
          ) : null}
        </div>
      ) : null}
      <h3 className="font-medium">History</h3>
      <ClaimHistory claims={detail.claims} />
    </section>
  );
}
