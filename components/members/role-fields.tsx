"use client";

import { useState } from "react";
import { INPUT } from "@/components/ui/field";
import type { MemberRole } from "@/lib/db/generated/enums";
import { ROLE_OPTIONS } from "@/lib/members/schemas";

type Props = {
  idPrefix: string;
  /** Accessible names, e.g. "Role" or "Role of Ada". */
  roleLabel: string;
  departmentLabel: string;
  departments: { id: string; name: string }[];
  defaultRole?: MemberRole;
  defaultDepartmentId?: string | null;
  errors?: { role?: string; departmentId?: string };
  /** Labels above the controls (forms) or visually hidden (table rows). */
  compact?: boolean;
};

/** A role, and for a department head the department they lead (shown only then, and required). */
export function RoleFields(props: Props) {
  const [role, setRole] = useState<MemberRole>(props.defaultRole ?? "VIEWER");
  const roleId = `${props.idPrefix}-role`;
  const departmentId = `${props.idPrefix}-department`;
  const labelClass = props.compact ? "sr-only" : "block text-sm font-medium text-slate-800";
  const errorId = (field: string) => `${props.idPrefix}-${field}-error`;
  return (
    <>
      <div className="min-w-0">
        <label htmlFor={roleId} className={labelClass}>
          {props.roleLabel}
        </label>
        <select
          id={roleId}
          name="role"
          value={role}
          onChange={(event) => setRole(event.target.value as MemberRole)}
          aria-invalid={props.errors?.role ? true : undefined}
          aria-describedby={props.errors?.role ? errorId("role") : undefined}
          className={INPUT}
        >
          {ROLE_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        {props.errors?.role ? (
          <p id={errorId("role")} className="mt-1 text-sm text-red-700">
            {props.errors.role}
          </p>
        ) : null}
      </div>
      {role === "DEPARTMENT_HEAD" ? (
        <div className="min-w-0">
          <label htmlFor={departmentId} className={labelClass}>
            {props.departmentLabel}
          </label>
          <select
            id={departmentId}
            name="departmentId"
            required
            defaultValue={props.defaultDepartmentId ?? ""}
            aria-invalid={props.errors?.departmentId ? true : undefined}
            aria-describedby={props.errors?.departmentId ? errorId("departmentId") : undefined}
            className={INPUT}
          >
            <option value="">Choose a department…</option>
            {props.departments.map((department) => (
              <option key={department.id} value={department.id}>
                {department.name}
              </option>
            ))}
          </select>
          {props.errors?.departmentId ? (
            <p id={errorId("departmentId")} className="mt-1 text-sm text-red-700">
              {props.errors.departmentId}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
