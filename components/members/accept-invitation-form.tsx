"use client";

import type { FormEvent } from "react";
import { AccountFields } from "@/components/ui/account-fields";
import { FormAlert, SignInInstead, useSignInAfter } from "@/components/ui/account-form";
import { BUTTON } from "@/components/ui/button";
import { acceptInvitation } from "@/lib/members/accept-actions";

/** Name and password for a new account; on success the new member is signed in and taken to the workspace. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { create, failure, formError, signInFailed, isPending } = useSignInAfter();

  // onSubmit rather than a form action: React resets a form after its action, which would clear the name.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    create({
      run: () =>
        acceptInvitation({
          token,
          name: String(form.get("name") ?? ""),
          password,
          confirm: String(form.get("confirm") ?? ""),
        }),
      password,
      target: (data) => ({ email: data.email, path: `/w/${data.workspaceSlug}` }),
    });
  }

  if (signInFailed)
    return (
      <SignInInstead
        done="Your account is ready, but we could not sign you in just now."
        withWhat={`with ${email} and the password you chose.`}
      />
    );
  return (
    <form
      onSubmit={submit}
      aria-label="Create your account"
      aria-describedby={formError ? "accept-error" : undefined}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      noValidate
    >
      <FormAlert id="accept-error" message={formError} />
      <AccountFields idPrefix="invite" errors={failure?.fieldErrors} hasConfirm />
      <button type="submit" disabled={isPending} className={BUTTON.large}>
        {isPending ? "Creating your account…" : "Create account and sign in"}
      </button>
    </form>
  );
}
