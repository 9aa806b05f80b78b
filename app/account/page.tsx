import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { Announcer } from "@/components/ui/announcer";
import { requirePageUser } from "@/lib/auth/pages";

export const metadata: Metadata = { title: "Account" };

const SECTION = "grid gap-3 rounded-lg border border-slate-200 bg-white p-5";

export default async function AccountPage(props: { searchParams: Promise<{ changed?: string | string[] }> }) {
  const user = await requirePageUser();
  const { changed } = await props.searchParams;
  return (
    <Announcer>
      <div className="grid max-w-2xl gap-6">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Account</h1>
          <p className="text-sm text-slate-600">
            {user.name} · {user.email}
          </p>
        </div>
        {changed === "1" ? (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            Your password is changed. Every other session of your account has ended.
          </p>
        ) : null}
        <section aria-labelledby="password-heading" className={SECTION}>
          <h2 id="password-heading" className="text-lg font-semibold">
            Password
          </h2>
          <ChangePasswordForm />
        </section>
        <section aria-labelledby="sessions-heading" className={SECTION}>
          <h2 id="sessions-heading" className="text-lg font-semibold">
            Sessions
          </h2>
          <p className="text-sm text-slate-600">
            A session lasts a week without use and at most 30 days after you signed in. Signing out ends this
            one; if you signed in somewhere you no longer control, end them all.
          </p>
          <div>
            <SignOutEverywhere />
          </div>
        </section>
      </div>
    </Announcer>
  );
}
