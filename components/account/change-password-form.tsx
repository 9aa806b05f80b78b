"use client";

import Link from "next/link";
import type { FormEvent } from "react";
import { FormAlert, useSignInAfter } from "@/components/ui/account-form";
import { BUTTON } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePassword } from "@/lib/account/actions";
import { PASSWORD_MIN } from "@/lib/auth/account-schemas";

/** A new password, the current one first. Every session ends with it, so this one signs in again at once. */
export function ChangePasswordForm() {
  const { create, failure, formError, signInFailed, isPending } = useSignInAfter();
  const errorOf = (field: string) => failure?.fieldErrors?.[field]?.[0];

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    create({
      run: () =>
        changePassword({
          current: String(form.get("current") ?? ""),
          password,
          confirm: String(form.get("confirm") ?? ""),
        }),
      password,
      target: (data) => ({ email: data.email, path: "/account?changed=1" }),
    });
  }

  if (signInFailed)
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        Your password is changed, and every session has ended.{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in
        </Link>{" "}
        with the new one.
      </p>
    );
  return (
    <form
      onSubmit={submit}
      aria-label="Change your password"
      aria-describedby={formError ? "password-error" : undefined}
      className="grid max-w-sm gap-4"
      noValidate
    >
      <FormAlert id="password-error" message={formError} />
      <Field
        id="password-current"
        name="current"
        type="password"
        label="Current password"
        autoComplete="current-password"
        error={errorOf("current")}
      />
      <Field
        id="password-new"
        name="password"
        type="password"
        label="New password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_MIN} characters. Every other session of your account ends.`}
        error={errorOf("password")}
      />
      <Field
        id="password-confirm"
        name="confirm"
        type="password"
        label="New password again"
        autoComplete="new-password"
        error={errorOf("confirm")}
      />
      <button type="submit" disabled={isPending} className={BUTTON.primary}>
        {isPending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
