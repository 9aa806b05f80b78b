import type { SheetError } from "@/lib/sheets/parse";

/** Every problem of a refused sheet, with the row and column a person finds it at in their spreadsheet. */
export function SheetProblems({ errors, errorCount }: { errors: SheetError[]; errorCount: number }) {
  return (
    <section aria-labelledby="sheet-problems" className="rounded-lg border border-red-200 bg-red-50 p-4">
      <h3 id="sheet-problems" className="font-semibold text-red-900">
        {errorCount === 1 ? "1 problem" : `${errorCount} problems`} to fix before importing
      </h3>
      <p className="text-sm text-red-900">
        Nothing was imported. Fix these in the sheet and preview again.
        {errorCount > errors.length ? ` The first ${errors.length} are listed.` : ""}
      </p>
      <table className="mt-3 w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Problems in the sheet</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="px-2 py-1">
              Row
            </th>
            <th scope="col" className="px-2 py-1">
              Column
            </th>
            <th scope="col" className="px-2 py-1">
              Problem
            </th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e) => (
            <tr key={`${e.row}-${e.column}-${e.message}`} className="border-b border-slate-100 align-top">
              <td className="px-2 py-1 tabular-nums">{e.row}</td>
              <td className="px-2 py-1">{e.column ?? "—"}</td>
              <td className="px-2 py-1">{e.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
