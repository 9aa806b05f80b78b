"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { type FormEvent, useState, useTransition } from "react";
import { AccountFields } from "@/components/ui/account-fields";
import type { ActionFailure } from "@/lib/actions/result";
import { acceptInvitation } from "@/lib/members/accept-actions";

/** Name and password for a new account; on success the new member is signed in and taken to the workspace. */
export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [signInFailed, setSignInFailed] = useState(false);
  const [isPending, startTransition] = useTransition();

  // onSubmit rather than a form action: React resets a form after its action, which would clear the name.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    startTransition(async () => {
      const result = await acceptInvitation({
        token,
        name: String(form.get("name") ?? ""),
        password,
        confirm: String(form.get("confirm") ?? ""),
      });
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      const signedIn = await signIn("credentials", { email: result.data.email, password, redirect: false });
      if (signedIn?.ok && !signedIn.error) {
        window.location.assign(`/w/${result.data.workspaceSlug}`);
        return;
      }
      setSignInFailed(true);
    });
  }

  if (signInFailed)
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        Your account is ready, but we could not sign you in just now.{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in
        </Link>{" "}
        with {email} and the password you chose.
      </p>
    );
  const formError = failure && !failure.fieldErrors ? failure.formError : null;
  return (
    <form
      onSubmit={submit}
      aria-label="Create your account"
      aria-describedby={formError ? "accept-error" : undefined}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      noValidate
    >
      {formError ? (
        <p id="accept-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <AccountFields idPrefix="invite" errors={failure?.fieldErrors} hasConfirm />
      <button
        type="submit"
        disabled={isPending}
        className="inline-flex items-center justify-center rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {isPending ? "Creating your account…" : "Create account and sign in"}
      </button>
    </form>
  );
}
