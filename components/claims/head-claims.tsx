import { StatusBadge } from "@/components/ui/status-badge";
import type { DepartmentClaims, TouchpointRow } from "@/lib/claims/queries";
import { formatDate } from "./claim-history";
import { ReleaseButton, WithdrawButton } from "./head-buttons";
import { TouchpointLink } from "./touchpoint-link";

const CANDIDATE_LIMIT = 200;
const TH = "border-b border-slate-200 px-3 py-2 text-left font-medium text-slate-700";
const TD = "border-b border-slate-100 px-3 py-2 align-top";

function OwnerText({ row }: { row: TouchpointRow }) {
  const holders = row.holderNames.length > 0 ? row.holderNames.join(" and ") : "Nobody";
  return (
    <span>
      {holders}
      {row.claimantNames.length > 0 ? (
        <span className="block text-xs text-slate-500">Claimed by {row.claimantNames.join(", ")}</span>
      ) : null}
    </span>
  );
}

/** A department head's claims page: open claims, roles held, and what the department could take. */
export function HeadClaims({ slug, data }: { slug: string; data: DepartmentClaims }) {
  const shown = data.candidates.slice(0, CANDIDATE_LIMIT);
  return (
    <div className="grid gap-8">
      <section aria-labelledby="pending-heading" className="grid gap-2">
        <h2 id="pending-heading" className="text-lg font-semibold">
          {data.departmentName}'s pending claims
        </h2>
        {data.pending.length === 0 ? (
          <p className="text-sm text-slate-600">No pending claims. Claim a touchpoint from the list below.</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr>
                <th className={TH}>Touchpoint</th>
                <th className={TH}>Role</th>
                <th className={TH}>Reason</th>
                <th className={TH}>Sent</th>
                <th className={TH}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.pending.map((claim) => (
                <tr key={claim.id}>
                  <td className={TD}>
                    <TouchpointLink slug={slug} touchpoint={claim.touchpoint} />
                  </td>
                  <td className={TD}>{claim.role}</td>
                  <td className={TD}>{claim.reason}</td>
                  <td className={TD}>{formatDate(claim.createdAt)}</td>
                  <td className={TD}>
                    <WithdrawButton claimId={claim.id} touchpointName={claim.touchpoint.name} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="held-heading" className="grid gap-2">
        <h2 id="held-heading" className="text-lg font-semibold">
          Roles {data.departmentName} holds
        </h2>
        {data.held.length === 0 ? (
          <p className="text-sm text-slate-600">Your department holds no roles yet.</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr>
                <th className={TH}>Touchpoint</th>
                <th className={TH}>Role</th>
                <th className={TH}>Status</th>
                <th className={TH}>
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.held.map((row) => (
                <tr key={row.id}>
                  <td className={TD}>
                    <TouchpointLink slug={slug} touchpoint={row} />
                  </td>
                  <td className={TD}>{row.role}</td>
                  <td className={TD}>
                    <StatusBadge status={row.ownership.status} />
                  </td>
                  <td className={TD}>
                    <ReleaseButton touchpointId={row.id} touchpointName={row.name} role={row.role} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="candidates-heading" className="grid gap-2">
        <h2 id="candidates-heading" className="text-lg font-semibold">
          Touchpoints {data.departmentName} could take
        </h2>
        <p className="text-sm text-slate-600">
          Unowned first, then contested, then owned by another department. Open one to claim it with a reason.
        </p>
        {shown.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing left to claim.</p>
        ) : (
          <table className="w-full border-collapse bg-white text-sm">
            <thead>
              <tr>
                <th className={TH}>Touchpoint</th>
                <th className={TH}>Status</th>
                <th className={TH}>Accountable</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.id}>
                  <td className={TD}>
                    <TouchpointLink slug={slug} touchpoint={row} />
                  </td>
                  <td className={TD}>
                    <StatusBadge status={row.ownership.status} />
                  </td>
                  <td className={TD}>
                    <OwnerText row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {data.candidates.length > shown.length ? (
          <p className="text-sm text-slate-600">
            Showing the first {shown.length} of {data.candidates.length}. Filter a journey's matrix to find
            the rest.
          </p>
        ) : null}
      </section>
    </div>
  );
}
