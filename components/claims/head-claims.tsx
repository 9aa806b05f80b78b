import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, Table } from "@/components/ui/table";
import type { DepartmentClaims, TouchpointRow } from "@/lib/claims/queries";
import { formatDate } from "./claim-history";
import { ReleaseButton, WithdrawButton } from "./head-buttons";
import { TouchpointLink } from "./touchpoint-link";

const CANDIDATE_LIMIT = 200;
const ACTIONS = { label: "Actions", isHidden: true } as const;

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
          <Table
            caption={`${data.departmentName}'s pending claims`}
            columns={["Touchpoint", "Role", "Reason", "Sent", ACTIONS]}
          >
            {data.pending.map((claim) => (
              <tr key={claim.id}>
                <Cell>
                  <TouchpointLink slug={slug} touchpoint={claim.touchpoint} />
                </Cell>
                <Cell>{claim.role}</Cell>
                <Cell>{claim.reason}</Cell>
                <Cell>{formatDate(claim.createdAt)}</Cell>
                <Cell>
                  <WithdrawButton claimId={claim.id} touchpointName={claim.touchpoint.name} />
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section aria-labelledby="held-heading" className="grid gap-2">
        <h2 id="held-heading" className="text-lg font-semibold">
          Roles {data.departmentName} holds
        </h2>
        {data.held.length === 0 ? (
          <p className="text-sm text-slate-600">Your department holds no roles yet.</p>
        ) : (
          <Table
            caption={`Roles ${data.departmentName} holds`}
            columns={["Touchpoint", "Role", "Status", ACTIONS]}
          >
            {data.held.map((row) => (
              <tr key={row.id}>
                <Cell>
                  <TouchpointLink slug={slug} touchpoint={row} />
                </Cell>
                <Cell>{row.role}</Cell>
                <Cell>
                  <StatusBadge status={row.ownership.status} />
                </Cell>
                <Cell>
                  <ReleaseButton touchpointId={row.id} touchpointName={row.name} role={row.role} />
                </Cell>
              </tr>
            ))}
          </Table>
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
          <Table
            caption={`Touchpoints ${data.departmentName} could take`}
            columns={["Touchpoint", "Status", "Accountable"]}
          >
            {shown.map((row) => (
              <tr key={row.id}>
                <Cell>
                  <TouchpointLink slug={slug} touchpoint={row} />
                </Cell>
                <Cell>
                  <StatusBadge status={row.ownership.status} />
                </Cell>
                <Cell>
                  <OwnerText row={row} />
                </Cell>
              </tr>
            ))}
          </Table>
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
