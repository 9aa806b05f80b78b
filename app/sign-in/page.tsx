import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSafeCallbackUrl } from "@/lib/auth/callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { describeSignInError } from "@/lib/auth/sign-in-errors";
import { getOidcConfig } from "@/lib/env";
import { isSetupNeeded } from "@/lib/setup/queries";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const { callbackUrl, error } = await searchParams;
  const next = getSafeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : null);
  if (await getSessionUser()) redirect(next);
  if (await isSetupNeeded()) redirect("/setup");
  const sso = getOidcConfig();
  return (
    <div className="mx-auto grid max-w-sm gap-6 py-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
        <p className="text-sm text-slate-600">Sign in with the email address your workspace knows you by.</p>
      </div>
      <SignInForm
        callbackUrl={next}
        ssoName={sso?.name ?? null}
        initialError={describeSignInError(
          typeof error === "string" ? error : null,
          sso?.name ?? "single sign-on",
        )}
      />
    </div>
  );
}
