import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, Table } from "@/components/ui/table";
import type { DepartmentClaims } from "@/lib/claims/head-queries";
import { formatDate } from "./claim-history";
import { ReleaseButton, WithdrawButton } from "./head-buttons";
import { HeadCandidates } from "./head-candidates";
import { TouchpointLink } from "./touchpoint-link";

const ACTIONS = { label: "Actions", isHidden: true } as const;

/** A department head's claims page: open claims, roles held, and a page of what the department could take. */
export function HeadClaims({ slug, data }: { slug: string; data: DepartmentClaims }) {
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
                  <StatusBadge status={row.status} />
                </Cell>
                <Cell>
                  <ReleaseButton touchpointId={row.id} touchpointName={row.name} role={row.role} />
                </Cell>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <HeadCandidates slug={slug} data={data} />
    </div>
  );
}
