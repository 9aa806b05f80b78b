"use client";

import { deleteDepartment } from "@/lib/structure/department-actions";
import { describeDepartmentImpact, formatCount } from "@/lib/structure/impact";
import type { StructureDepartment } from "@/lib/structure/queries";
import { DeleteButton } from "./delete-button";
import { DepartmentEditForm } from "./department-forms";
import { BUTTON } from "./form-controls";
import { useEditToggle } from "./use-edit-toggle";

export function DepartmentItem({
  department,
  canEdit,
}: {
  department: StructureDepartment;
  canEdit: boolean;
}) {
  const edit = useEditToggle();
  const { members } = department.impact;
  const blockedReason =
    members > 0
      ? `${formatCount(members, "member")} ${members === 1 ? "belongs" : "belong"} to ${department.name}. Move ${members === 1 ? "them" : "them all"} to another department before deleting it.`
      : undefined;

  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {edit.isEditing ? (
        <DepartmentEditForm department={department} onDone={edit.close} />
      ) : (
        <div className="flex items-start justify-between gap-3">
          <div className="flex min-w-0 flex-1 items-start gap-3">
            <span
              aria-hidden="true"
              className="mt-1 size-5 shrink-0 rounded border border-slate-300"
              style={{ backgroundColor: department.color }}
            />
            <div className="min-w-0">
              <h3 className="font-medium text-slate-900">{department.name}</h3>
              <p className="text-xs text-slate-600">
                Colour {department.color} · {formatCount(department.impact.assignments, "role")}
              </p>
              {department.description ? (
                <p className="mt-1 text-sm text-slate-700">{department.description}</p>
              ) : null}
            </div>
          </div>
          {canEdit ? (
            <div className="flex shrink-0 gap-2">
              <button
                ref={edit.editButtonRef}
                type="button"
                onClick={edit.open}
                aria-label={`Edit ${department.name}`}
                className={BUTTON.small}
              >
                Edit
              </button>
              <DeleteButton
                what={`department “${department.name}”`}
                name={department.name}
                alsoDeletes={describeDepartmentImpact(department.impact)}
                blockedReason={blockedReason}
                remove={() => deleteDepartment({ id: department.id })}
                focusAfterId="departments-heading"
              />
            </div>
          ) : null}
        </div>
      )}
    </li>
  );
}
