import { useId } from "react";
import { Cell, Table } from "@/components/ui/table";
import type { SheetError } from "@/lib/sheets/parse";

/** Every problem of a refused sheet, with the row and column a person finds it at in their spreadsheet. */
export function SheetProblems({ errors, errorCount }: { errors: SheetError[]; errorCount: number }) {
  // Settings may show two imports' problems at once (the RACI sheet's and the readings'): ids of their own.
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-red-200 bg-red-50 p-4">
      <h3 id={headingId} className="font-semibold text-red-900">
        {errorCount === 1 ? "1 problem" : `${errorCount} problems`} to fix before importing
      </h3>
      <p className="text-sm text-red-900">
        Nothing was imported. Fix these in the sheet and preview again.
        {errorCount > errors.length ? ` The first ${errors.length} are listed.` : ""}
      </p>
      <Table caption="Problems in the sheet" columns={["Row", "Column", "Problem"]} className="mt-3">
        {errors.map((e) => (
          <tr key={`${e.row}-${e.column}-${e.message}`}>
            <Cell className="tabular-nums">{e.row}</Cell>
            <Cell>{e.column ?? "—"}</Cell>
            <Cell>{e.message}</Cell>
          </tr>
        ))}
      </Table>
    </section>
  );
}
