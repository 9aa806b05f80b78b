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
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Members of this workspace</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">
              Name
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Email
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Role
            </th>
            <th scope="col" className="px-4 py-2 font-medium">
              Department
            </th>
            {canManage ? (
              <th scope="col" className="px-4 py-2 font-medium">
                Change
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {members.map((member) => (
            <tr key={member.membershipId} className="align-top">
              <th scope="row" className="px-4 py-2 font-medium text-slate-900">
                {member.name}
                {member.userId === currentUserId ? <span className="ml-1 text-slate-600">(you)</span> : null}
              </th>
              <td className="px-4 py-2 text-slate-700">{member.email}</td>
              <td className="px-4 py-2 text-slate-700">{ROLE_LABELS[member.role]}</td>
              <td className="px-4 py-2 text-slate-700">{member.department?.name ?? "—"}</td>
              {canManage ? (
                <td className="px-4 py-2">
                  <MemberControls
                    member={member}
                    departments={departments}
                    isSelf={member.userId === currentUserId}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
