import type { Metadata } from "next";
import { AddMemberForm } from "@/components/members/add-member-form";
import { InvitationList } from "@/components/members/invitation-list";
import { MemberTable } from "@/components/members/member-table";
import { Announcer } from "@/components/ui/announcer";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { can } from "@/lib/auth/policy";
import { getMembersPage } from "@/lib/members/queries";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const workspace = await requireWorkspacePage(slug);
  const { members, invitations, departments } = await getMembersPage({
    workspaceId: workspace.id,
    role: workspace.role,
  });
  const canManage = can(workspace.role, "members.manage");

  return (
    <Announcer>
      <div className="grid gap-8">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Members</h1>
          <p className="text-sm text-slate-600">
            Everyone who can see this workspace, and their role.{" "}
            {canManage
              ? "Add people by email: someone who already has an account joins at once; anyone else gets a one-time invitation link."
              : "CX leads add members and change roles."}
          </p>
        </div>
        {canManage ? (
          <section aria-labelledby="add-member" className="grid gap-3">
            <h2 id="add-member" className="text-lg font-semibold">
              Add a member
            </h2>
            <AddMemberForm workspaceId={workspace.id} departments={departments} />
          </section>
        ) : null}
        <section aria-labelledby="member-list" className="grid gap-3">
          <h2 id="member-list" className="text-lg font-semibold">
            {members.length === 1 ? "1 member" : `${members.length} members`}
          </h2>
          <MemberTable
            members={members}
            departments={departments}
            canManage={canManage}
            currentUserId={workspace.userId}
          />
        </section>
        {canManage ? (
          <section aria-labelledby="pending-invitations" className="grid gap-3">
            <h2 id="pending-invitations" className="text-lg font-semibold">
              Pending invitations
            </h2>
            <InvitationList invitations={invitations} />
          </section>
        ) : null}
      </div>
    </Announcer>
  );
}
