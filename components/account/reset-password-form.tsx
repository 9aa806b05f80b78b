"use client";

import type { FormEvent } from "react";
import { AccountFields } from "@/components/ui/account-fields";
import { FormAlert, SignInInstead, useSignInAfter } from "@/components/ui/account-form";
import { BUTTON } from "@/components/ui/button";
import { resetPassword } from "@/lib/account/reset-actions";

/** A new password from a reset link; on success the person is signed in with it. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const { create, failure, formError, signInFailed, isPending } = useSignInAfter();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    create({
      run: () => resetPassword({ token, password, confirm: String(form.get("confirm") ?? "") }),
      password,
      target: (data) => ({ email: data.email, path: "/" }),
    });
  }

  if (signInFailed)
    return (
      <SignInInstead
        done="Your password is set, but we could not sign you in just now."
        withWhat={`with ${email} and the password you chose.`}
      />
    );
  return (
    <form
      onSubmit={submit}
      aria-label="Choose a new password"
      aria-describedby={formError ? "reset-error" : undefined}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      noValidate
    >
      <FormAlert id="reset-error" message={formError} />
      <AccountFields
        idPrefix="reset"
        errors={failure?.fieldErrors}
        hasName={false}
        hasConfirm
        passwordLabel="New password"
      />
      <button type="submit" disabled={isPending} className={BUTTON.large}>
        {isPending ? "Saving…" : "Set password and sign in"}
      </button>
    </form>
  );
}
