import type { ReactNode } from "react";

// No "use client": the claims and members pages render their tables on the server.

/** A column's header; a hidden one (an actions column) is read by screen readers but not shown. */
export type Column = string | { label: string; isHidden: true };

type TableProps = {
  /** Names the table for screen readers; not shown. */
  caption: string;
  columns: readonly Column[];
  /** The body: one `<tr>` of `Cell`s (and an optional `RowHeader`) per row. */
  children: ReactNode;
  /** A bordered card with a shaded header row, for a table that stands on its own on a page. */
  isFramed?: boolean;
  /** Classes for the scrolling box around the table, e.g. a margin. */
  className?: string;
};

const HEAD = "px-3 py-2 font-medium";
const CELL = "px-3 py-2 align-top";

/** A captioned table with one header row and hairlines between rows; wide tables scroll sideways. */
export function Table({ caption, columns, children, isFramed = false, className }: TableProps) {
  const box = ["overflow-x-auto bg-white", isFramed ? "rounded-lg border border-slate-200" : null, className];
  return (
    <div className={box.filter(Boolean).join(" ")}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead
          className={
            isFramed
              ? "border-b border-slate-200 bg-slate-50 text-slate-700"
              : "border-b border-slate-200 text-slate-700"
          }
        >
          <tr>
            {columns.map((column) =>
              typeof column === "string" ? (
                <th key={column} scope="col" className={HEAD}>
                  {column}
                </th>
              ) : (
                <th key={column.label} scope="col" className={HEAD}>
                  <span className="sr-only">{column.label}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{children}</tbody>
      </table>
    </div>
  );
}

export function Cell({ children, className }: { children: ReactNode; className?: string }) {
  return <td className={className ? `${CELL} ${className}` : CELL}>{children}</td>;
}

/** The cell that names its row (a member's name): screen readers announce it with each cell of the row. */
export function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className={`${CELL} font-medium text-slate-900`}>
      {children}
    </th>
  );
}
