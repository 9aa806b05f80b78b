"use client";

import type { FormEvent } from "react";
import { AccountFields } from "@/components/ui/account-fields";
import { FormAlert, SignInInstead, useSignInAfter } from "@/components/ui/account-form";
import { BUTTON } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { changePassword } from "@/lib/account/actions";

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
      <SignInInstead
        done="Your password is changed, and every session has ended."
        withWhat="with the new one."
      />
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
      <AccountFields
        idPrefix="password"
        errors={failure?.fieldErrors}
        hasName={false}
        hasConfirm
        passwordLabel="New password"
      />
      <button type="submit" disabled={isPending} className={BUTTON.primary}>
        {isPending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
