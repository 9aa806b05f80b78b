"use client";

import type { ReactNode } from "react";
import { BUTTON } from "@/components/ui/button";
import { DeleteButton, type DeleteButtonProps } from "./delete-button";
import { MoveButtons, type MoveButtonsProps } from "./move-buttons";
import { useEditToggle } from "./use-edit-toggle";

type Props = {
  name: string;
  canEdit: boolean;
  /** The item's details, laid out beside its Edit and Delete buttons. */
  children: ReactNode;
  /** The form shown in place of the details while editing; `onDone` puts the details back. */
  editForm: (onDone: () => void) => ReactNode;
  deletion: Omit<DeleteButtonProps, "name">;
  /** Its place in the list and how to move it, for the Move up / Move down buttons. */
  reorder: Omit<MoveButtonsProps, "name">;
};

/** A department or journey in its list: its details with Move, Edit and Delete, or its edit form in place. */
export function EditableItem({ name, canEdit, children, editForm, deletion, reorder }: Props) {
  const edit = useEditToggle();
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      {edit.isEditing ? (
        editForm(edit.close)
      ) : (
        <div className="flex flex-wrap items-start justify-between gap-3">
          {children}
          {canEdit ? (
            <div className="flex shrink-0 flex-wrap items-center gap-2">
              <MoveButtons name={name} {...reorder} />
              <button
                ref={edit.editButtonRef}
                type="button"
                onClick={edit.open}
                aria-label={`Edit ${name}`}
                className={BUTTON.small}
              >
                Edit
              </button>
              <DeleteButton name={name} {...deletion} />
            </div>
          ) : null}
        </div>
      )}
    </li>
  );
}
