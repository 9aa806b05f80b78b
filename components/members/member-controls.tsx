"use client";

import { type FormEvent, useState, useTransition } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { BUTTON } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import type { ActionFailure } from "@/lib/actions/result";
import type { MemberRole } from "@/lib/db/generated/enums";
import { changeMemberRole, removeMember } from "@/lib/members/actions";
import type { MemberRow } from "@/lib/members/queries";
import { ROLE_LABELS } from "@/lib/members/schemas";
import { ResetPasswordButton } from "./reset-password-button";
import { RoleFields } from "./role-fields";

type Props = { member: MemberRow; departments: { id: string; name: string }[]; isSelf: boolean };

/** A CX lead's controls on one member's row: change the role (and a head's department), or remove. */
export function MemberControls({ member, departments, isSelf }: Props) {
  const announce = useAnnounce();
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [isPending, startTransition] = useTransition();
  const idPrefix = `member-${member.membershipId}`;

  // onSubmit rather than a form action: React resets a form after its action, which would undo the choice.
  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    const role = String(formData.get("role") ?? "") as MemberRole;
    startTransition(async () => {
      const result = await changeMemberRole({
        membershipId: member.membershipId,
        role,
        departmentId: String(formData.get("departmentId") ?? ""),
      });
      if (!result.ok) {
        setFailure(result);
        announce(result.formError, "error");
        return;
      }
      setFailure(null);
      const released = result.data.releasedJourneys;
      // A head or a viewer cannot own a journey: say which journeys are now without an owner.
      const lost = released.length > 0 ? ` They no longer own ${released.join(", ")}.` : "";
      announce(`${member.name} is now ${ROLE_LABELS[role]}.${lost}`);
    });
  }

  const errorId = `${idPrefix}-error`;
  return (
    <div className="grid gap-1">
      <div className="flex flex-wrap items-start gap-2">
        <form
          onSubmit={save}
          aria-label={`Change ${member.name}`}
          className="flex flex-wrap items-start gap-2"
          aria-describedby={failure ? errorId : undefined}
        >
          <div className="flex flex-wrap items-start gap-2 [&>div>select]:mt-0">
            <RoleFields
              idPrefix={idPrefix}
              compact
              roleLabel={`Role of ${member.name}`}
              departmentLabel={`Department of ${member.name}`}
              departments={departments}
              defaultRole={member.role}
              defaultDepartmentId={member.department?.id ?? null}
              errors={{ departmentId: failure?.fieldErrors?.departmentId?.[0] }}
            />
          </div>
          <button
            type="submit"
            disabled={isPending}
            className={BUTTON.secondary}
            aria-label={`Save role of ${member.name}`}
          >
            {isPending ? "Saving…" : "Save"}
          </button>
        </form>
        <ConfirmButton
          label="Remove"
          accessibleName={`Remove ${member.name}`}
          title={`Remove ${member.name}?`}
          confirmLabel={`Remove ${member.name}`}
          pendingLabel="Removing…"
          success={`Removed ${member.name} from the workspace.`}
          run={() => removeMember({ membershipId: member.membershipId })}
        >
          <p>
            {isSelf
              ? "You will lose access to this workspace at once."
              : `${member.name} (${member.email}) will lose access to this workspace at once.`}{" "}
            Their account stays, and a CX lead can add them again later.
          </p>
        </ConfirmButton>
        {isSelf ? null : <ResetPasswordButton member={member} />}
      </div>
      {failure && !failure.fieldErrors?.departmentId ? (
        <p id={errorId} className="text-sm text-red-700">
          {failure.formError}
        </p>
      ) : null}
    </div>
  );
}
