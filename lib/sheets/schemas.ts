// Inputs of the sheet actions and API queries, shared by the forms and the server.
import { z } from "zod";
import { ZWorkspaceParam } from "../api/schemas";
import { SHEET_LIMITS } from "./format";

export const ZSheetMode = z.enum(["merge", "replace"], { error: "Choose merge or replace." });

export const ZSheetText = z
  .string({ error: "Paste the sheet or choose a CSV file." })
  .min(1, { error: "Paste the sheet or choose a CSV file." })
  // Characters, a loose first cut; the parser checks the exact byte size.
  .max(SHEET_LIMITS.bytes, { error: `The sheet is larger than ${SHEET_LIMITS.bytes / 1024 / 1024} MB.` });

export const ZPreviewSheet = z.object({ workspaceId: z.uuid(), mode: ZSheetMode, csv: ZSheetText });
export type TPreviewSheet = z.input<typeof ZPreviewSheet>;

export const ZApplySheet = ZPreviewSheet.extend({
  fingerprint: z.string().regex(/^[0-9a-f]{32}$/, { error: "Preview the sheet before applying it." }),
});
export type TApplySheet = z.input<typeof ZApplySheet>;

export const ZExportQuery = z.strictObject({
  workspace: ZWorkspaceParam,
  journey: z.uuid({ error: "journey must be a journey id." }).optional().describe("Only this journey."),
  format: z
    .enum(["csv", "json"], { error: "format must be csv or json." })
    .optional()
    .meta({ description: "The answer's format.", default: "csv" }),
});

export const ZImportQuery = z.strictObject({
  workspace: ZWorkspaceParam,
  mode: ZSheetMode.optional().meta({
    description:
      "merge adds and updates what the sheet names; replace makes the map exactly the sheet (never deleting a department).",
    default: "merge",
  }),
  dryRun: z
    .enum(["0", "1", "true", "false"], { error: "dryRun must be 1 or 0." })
    .optional()
    .describe("1 (or true): answer the plan and write nothing."),
  /** Confirms a replace that removes the whole map or more than half of its touchpoints (lib/sheets/mass-removal.ts). */
  allowMassRemoval: z
    .enum(["0", "1", "true", "false"], { error: "allowMassRemoval must be 1 or 0." })
    .optional()
    .describe(
      "1 (or true) confirms a replace that removes the whole map (every journey) or more than half of its touchpoints; without it such a replace is 409. Not needed for a dry run.",
    ),
});
