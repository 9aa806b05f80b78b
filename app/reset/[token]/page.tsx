import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { LinkProblem } from "@/components/ui/link-problem";
import { getResetForToken } from "@/lib/account/queries";
import { RESET_PROBLEMS } from "@/lib/account/reset-status";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

// Public: the token in the link is the proof. No session is needed (or used) here.
export default async function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const reset = await getResetForToken(token);
  if (reset.state !== "pending") return <LinkProblem {...RESET_PROBLEMS[reset.state]} />;
  return (
    <div className="mx-auto grid max-w-sm gap-6 py-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Choose a new password</h1>
        <p className="text-sm text-slate-700">
          For <strong>{reset.email}</strong>. Every session of the account ends once it is set.
        </p>
      </div>
      <ResetPasswordForm token={token} email={reset.email} />
    </div>
  );
}
