import { Cell, RowHeader, Table } from "@/components/ui/table";
import type { MemberRow } from "@/lib/members/queries";
import { ROLE_LABELS } from "@/lib/members/schemas";
import { MemberControls } from "./member-controls";

type Props = {
  members: MemberRow[];
  departments: { id: string; name: string }[];
  canManage: boolean;
  currentUserId: string;
};

/** Every member with their role (and a head's department); CX leads get controls on each row. */
export function MemberTable({ members, departments, canManage, currentUserId }: Props) {
  return (
    <Table
      caption="Members of this workspace"
      columns={["Name", "Email", "Role", "Department", ...(canManage ? ["Change"] : [])]}
      isFramed
    >
      {members.map((member) => (
        <tr key={member.membershipId}>
          <RowHeader>
            {member.name}
            {member.userId === currentUserId ? <span className="ml-1 text-slate-600">(you)</span> : null}
          </RowHeader>
          <Cell className="text-slate-700">{member.email}</Cell>
          <Cell className="text-slate-700">{ROLE_LABELS[member.role]}</Cell>
          <Cell className="text-slate-700">{member.department?.name ?? "—"}</Cell>
          {canManage ? (
            <Cell>
              <MemberControls
                member={member}
                departments={departments}
                isSelf={member.userId === currentUserId}
              />
            </Cell>
          ) : null}
        </tr>
      ))}
    </Table>
  );
}
