"use client";

import { useId, useRef, useState, useTransition } from "react";
import { BUTTON } from "@/components/ui/button";
import Link from "@/components/ui/link";
import { applySheet, previewSheet } from "@/lib/sheets/actions";
import type { ImportOutcome } from "@/lib/sheets/apply";
import { SHEET_LIMITS } from "@/lib/sheets/format";
import type { SheetMode } from "@/lib/sheets/plan";
import { SheetCheck, SheetTextArea } from "./sheet-entry";
import { SheetPlan } from "./sheet-plan";

type Previewed = { outcome: ImportOutcome; csv: string; mode: SheetMode };
/** Upload or paste → preview (problems or plan) → apply, with a confirmation before replace. CX leads only. */
export function SheetImport({ workspaceId, slug }: { workspaceId: string; slug: string }) {
  const [csv, setCsv] = useState("");
  const [mode, setMode] = useState<SheetMode>("merge");
  const [previewed, setPreviewed] = useState<Previewed | null>(null);
  const [applied, setApplied] = useState<ImportOutcome | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const errorId = useId();
  const dialogTitleId = useId();

  function reset(next: { csv?: string; mode?: SheetMode }) {
    if (next.csv !== undefined) setCsv(next.csv);
    if (next.mode !== undefined) setMode(next.mode);
    setPreviewed(null);
    setApplied(null);
    setFormError(null);
  }

  async function readFile(file: File | undefined) {
    if (!file) return;
    if (file.size > SHEET_LIMITS.bytes) {
      reset({ csv: "" });
      setFormError(
        `The file is larger than ${SHEET_LIMITS.bytes / 1024 / 1024} MB. Split it, or import one journey at a time.`,
      );
      return;
    }
    // Decoded strictly here: file.text() would silently turn a non-UTF-8 export into replacement characters.
    try {
      reset({ csv: new TextDecoder("utf-8", { fatal: true }).decode(await file.arrayBuffer()) });
    } catch {
      reset({ csv: "" });
      setFormError("The file is not UTF-8 text. Save the sheet as CSV (UTF-8) and try again.");
    }
  }

  function preview() {
    if (csv.trim() === "") {
      setFormError("Choose a CSV file or paste the sheet first.");
      return;
    }
    const sent = { csv, mode };
    startTransition(async () => {
      const result = await previewSheet({ workspaceId, ...sent });
      if (!result.ok) return setFormError(result.formError);
      setFormError(null);
      setPreviewed({ outcome: result.data, ...sent });
    });
  }

  function apply() {
    if (!previewed?.outcome.ok) return;
    const { fingerprint } = previewed.outcome;
    startTransition(async () => {
      const result = await applySheet({ workspaceId, csv: previewed.csv, mode: previewed.mode, fingerprint });
      dialogRef.current?.close();
      if (!result.ok) {
        setFormError(result.formError);
        if (result.code === "conflict") setPreviewed(null);
        return;
      }
      setPreviewed(null);
      setApplied(result.data);
    });
  }

  const plan = previewed?.outcome.ok ? previewed.outcome : null;
  return (
    <div className="grid gap-4">
      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="sheet-file" className="block text-sm font-medium text-slate-800">
            CSV file
          </label>
          <input
            id="sheet-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(e) => void readFile(e.target.files?.[0])}
            className="mt-1 block w-full text-sm"
          />
          <fieldset className="mt-4">
            <legend className="text-sm font-medium text-slate-800">Mode</legend>
            <label className="mt-1 flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="mode"
                value="merge"
                checked={mode === "merge"}
                onChange={() => reset({ mode: "merge" })}
              />
              <span>
                <strong>Merge</strong>: add and update what the sheet names; keep everything else.
              </span>
            </label>
            <label className="mt-1 flex items-start gap-2 text-sm">
              <input
                type="radio"
                name="mode"
                value="replace"
                checked={mode === "replace"}
                onChange={() => reset({ mode: "replace" })}
              />
              <span>
                <strong>Replace</strong>: the map becomes exactly the sheet. Journeys, stages and touchpoints
                it does not name are deleted; departments are kept.
              </span>
            </label>
          </fieldset>
        </div>
        <SheetTextArea
          id="sheet-text"
          label="Or paste the sheet"
          rows={8}
          value={csv}
          onChange={(value) => reset({ csv: value })}
          placeholder={"journey,stage,touchpoint,channel,Sales,Billing"}
          errorId={formError ? errorId : null}
        />
      </div>
      <SheetCheck
        formError={formError}
        errorId={errorId}
        onPreview={preview}
        isPending={isPending}
        isChecking={isPending && !previewed}
        label="Preview import"
        checkingLabel="Checking the sheet…"
        problems={previewed && !previewed.outcome.ok ? previewed.outcome : null}
      />
      {plan ? (
        <div className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4">
          <SheetPlan summary={plan.summary} />
          <div>
            <button
              type="button"
              disabled={isPending}
              onClick={() => (previewed?.mode === "replace" ? dialogRef.current?.showModal() : apply())}
              className={previewed?.mode === "replace" ? BUTTON.danger : BUTTON.primary}
            >
              {isPending ? "Importing…" : previewed?.mode === "replace" ? "Replace the map…" : "Apply import"}
            </button>
          </div>
        </div>
      ) : null}
      {applied?.ok ? (
        <div
          role="status"
          className="rounded-lg border border-emerald-200 bg-emerald-50 p-4 text-sm text-emerald-900"
        >
          <p className="font-semibold">Imported.</p>
          <p>
            {applied.summary.counts.touchpointsCreated} touchpoints created,{" "}
            {applied.summary.counts.touchpointsChanged} changed, {applied.summary.counts.touchpointsRemoved}{" "}
            removed; {applied.summary.counts.rolesSet} roles set.{" "}
            <Link href={`/w/${slug}`} className="underline">
              See the journeys
            </Link>{" "}
            or{" "}
            <Link href={`/w/${slug}/dashboard`} className="underline">
              the dashboard
            </Link>
            .
          </p>
        </div>
      ) : null}
      <dialog
        ref={dialogRef}
        aria-labelledby={dialogTitleId}
        className="m-auto w-full max-w-md rounded-lg border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={dialogTitleId} className="text-lg font-semibold">
          Replace the whole map?
        </h2>
        <p className="mt-2 text-sm text-slate-700">
          {plan
            ? `${plan.summary.counts.journeysRemoved} journeys, ${plan.summary.counts.stagesRemoved} stages and ${plan.summary.counts.touchpointsRemoved} touchpoints will be deleted, with their roles, claims and comments. This cannot be undone.`
            : null}
        </p>
        <div className="mt-4 flex justify-end gap-2">
          <button type="button" onClick={() => dialogRef.current?.close()} className={BUTTON.secondary}>
            Cancel
          </button>
          <button type="button" onClick={apply} disabled={isPending} className={BUTTON.danger}>
            {isPending ? "Replacing…" : "Replace the map"}
          </button>
        </div>
      </dialog>
    </div>
  );
}
