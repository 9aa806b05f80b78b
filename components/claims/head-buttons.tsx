"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { releaseRole, withdrawClaim } from "@/lib/claims/actions";

export function WithdrawButton(props: { claimId: string; touchpointName: string }) {
  return (
    <ConfirmButton
      label={`Withdraw claim on ${props.touchpointName}`}
      title={`Withdraw your claim on ${props.touchpointName}?`}
      confirmLabel="Withdraw claim"
      pendingLabel="Working…"
      run={() => withdrawClaim({ claimId: props.claimId })}
      success="Claim withdrawn."
    >
      <p>The claim is closed as withdrawn. You can claim again later with a new reason.</p>
    </ConfirmButton>
  );
}

export function ReleaseButton(props: { touchpointId: string; touchpointName: string; role: string }) {
  return (
    <ConfirmButton
      label={`Release ${props.role} on ${props.touchpointName}`}
      title={`Release ${props.role} on ${props.touchpointName}?`}
      confirmLabel="Release"
      pendingLabel="Working…"
      run={() => releaseRole({ touchpointId: props.touchpointId })}
      success={(data) => (data.isUnowned ? `Released. ${props.touchpointName} is now unowned.` : "Released.")}
    >
      <p>
        {props.role === "A"
          ? "Your department will no longer be Accountable. Unless another department holds A, the touchpoint is left unowned."
          : `Your department will no longer hold ${props.role} on it.`}
      </p>
    </ConfirmButton>
  );
}
