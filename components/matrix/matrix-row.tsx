"use client";

import Link from "next/link";
import { memo } from "react";
import { StatusBadge } from "@/components/ui/status-badge";
import type { MatrixDepartment } from "@/lib/matrix/queries";
import type { RaciRole, TouchpointOwnership } from "@/lib/ownership";
import { OwnerCell } from "./owner-cell";
import { RolePicker } from "./role-picker";
import { ROLE_NAMES, ROLE_STYLES, type RoleMap } from "./roles";

export type EditorRow = {
  id: string;
  name: string;
  description: string | null;
  channelLabel: string;
  roles: RoleMap;
  ownership: TouchpointOwnership;
};

type Props = {
  row: EditorRow;
  rowIndex: number;
  departments: readonly MatrixDepartment[];
  names: ReadonlyMap<string, string>;
  /** Column of the active cell when it is in this row, else -1: other rows skip re-rendering. */
  activeColumn: number;
  isPickerOpen: boolean;
  canEdit: boolean;
  touchpointPath: string;
  onPick: (row: EditorRow, departmentId: string, role: RaciRole | null) => void;
  onClosePicker: () => void;
};

export const MatrixRow = memo(function MatrixRow(props: Props) {
  const { row, departments } = props;
  return (
    <tr className="hover:bg-slate-50">
      <th
        scope="row"
        className="sticky left-0 z-10 border-b border-slate-100 bg-white px-3 py-2 text-left font-normal"
      >
        <Link href={`${props.touchpointPath}/${row.id}`} className="font-medium hover:underline">
          {row.name}
        </Link>
        {row.description ? (
          <span className="block max-w-64 truncate text-xs text-slate-500" title={row.description}>
            {row.description}
          </span>
        ) : null}
      </th>
      <td className="whitespace-nowrap border-b border-slate-100 px-3 py-2 text-slate-700">
        {row.channelLabel}
      </td>
      <td className="border-b border-slate-100 px-3 py-2">
        <StatusBadge status={row.ownership.status} />
      </td>
      <td className="border-b border-slate-100 px-3 py-2">
        <OwnerCell ownership={row.ownership} names={props.names} />
      </td>
      {departments.map((department, column) => {
        const role = row.roles[department.id];
        const isActive = props.activeColumn === column;
        const label = `${department.name} on ${row.name}: ${role ? ROLE_NAMES[role] : "no role"}`;
        return (
          <td
            key={department.id}
            // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: cells of the WAI-ARIA data grid pattern
            role="gridcell"
            tabIndex={isActive ? 0 : -1}
            data-row={props.rowIndex}
            data-col={column}
            aria-label={label}
            aria-haspopup={props.canEdit ? "menu" : undefined}
            className="relative cursor-pointer border-b border-slate-100 px-1 py-1 text-center focus-visible:bg-blue-50"
          >
            {role ? (
              <span
                aria-hidden="true"
                className={`inline-block w-7 rounded py-0.5 font-semibold ${ROLE_STYLES[role]}`}
              >
                {role}
              </span>
            ) : null}
            {isActive && props.isPickerOpen ? (
              <RolePicker
                label={`Role of ${department.name} on ${row.name}`}
                current={role}
                onPick={(picked) => props.onPick(row, department.id, picked)}
                onClose={props.onClosePicker}
              />
            ) : null}
          </td>
        );
      })}
    </tr>
  );
});
