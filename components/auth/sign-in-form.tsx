"use client";

import { signIn } from "next-auth/react";
import { type FormEvent, useState, useTransition } from "react";
import { FormAlert } from "@/components/ui/account-form";
import { BUTTON } from "@/components/ui/button";

const INPUT =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm aria-[invalid=true]:border-red-700";

/** Email and password → next-auth's credentials sign-in; its refusals are already plain words (lib/auth/sign-in.ts). */
export function SignInForm(props: {
  callbackUrl: string;
  ssoName: string | null;
  initialError: string | null;
}) {
  const { callbackUrl, ssoName } = props;
  const [error, setError] = useState<string | null>(props.initialError);
  const [isPending, startTransition] = useTransition();

  // onSubmit rather than a form action: React resets a form after its action, which would clear the email.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      setError(null);
      // redirect: false, then a local navigation: next-auth's own redirect would use NEXTAUTH_URL's host.
      const result = await signIn("credentials", {
        email: String(form.get("email") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        window.location.assign(callbackUrl);
        return;
      }
      setError(
        !result?.error || result.error === "CredentialsSignin"
          ? "We could not sign you in. Please try again."
          : result.error,
      );
    });
  }

  return (
    <form
      onSubmit={submit}
      aria-describedby={error ? "sign-in-error" : undefined}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
    >
      <FormAlert id="sign-in-error" message={error} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-800">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "sign-in-error" : undefined}
          className={INPUT}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-800">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "sign-in-error" : undefined}
          className={INPUT}
        />
      </div>
      <button type="submit" disabled={isPending} className={BUTTON.large}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
      {ssoName ? (
        <>
          <p className="text-center text-xs text-slate-600">or</p>
          {/* next-auth's own redirect to the provider; only members' emails are let in (lib/auth/sso.ts). */}
          <button
            type="button"
            disabled={isPending}
            onClick={() =>
              startTransition(async () => {
                await signIn("oidc", { callbackUrl });
              })
            }
            className="inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-900 hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-60"
          >
            Sign in with {ssoName}
          </button>
        </>
      ) : null}
    </form>
  );
}
