"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { type FormEvent, useState, useTransition } from "react";
import { AccountFields } from "@/components/ui/account-fields";
import { Field } from "@/components/ui/field";
import type { ActionFailure } from "@/lib/actions/result";
import { completeSetup } from "@/lib/setup/actions";

/** The first workspace and its CX lead; on success the new lead is signed in and taken to the workspace. */
export function SetupForm() {
  const [failure, setFailure] = useState<ActionFailure | null>(null);
  const [values, setValues] = useState<Record<string, string>>({});
  const [signInFailed, setSignInFailed] = useState(false);
  const [isPending, startTransition] = useTransition();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const read = (name: string) => String(form.get(name) ?? "");
    const input = {
      workspaceName: read("workspaceName"),
      slug: read("slug"),
      name: read("name"),
      email: read("email"),
      password: read("password"),
    };
    setValues({ ...input, password: "" });
    startTransition(async () => {
      const result = await completeSetup(input);
      if (!result.ok) {
        setFailure(result);
        return;
      }
      setFailure(null);
      const signedIn = await signIn("credentials", {
        email: result.data.email,
        password: input.password,
        redirect: false,
      });
      if (signedIn?.ok && !signedIn.error) {
        window.location.assign(`/w/${result.data.slug}`);
        return;
      }
      setSignInFailed(true);
    });
  }

  if (signInFailed)
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        Your workspace is ready.{" "}
        <Link href="/sign-in" className="font-medium underline">
          Sign in
        </Link>{" "}
        with the email and password you chose.
      </p>
    );
  const formError = failure && !failure.fieldErrors ? failure.formError : null;
  const workspaceField = (name: "workspaceName" | "slug") => ({
    name,
    defaultValue: values[name],
    error: failure?.fieldErrors?.[name]?.[0],
  });
  return (
    <form
      onSubmit={submit}
      aria-label="Set up Throughline"
      aria-describedby={formError ? "setup-error" : undefined}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm"
      noValidate
    >
      {formError ? (
        <p id="setup-error" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {formError}
        </p>
      ) : null}
      <fieldset className="grid gap-4">
        <legend className="text-sm font-semibold text-slate-900">Your company&apos;s workspace</legend>
        <Field
          id="setup-workspace"
          label="Workspace name"
          autoComplete="organization"
          {...workspaceField("workspaceName")}
        />
        <Field
          id="setup-slug"
          label="Address"
          autoComplete="off"
          hint="Lower-case letters, digits and hyphens; the workspace lives at /w/<address>."
          {...workspaceField("slug")}
        />
      </fieldset>
      <fieldset className="grid gap-4">
        <legend className="text-sm font-semibold text-slate-900">Your account (CX lead)</legend>
        <AccountFields idPrefix="setup" errors={failure?.fieldErrors} hasEmail defaults={values} />
      </fieldset>
      <button
        type="submit"
        disabled={isPending}
        className="inline-flex items-center justify-center rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {isPending ? "Setting up…" : "Create workspace and sign in"}
      </button>
    </form>
  );
}
