"use client";

import { useActionState, useState } from "react";
import { useAnnounce } from "@/components/ui/announcer";
import { INPUT } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import type { MemberRole } from "@/lib/db/generated/enums";
import { type AddMemberData, addMember } from "@/lib/members/actions";
import { InvitationLink } from "./one-time-link";
import { RoleFields } from "./role-fields";

type State = { result: ActionResult<AddMemberData> | null; email: string };

/** Email and role; every email gets a one-time invitation link (someone with an account signs in to join). */
export function AddMemberForm(props: { workspaceId: string; departments: { id: string; name: string }[] }) {
  const announce = useAnnounce();
  const [link, setLink] = useState<AddMemberData | null>(null);
  const [state, formAction] = useActionState(
    async (_previous: State, formData: FormData): Promise<State> => {
      const email = String(formData.get("email") ?? "");
      const result = await addMember({
        workspaceId: props.workspaceId,
        email,
        role: String(formData.get("role") ?? "") as MemberRole,
        departmentId: String(formData.get("departmentId") ?? ""),
      });
      if (!result.ok) {
        announce(result.formError, "error");
        return { result, email };
      }
      setLink(result.data);
      announce(`Invitation created for ${result.data.email}. Copy the link below.`);
      return { result, email: "" };
    },
    { result: null, email: "" },
  );
  const failure = state.result && !state.result.ok ? state.result : null;
  const emailError = failure?.fieldErrors?.email?.[0];

  return (
    <div className="grid gap-4">
      <form action={formAction} aria-label="Add a member" className="grid gap-3" noValidate>
        <div className="grid gap-3 sm:grid-cols-3">
          <div className="min-w-0">
            <label htmlFor="new-member-email" className="block text-sm font-medium text-slate-800">
              Email
            </label>
            <input
              id="new-member-email"
              name="email"
              type="email"
              required
              autoComplete="off"
              defaultValue={state.email}
              key={state.result?.ok ? "reset" : "keep"}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? "new-member-email-error" : undefined}
              className={INPUT}
            />
            {emailError ? (
              <p id="new-member-email-error" className="mt-1 text-sm text-red-700">
                {emailError}
              </p>
            ) : null}
          </div>
          <RoleFields
            idPrefix="new-member"
            roleLabel="Role"
            departmentLabel="Department"
            departments={props.departments}
            errors={{
              role: failure?.fieldErrors?.role?.[0],
              departmentId: failure?.fieldErrors?.departmentId?.[0],
            }}
          />
        </div>
        {failure && !emailError ? <p className="text-sm text-red-700">{failure.formError}</p> : null}
        <div>
          <SubmitButton pendingLabel="Adding…">Add member</SubmitButton>
        </div>
      </form>
      {link ? (
        <InvitationLink
          email={link.email}
          token={link.token}
          expiresAt={link.expiresAt}
          onDone={() => setLink(null)}
        />
      ) : null}
    </div>
  );
}
