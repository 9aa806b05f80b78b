"use client";

import { releaseRole, withdrawClaim } from "@/lib/claims/actions";
import { ConfirmButton } from "./confirm-button";

export function WithdrawButton(props: { claimId: string; touchpointName: string }) {
  return (
    <ConfirmButton
      label={`Withdraw claim on ${props.touchpointName}`}
      title={`Withdraw your claim on ${props.touchpointName}?`}
      body="The claim is closed as withdrawn. You can claim again later with a new reason."
      confirmLabel="Withdraw claim"
      run={() => withdrawClaim({ claimId: props.claimId })}
      success={() => "Claim withdrawn."}
    />
  );
}

export function ReleaseButton(props: { touchpointId: string; touchpointName: string; role: string }) {
  const body =
    props.role === "A"
      ? "Your department will no longer be Accountable. Unless another department holds A, the touchpoint is left unowned."
      : `Your department will no longer hold ${props.role} on it.`;
  return (
    <ConfirmButton
      label={`Release ${props.role} on ${props.touchpointName}`}
      title={`Release ${props.role} on ${props.touchpointName}?`}
      body={body}
      confirmLabel="Release"
      run={() => releaseRole({ touchpointId: props.touchpointId })}
      success={(data) => (data.isUnowned ? `Released. ${props.touchpointName} is now unowned.` : "Released.")}
    />
  );
}
