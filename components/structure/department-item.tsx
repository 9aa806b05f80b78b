"use client";

import { HeadlessFlag } from "@/components/ui/headless-flag";
import { deleteDepartment, reorderDepartment } from "@/lib/structure/actions";
import { describeDepartmentImpact, formatCount } from "@/lib/structure/impact";
import type { StructureDepartment } from "@/lib/structure/queries";
import { DepartmentEditForm } from "./department-forms";
import { EditableItem } from "./editable-item";

type Props = {
  department: StructureDepartment;
  /** Its place among the workspace's departments, which is the matrix's column order. */
  index: number;
  count: number;
  canEdit: boolean;
};

export function DepartmentItem({ department, index, count, canEdit }: Props) {
  const { members } = department.impact;
  const blockedReason =
    members > 0
      ? `${formatCount(members, "member")} ${members === 1 ? "belongs" : "belong"} to ${department.name}. Move ${members === 1 ? "them" : "them all"} to another department before deleting it.`
      : undefined;

  return (
    <EditableItem
      name={department.name}
      canEdit={canEdit}
      editForm={(onDone) => <DepartmentEditForm department={department} onDone={onDone} />}
      deletion={{
        what: `department “${department.name}”`,
        alsoDeletes: describeDepartmentImpact(department.impact),
        blockedReason,
        remove: () => deleteDepartment({ id: department.id }),
        focusAfterId: "departments-heading",
      }}
      reorder={{
        kind: "department",
        index,
        count,
        move: (toIndex) => reorderDepartment({ id: department.id, toIndex }),
      }}
    >
      <div className="flex min-w-48 flex-1 items-start gap-3">
        <span
          aria-hidden="true"
          className="mt-1 size-5 shrink-0 rounded border border-slate-300"
          style={{ backgroundColor: department.color }}
        />
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <h3 className="font-medium text-slate-900">{department.name}</h3>
            {department.heads === 0 ? <HeadlessFlag accountable={department.accountable} /> : null}
          </div>
          <p className="text-xs text-slate-600">
            Colour {department.color} · {formatCount(department.impact.assignments, "role")}
          </p>
          {department.description ? (
            <p className="mt-1 text-sm text-slate-700">{department.description}</p>
          ) : null}
        </div>
      </div>
    </EditableItem>
  );
}
