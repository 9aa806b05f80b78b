"use client";

import { useState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { MemberRow } from "@/lib/members/queries";
import { type IssuedReset, issuePasswordReset } from "@/lib/members/reset-actions";
import { RESET_TTL_HOURS } from "@/lib/members/schemas";
import { OneTimeLink } from "./one-time-link";

/** A CX lead's "Reset password" on a member's row: asks first, then shows the one-time link once. */
export function ResetPasswordButton({ member }: { member: MemberRow }) {
  const [issued, setIssued] = useState<IssuedReset | null>(null);
  const announce = useAnnounce();
  if (issued)
    return (
      <OneTimeLink
        title={`Password reset link for ${issued.name}`}
        path={`/reset/${issued.token}`}
        lasts={`${RESET_TTL_HOURS} hours`}
        sendTo={issued.email}
        expiresAt={issued.expiresAt}
        onDone={() => {
          setIssued(null);
          announce("The reset link is no longer shown.");
        }}
      />
    );
  return (
    <ConfirmButton
      label="Reset password"
      accessibleName={`Reset the password of ${member.name}`}
      title={`Reset the password of ${member.name}?`}
      confirmLabel="Create a reset link"
      pendingLabel="Creating…"
      success={(data: IssuedReset) => {
        setIssued(data);
        return `A reset link for ${data.name} is ready to copy.`;
      }}
      run={() => issuePasswordReset({ membershipId: member.membershipId })}
    >
      <p>
        You get a one-time link for {member.name} ({member.email}) to choose a new password. Until they use
        it, their current password keeps working; once they do, every session of their account ends. Any
        earlier reset link stops working.
      </p>
    </ConfirmButton>
  );
}
