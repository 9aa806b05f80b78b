"use client";

import { createDepartment, updateDepartment } from "@/lib/structure/actions";
import type { StructureDepartment } from "@/lib/structure/queries";
import { StructureForm } from "./structure-form";

export function DepartmentCreateForm({ workspaceId }: { workspaceId: string }) {
  return (
    <StructureForm
      idPrefix="new-department"
      title="New department"
      fields={["name", "color", "description"]}
      labels={{ name: "Department name" }}
      initial={{ color: "#334155" }}
      submitLabel="Add department"
      pendingLabel="Adding…"
      resetOnSuccess
      submit={(v) =>
        createDepartment({
          workspaceId,
          name: v.name ?? "",
          color: v.color ?? "",
          description: v.description,
        })
      }
      successMessage={(v) => `Added department ${v.name?.trim()}.`}
    />
  );
}

export function DepartmentEditForm(props: { department: StructureDepartment; onDone: () => void }) {
  const { department } = props;
  return (
    <StructureForm
      idPrefix={`department-${department.id}`}
      title={`Edit ${department.name}`}
      fields={["name", "color", "description"]}
      initial={{ name: department.name, color: department.color, description: department.description ?? "" }}
      submitLabel="Save"
      pendingLabel="Saving…"
      submit={(v) =>
        updateDepartment({ id: department.id, name: v.name, color: v.color, description: v.description })
      }
      successMessage={(v) => `Saved department ${v.name?.trim()}.`}
      onSuccess={props.onDone}
      onCancel={props.onDone}
    />
  );
}
