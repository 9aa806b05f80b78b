"use client";
import { signIn } from "next-auth/react";
import { type ReactNode, useState, useTransition } from "react";
// What the forms that set a password (first-run setup, accepting an invitation, a reset link, changing it) share
// with sign-in: the form-level error, and running the action then signing in with the password just chosen.
import Link from "@/components/ui/link";
import type { ActionFailure, ActionResult } from "@/lib/actions/result";

/** A form's own error (not a field's), announced as it appears; the form points at it by `id`. */
export function FormAlert(props: { id: string; message: string | null }) {
  if (!props.message) return null;
  return (
    <p id={props.id} role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
      {props.message}
    </p>
  );
}

/**
 * Runs an action that sets a password, then signs the account in with it and opens `path` (a new password ends
 * every earlier session). `signInFailed` is set when the action worked but signing in did not, so the form can
 * send the person to the sign-in page instead of asking again.
 */
export function useSignInAfter() {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [signInFailed, setSignInFailed] = useState(false);
  const [isPending, startTransition] = useTransition();

  function create<T>(opts: {
    run: () => Promise<ActionResult<T>>;
    password: string;
    /** Who signs in, and the page to open then. */
    target: (data: T) => { email: string; path: string };
  }) {
    startTransition(async () => {
      const result = await opts.run();
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      const { email, path } = opts.target(result.data);
      const signedIn = await signIn("credentials", { email, password: opts.password, redirect: false });
      if (signedIn?.ok && !signedIn.error) {
        window.location.assign(path);
        return;
      }
      setSignInFailed(true);
    });
  }

  const formError = failure && !failure.fieldErrors ? failure.formError : null;
  return { create, failure, formError, signInFailed, isPending };
}

/** When the action worked but signing in right after did not: what happened, and the way to the sign-in page. */
export function SignInInstead(props: { done: ReactNode; withWhat: ReactNode }) {
  return (
    <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {props.done}{" "}
      <Link href="/sign-in" className="font-medium underline">
        Sign in
      </Link>{" "}
      {props.withWhat}
    </p>
  );
}
