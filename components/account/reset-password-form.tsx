"use client";

import Link from "next/link";
import type { FormEvent } from "react";
import { FormAlert, useSignInAfter } from "@/components/ui/account-form";
import { BUTTON } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { resetPassword } from "@/lib/account/reset-actions";
import { PASSWORD_MIN } from "@/lib/auth/account-schemas";

/** A new password from a reset link; on success the person is signed in with it. */
export function ResetPasswordForm({ token, email }: { token: string; email: string }) {
  const { create, failure, formError, signInFailed, isPending } = useSignInAfter();
  const errorOf = (field: string) => failure?.fieldErrors?.[field]?.[0];

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
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        Your password is set, but we could not sign you in just now.{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in
        </Link>{" "}
        with {email} and the password you chose.
      </p>
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
      <Field
        id="reset-password"
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters.`}
        error={errorOf("password")}
      />
      <Field
        id="reset-confirm"
        name="confirm"
        type="password"
        label="New password again"
        autoComplete="new-password"
        error={errorOf("confirm")}
      />
      <button type="submit" disabled={isPending} className={BUTTON.large}>
        {isPending ? "Saving…" : "Set password and sign in"}
      </button>
    </form>
  );
}
