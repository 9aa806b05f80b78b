"use client";

import { useId, useState, useTransition } from "react";
import { SheetCheck, SheetTextArea } from "@/components/sheets/sheet-entry";
import { BUTTON } from "@/components/ui/button";
import type { ReadingsImportOutcome } from "@/lib/outcomes/reading-import";
import { applyReadings, previewReadings } from "@/lib/outcomes/sheet-actions";
import { OUTCOME_SHEET_LIMITS, OUTCOME_SHEET_MB, READING_COLUMNS } from "@/lib/outcomes/sheet-schemas";

type Previewed = { outcome: ReadingsImportOutcome; csv: string };
const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** What an import would do, or did: new, replaced and unchanged readings. */
function Counts({ created, replaced, unchanged }: { created: number; replaced: number; unchanged: number }) {
  return (
    <dl className="grid grid-cols-3 gap-x-6 text-sm sm:max-w-md">
      {(
        [
          ["New", created],
          ["Replaced", replaced],
          ["Unchanged", unchanged],
        ] as const
      ).map(([name, n]) => (
        <div key={name} className="flex justify-between gap-2 border-b border-slate-100 py-1">
          <dt>{name}</dt>
          <dd className="font-semibold tabular-nums">{n.toLocaleString("en")}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Upload or paste a readings sheet → preview (problems, or what it would record) → apply. The same import as
 * POST /api/v1/readings: all or nothing, a reading sent again replaces it.
 */
export function ReadingsImport({ workspaceId }: { workspaceId: string }) {
  const [csv, setCsv] = useState("");
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [applied, setApplied] = useState<ReadingsImportOutcome | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const [fileId, textId, errorId] = [useId(), useId(), useId()];

  function reset(next: string) {
    setCsv(next);
    setPreviewed(null);
    setApplied(null);
    setFormError(null);
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > OUTCOME_SHEET_LIMITS.bytes) {
      reset("");
      setFormError(`The file is larger than ${OUTCOME_SHEET_MB} MB. Split it, for example by month.`);
      return;
    }
    // Decoded strictly here: file.text() would silently turn a non-UTF-8 export into replacement characters.
    try {
      reset(new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer()));
    } catch {
      reset("");
      setFormError("The file is not UTF-8 text. Save the sheet as CSV (UTF-8) and try again.");
    }
  }

  function preview() {
    if (csv.trim() === "") {
      setFormError("Choose a CSV file or paste the readings first.");
      return;
    }
    const sent = csv;
    startTransition(async () => {
      const result = await previewReadings({ workspaceId, csv: sent });
      if (!result.ok) return setFormError(result.formError);
      setFormError(null);
      setApplied(null);
      setPreviewed({ outcome: result.data, csv: sent });
    });
  }

  function apply() {
    if (!previewed?.outcome.ok) return;
    const sent = previewed.csv;
    startTransition(async () => {
      const result = await applyReadings({ workspaceId, csv: sent });
      if (!result.ok) return setFormError(result.formError);
      // Refused now (the map or an owner changed since the preview): its problems replace the preview.
      if (!result.data.ok) return setPreviewed({ outcome: result.data, csv: sent });
      setPreviewed(null);
      setApplied(result.data);
    });
  }

  const plan = previewed?.outcome.ok ? previewed.outcome : null;
  const writes = plan ? plan.created + plan.replaced : 0;
  return (
    <div className="grid gap-4">
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
            Readings CSV file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => void readFile(e.target.files?.[0])}
            className="mt-1 block w-full text-sm"
          />
        </div>
        <SheetTextArea
          id={textId}
          label="Or paste the readings"
          rows={6}
          value={csv}
          onChange={reset}
          placeholder={READING_COLUMNS.join(",")}
          errorId={formError ? errorId : null}
        />
      </div>
      <SheetCheck
        formError={formError}
        errorId={errorId}
        onPreview={preview}
        isPending={isPending}
        isChecking={isPending && !previewed}
        label="Preview readings"
        checkingLabel="Checking the readings…"
        problems={previewed && !previewed.outcome.ok ? previewed.outcome : null}
      />
      {plan ? (
        <section
          aria-label="Readings preview"
          className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4"
        >
          <h3 className="font-semibold">Preview</h3>
          <Counts {...plan} />
          {writes === 0 ? (
            <p className="text-sm text-slate-700">
              Every reading is already recorded as sent: importing changes nothing.
            </p>
          ) : (
            <div>
              <button type="button" disabled={isPending} onClick={apply} className={BUTTON.primary}>
                {isPending ? "Importing…" : `Import ${plural(writes, "reading")}`}
              </button>
            </div>
          )}
        </section>
      ) : null}
      {applied?.ok ? (
        <div
          role="status"
          className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900"
        >
          <p className="font-semibold">Imported.</p>
          <p>
            {plural(applied.created, "new reading")} recorded, {applied.replaced.toLocaleString("en")}{" "}
            replaced, {applied.unchanged.toLocaleString("en")} unchanged. The touchpoint and journey pages and
            the dashboard show them now.
          </p>
        </div>
      ) : null}
    </div>
  );
}
