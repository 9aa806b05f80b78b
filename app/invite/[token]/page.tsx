import type { Metadata } from "next";
import Link from "next/link";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { LINK_PROBLEMS } from "@/lib/members/invitation-status";
import { getInvitationForToken } from "@/lib/members/queries";
import { ROLE_LABELS } from "@/lib/members/schemas";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

// Public: the token in the link is the invitation. No session is needed (or used) here.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitationForToken(token);
  if (invitation.state !== "pending") {
    const problem = LINK_PROBLEMS[invitation.state];
    return (
      <div className="mx-auto grid max-w-md gap-3 py-8">
        <h1 className="text-2xl font-semibold tracking-tight">{problem.title}</h1>
        <p className="text-slate-700">{problem.message}</p>
        <p>
          <Link href="/sign-in" className="font-medium text-slate-900 underline">
            Go to sign in
          </Link>
        </p>
      </div>
    );
  }
  const role = ROLE_LABELS[invitation.role];
  return (
    <div className="mx-auto grid max-w-sm gap-6 py-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Join {invitation.workspaceName}</h1>
        <p className="text-sm text-slate-700">
          You are invited as <strong>{role}</strong>
          {invitation.departmentName ? ` of ${invitation.departmentName}` : ""}. Your account will use{" "}
          <strong>{invitation.email}</strong>. Choose your name as colleagues will see it, and a password.
        </p>
      </div>
      <AcceptInvitationForm token={token} email={invitation.email} />
    </div>
  );
}
