import type { Metadata } from "next";
import { AcceptInvitationForm } from "@/components/members/accept-invitation-form";
import { JoinInvitation } from "@/components/members/join-invitation";
import { BUTTON } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { LinkProblem } from "@/components/ui/link-problem";
import { getSessionUser } from "@/lib/auth/session";
import { LINK_PROBLEMS } from "@/lib/members/invitation-status";
import { getInvitationForToken } from "@/lib/members/queries";
import { ROLE_LABELS } from "@/lib/members/schemas";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

// Public: the token in the link is the invitation. A new person creates an account here; someone with an account
// signs in as the invited email and joins.
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await getInvitationForToken(token);
  if (invitation.state !== "pending") return <LinkProblem {...LINK_PROBLEMS[invitation.state]} />;
  const role = ROLE_LABELS[invitation.role];
  const invitedAs = (
    <>
      You are invited as <strong>{role}</strong>
      {invitation.departmentName ? ` of ${invitation.departmentName}` : ""}.
    </>
  );
  const user = invitation.hasAccount ? await getSessionUser() : null;
  return (
    <div className="mx-auto grid max-w-sm gap-6 py-8">
      <div className="grid gap-1">
        <h1 className="text-2xl font-semibold tracking-tight">Join {invitation.workspaceName}</h1>
        <p className="text-sm text-slate-700">
          {invitedAs}{" "}
          {!invitation.hasAccount ? (
            <>
              Your account will use <strong>{invitation.email}</strong>. Choose your name as colleagues will
              see it, and a password.
            </>
          ) : user?.email === invitation.email ? (
            <>You are signed in as {invitation.email}.</>
          ) : (
            <>
              <strong>{invitation.email}</strong> has a Throughline account already
              {user ? `, and you are signed in as ${user.email}` : ""}: sign in as {invitation.email}, and
              this page lets you join.
            </>
          )}
        </p>
      </div>
      {!invitation.hasAccount ? (
        <AcceptInvitationForm token={token} email={invitation.email} />
      ) : user?.email === invitation.email ? (
        <JoinInvitation token={token} workspaceName={invitation.workspaceName} />
      ) : user ? (
        <p className="text-sm text-slate-700">
          Sign out (top right), sign in as {invitation.email}, then open this link again.
        </p>
      ) : (
        <p>
          <Link
            href={`/sign-in?${new URLSearchParams({ callbackUrl: `/invite/${token}` })}`}
            className={BUTTON.large}
          >
            Sign in as {invitation.email}
          </Link>
        </p>
      )}
    </div>
  );
}
