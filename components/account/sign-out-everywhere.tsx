"use client";

import { signOut } from "next-auth/react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { signOutEverywhere } from "@/lib/account/actions";

/** Ends every session of the account, on every device and this one; asks first. */
export function SignOutEverywhere() {
  return (
    <ConfirmButton
      label="Sign out everywhere"
      title="Sign out everywhere?"
      confirmLabel="Sign out everywhere"
      pendingLabel="Signing out…"
      success="Signed out everywhere."
      run={async () => {
        const result = await signOutEverywhere({});
        if (result.ok) {
          await signOut({ redirect: false });
          window.location.assign("/sign-in");
        }
        return result;
      }}
    >
      <p>
        Every browser and device signed in to your account is signed out, this one included. API tokens are
        not affected: revoke them under a workspace&apos;s Settings.
      </p>
    </ConfirmButton>
  );
}
