"use client";

import { useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/account-form";
import { BUTTON } from "@/components/ui/button";
import { joinWithInvitation } from "@/lib/members/join-actions";

/** Someone signed in as the invited email joins with one button, then opens the workspace. */
export function JoinInvitation({ token, workspaceName }: { token: string; workspaceName: string }) {
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <div className="grid gap-3" aria-describedby={error ? "join-error" : undefined}>
      <FormAlert id="join-error" message={error} />
      <button
        type="button"
        disabled={isPending}
        className={BUTTON.large}
        onClick={() =>
          startTransition(async () => {
            const result = await joinWithInvitation({ token });
            if (!result.ok) {
              setError(result.formError);
              return;
            }
            window.location.assign(`/w/${result.data.workspaceSlug}`);
          })
        }
      >
        {isPending ? "Joining…" : `Join ${workspaceName}`}
      </button>
    </div>
  );
}
