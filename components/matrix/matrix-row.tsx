"use client";

import { memo } from "react";
import Link from "@/components/ui/link";
import { StaleFlag } from "@/components/ui/stale-flag";
import { StatusBadge } from "@/components/ui/status-badge";
import type { MatrixDepartment, MatrixOutcome } from "@/lib/matrix/queries";
import type { RaciRole, TouchpointOwnership } from "@/lib/ownership";
import { OutcomeCell } from "./outcome-cell";
import { OwnerCell } from "./owner-cell";
import { RolePicker } from "./role-picker";
import { ROLE_NAMES, type RoleMap } from "./roles";

export type EditorRow = {
  id: string;
  name: string;
  description: string | null;
  channelLabel: string;
  roles: RoleMap;
  ownership: TouchpointOwnership;
  /** Null when the touchpoint has no target. */
  outcome: MatrixOutcome | null;
  /** ISO; when its A last changed hands or was confirmed. */
  confirmedAt: string | null;
  /** Owned and not confirmed within the cadence: a flag beside the status. */
  isStale: boolean;
};

type Props = {
  row: EditorRow;
  rowIndex: number;
  departments: readonly MatrixDepartment[];
  names: ReadonlyMap<string, string>;
  /** The workspace's verification cadence, for the stale flag's words. */
  cadenceDays: number;
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
        <span className="flex flex-wrap items-center gap-1">
          <StatusBadge status={row.ownership.status} />
          {row.isStale ? <StaleFlag confirmedAt={row.confirmedAt} cadenceDays={props.cadenceDays} /> : null}
        </span>
      </td>
      <td className="border-b border-slate-100 px-3 py-2">
        <OwnerCell ownership={row.ownership} names={props.names} />
      </td>
      {/* Not a data-row cell: the arrow keys move over the department cells only, as past status and owner. */}
      <td className="border-b border-slate-100 px-3 py-2">
        <OutcomeCell
          outcome={row.outcome}
          touchpointName={row.name}
          href={`${props.touchpointPath}/${row.id}#outcomes-heading`}
        />
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
            // One short class per cell (app/globals.css): a 200 × 40 matrix has 8,000 of them.
            className="raci-cell"
          >
            {role ? (
              <span aria-hidden="true" className={`raci-${role}`}>
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
