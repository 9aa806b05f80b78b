"use client";

import { type FormEvent, useState } from "react";
import { AccountFields } from "@/components/ui/account-fields";
import { FormAlert, SignInInstead, useSignInAfter } from "@/components/ui/account-form";
import { BUTTON } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { completeSetup } from "@/lib/setup/actions";

/**
 * The first workspace and its CX lead; on success the new lead is signed in and taken to the workspace. The
 * setup token comes from the link the server printed (`/setup?token=…`), or is typed in.
 */
export function SetupForm({ token }: { token: string | null }) {
  const { create, failure, formError, signInFailed, isPending } = useSignInAfter();
  const [values, setValues] = useState<Record<string, string>>({});

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
      setupToken: read("setupToken") || token || "",
    };
    setValues({ ...input, password: "", setupToken: token ? "" : input.setupToken });
    create({
      run: () => completeSetup(input),
      password: input.password,
      target: (data) => ({ email: data.email, path: `/w/${data.slug}` }),
    });
  }

  if (signInFailed)
    return (
      <SignInInstead done="Your workspace is ready." withWhat="with the email and password you chose." />
    );
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
      <FormAlert id="setup-error" message={formError} />
      {token && !failure?.fieldErrors?.setupToken ? null : (
        <Field
          id="setup-token"
          name="setupToken"
          label="Setup token"
          autoComplete="off"
          hint="The server printed it in its log when it started, with a link to this page."
          defaultValue={values.setupToken}
          error={failure?.fieldErrors?.setupToken?.[0]}
        />
      )}
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
      <button type="submit" disabled={isPending} className={BUTTON.large}>
        {isPending ? "Setting up…" : "Create workspace and sign in"}
      </button>
    </form>
  );
}
