"use client";

import { useState, useTransition } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import {
  type ReissuedInvitation,
  reissueInvitation,
  revokeInvitation,
} from "@/lib/members/invitation-actions";
import type { PendingInvitationRow } from "@/lib/members/queries";
import { ROLE_LABELS } from "@/lib/members/schemas";
import { InvitationLink } from "./one-time-link";

const dateFormat = { dateStyle: "medium", timeZone: "UTC" } as const;

/** Invitations not yet accepted: a fresh link (the old one stops working) or a revoke, for CX leads. */
export function InvitationList({ invitations }: { invitations: PendingInvitationRow[] }) {
  const announce = useAnnounce();
  const [link, setLink] = useState<ReissuedInvitation | null>(null);
  const [isPending, startTransition] = useTransition();

  function renew(invitation: PendingInvitationRow) {
    startTransition(async () => {
      const result = await reissueInvitation({ invitationId: invitation.id });
      if (!result.ok) {
        announce(result.formError, "error");
        return;
      }
      setLink(result.data);
      announce(`New invitation link for ${invitation.email}. Copy it below.`);
    });
  }

  if (invitations.length === 0 && !link)
    return <p className="text-sm text-slate-600">No pending invitations.</p>;
  return (
    <div className="grid gap-3">
      {link ? (
        <InvitationLink
          email={link.email}
          token={link.token}
          expiresAt={link.expiresAt}
          onDone={() => setLink(null)}
        />
      ) : null}
      {invitations.length > 0 ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-sm">
              <span className="font-medium text-slate-900">{invitation.email}</span>
              <span className="text-slate-700">
                {ROLE_LABELS[invitation.role]}
                {invitation.department ? ` · ${invitation.department.name}` : ""}
              </span>
              <span className={invitation.isExpired ? "font-medium text-red-700" : "text-slate-600"}>
                {invitation.isExpired ? "Expired" : "Expires"}{" "}
                {invitation.expiresAt.toLocaleDateString("en-GB", dateFormat)}
                {invitation.invitedBy ? ` · invited by ${invitation.invitedBy}` : ""}
              </span>
              <span className="ml-auto flex gap-2">
                <button
                  type="button"
                  onClick={() => renew(invitation)}
                  disabled={isPending}
                  className={BUTTON.small}
                  aria-label={`New link for ${invitation.email}`}
                >
                  New link
                </button>
                <ConfirmButton
                  label="Revoke"
                  accessibleName={`Revoke the invitation for ${invitation.email}`}
                  title={`Revoke the invitation for ${invitation.email}?`}
                  confirmLabel="Revoke invitation"
                  pendingLabel="Revoking…"
                  success={`Revoked the invitation for ${invitation.email}.`}
                  run={() => revokeInvitation({ invitationId: invitation.id })}
                >
                  <p>Its link stops working at once. You can invite {invitation.email} again later.</p>
                </ConfirmButton>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
