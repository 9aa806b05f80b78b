"use client";
import { useState } from "react";

const TH = "px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600";

/** A column of a chart's table; the first column heads each row. `title` explains an abbreviated label. */
export type ChartTableColumn = { label: string; title?: string };
export type ChartTableRow = { key: string; cells: (string | number)[] };

/**
 * A chart's numbers as a table, behind a disclosure. The rows render when it is opened: a chart with a point per
 * day or a bar per department would otherwise put hundreds of rows nobody asked for into every dashboard load.
 */
export function ChartTable(props: { caption: string; columns: ChartTableColumn[]; rows: ChartTableRow[] }) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className="text-sm" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-blue-800">Show the numbers as a table</summary>
      {isOpen ? (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full">
            <caption className="sr-only">{props.caption}</caption>
            <thead className="border-b border-slate-200">
              <tr>
                {props.columns.map((column, index) => (
                  <th
                    key={column.label}
                    scope="col"
                    className={`${TH} ${index === 0 ? "text-left" : "text-right"}`}
                  >
                    {column.title ? (
                      <abbr title={column.title} className="no-underline">
                        {column.label}
                      </abbr>
                    ) : (
                      column.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 tabular-nums">
              {props.rows.map(({ key, cells: [head, ...cells] }) => (
                <tr key={key}>
                  <th scope="row" className="px-3 py-1 text-left font-normal">
                    {head}
                  </th>
                  {cells.map((cell, index) => (
                    // Cells of a row are positional: the column is their identity.
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above
                    <td key={index} className="px-3 py-1 text-right">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
