"use server";
// Importing a readings sheet from Settings: a preview (nothing written), then apply. Both run the same import
// (lib/outcomes/reading-import.ts) as POST /api/v1/readings; the preview only skips the writes. CX leads, and
// department heads for the touchpoints their department is Accountable for.
import { defineAction } from "../actions/define";
import { importReadingRows, type ReadingsImportOutcome } from "./reading-import";
import { parseReadingsSheet } from "./sheet-parse";
import { OUTCOME_IMPORT_TIMEOUT_MS, ZImportReadingsSheet } from "./sheet-schemas";

/** What importing the sheet would record and replace, or every problem in it. Parsed before the transaction. */
export const previewReadings = defineAction({
  schema: ZImportReadingsSheet,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "readings.record",
  timeoutMs: OUTCOME_IMPORT_TIMEOUT_MS,
  revalidate: false,
  prepare: ({ input }) => parseReadingsSheet(input.csv),
  run: async ({ tx, audit, actor, prepared }): Promise<ReadingsImportOutcome> =>
    importReadingRows({ tx, audit, actor }, prepared, { dryRun: true }),
});

/** Records the sheet's readings in one transaction, with one audit event; all or nothing. */
export const applyReadings = defineAction({
  schema: ZImportReadingsSheet,
  resource: (input) => ({ kind: "workspace", id: input.workspaceId }),
  permission: "readings.record",
  timeoutMs: OUTCOME_IMPORT_TIMEOUT_MS,
  prepare: ({ input }) => parseReadingsSheet(input.csv),
  run: async ({ tx, audit, actor, prepared }): Promise<ReadingsImportOutcome> =>
    importReadingRows({ tx, audit, actor }, prepared, { dryRun: false }),
});
