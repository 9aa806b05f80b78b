// The targets and readings sheets (DESIGN.md, Interfaces): their columns and limits, and the zod schemas of
// /api/v1/targets and /api/v1/readings (query, body, answers) and of the Settings import actions. Shared by the
// server, the forms and the OpenAPI description.
import { z } from "zod";
import { ZWorkspaceParam } from "../api/schemas";
import { isMonth } from "./rules";
import { ZMonth, ZSampleSize, ZSource, ZValue } from "./target-schemas";

export const TARGET_COLUMNS = ["journey", "stage", "touchpoint", "measure", "target"] as const;
export const READING_COLUMNS = [
  "journey",
  "stage",
  "touchpoint",
  "measure",
  "month",
  "value",
  "sample_size",
  "source",
] as const;
/** A readings sheet may leave these out: every reading then has no sample size, or no source. */
export const OPTIONAL_READING_COLUMNS = ["sample_size", "source"] as const;
export const READING_FIELDS = [
  "journey",
  "stage",
  "touchpoint",
  "measure",
  "month",
  "value",
  "sampleSize",
  "source",
] as const;

/**
 * Refused beyond these. Generous enough for DESIGN.md's 50,000 readings in one request (about 3 MB of CSV, 7 MB
 * of JSON), bounded so one request cannot hold the server or its one transaction for long.
 */
export const TARGETS_CSV_DESCRIPTION = `UTF-8 CSV: a header ${TARGET_COLUMNS.join(",")} (any order and case) then one row per target; empty stage and touchpoint mean the journey's own target.`;
export const READINGS_CSV_DESCRIPTION = `UTF-8 CSV: a header ${READING_COLUMNS.join(",")} (sample_size and source optional; any order and case) then one row per reading; month is YYYY-MM; empty stage and touchpoint mean the journey's own reading.`;

export const OUTCOME_SHEET_LIMITS = { bytes: 8 * 1024 * 1024, rows: 60_000 } as const;
export const OUTCOME_SHEET_MB = OUTCOME_SHEET_LIMITS.bytes / 1024 / 1024;
/**
 * How long one import's transaction may run: 50,000 new readings take the embedded database several seconds of
 * CPU, and on a busy machine more than the default 20 s; refusing them then would be worse than the wait.
 */
export const OUTCOME_IMPORT_TIMEOUT_MS = 60_000;

export const TARGET_MEDIA_TYPES = ["text/csv"] as const;
export const READING_MEDIA_TYPES = ["text/csv", "application/json"] as const;

const ZFlag = z.enum(["0", "1", "true", "false"], { error: "dryRun must be 1 or 0." });

export function isOn(flag: z.infer<typeof ZFlag> | undefined): boolean {
  return flag === "1" || flag === "true";
}

/** GET and POST /api/v1/targets: the workspace alone. */
export const ZTargetsQuery = z.strictObject({ workspace: ZWorkspaceParam });

/** POST /api/v1/readings. */
export const ZReadingsImportQuery = z.strictObject({ workspace: ZWorkspaceParam, dryRun: ZFlag.optional() });

const ZMonthParam = (name: "from" | "to") =>
  z.string().refine(isMonth, { error: `${name} must be a month as YYYY-MM, like 2026-11.` });

/** GET /api/v1/readings: the months from and to (both included), CSV unless format=json. */
export const ZReadingsExportQuery = z
  .strictObject({
    workspace: ZWorkspaceParam,
    from: ZMonthParam("from").optional(),
    to: ZMonthParam("to").optional(),
    format: z.enum(["csv", "json"], { error: "format must be csv or json." }).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { error: "from must not be after to." });

/** A stage or touchpoint name in JSON: missing, null or blank means none (the journey's own reading). */
const ZOptionalName = z.preprocess(
  (value) => (value === null || value === undefined ? "" : value),
  z.string({ error: "Send a name as text, or null for the journey's own." }).trim(),
);

const ZRequiredName = (what: "journey" | "measure") =>
  z
    .string({ error: `The ${what} name is missing.` })
    .trim()
    .min(1, { error: `The ${what} name is missing.` });

/** Where a reading of the JSON body sits, and its measure: every other field is left as it is. */
export const ZReadingNames = z.object({
  journey: ZRequiredName("journey"),
  stage: ZOptionalName,
  touchpoint: ZOptionalName,
  measure: ZRequiredName("measure"),
});

/** One reading of POST /api/v1/readings's JSON body. Unknown fields are refused, so a typo is not dropped. */
export const ZReadingItem = z.strictObject({
  ...ZReadingNames.shape,
  month: ZMonth,
  value: ZValue,
  sampleSize: ZSampleSize,
  source: ZSource,
});
export type TReadingItem = z.input<typeof ZReadingItem>;

/** A reading as GET /api/v1/readings?format=json answers it, and as POST takes it back. */
export const ZReadingExport = z.object({
  journey: z.string(),
  stage: z.string().nullable(),
  touchpoint: z.string().nullable(),
  measure: z.string(),
  month: z.string(),
  value: z.number(),
  sampleSize: z.int().nullable(),
  source: z.string().nullable(),
});
export type TReadingExport = z.infer<typeof ZReadingExport>;

export const ZTargetsImportResult = z.object({
  created: z.int(),
  updated: z.int(),
  cleared: z.int(),
  unchanged: z.int(),
});
export type TTargetsImportResult = z.infer<typeof ZTargetsImportResult>;

export const ZReadingsImportResult = z.object({
  created: z.int(),
  replaced: z.int(),
  unchanged: z.int(),
  /** True when nothing was written (dryRun=1, or the Settings preview). */
  dryRun: z.boolean(),
});
export type TReadingsImportResult = z.infer<typeof ZReadingsImportResult>;

/** The Settings page's readings import: the preview and apply take the same sheet. */
export const ZImportReadingsSheet = z.object({
  workspaceId: z.uuid(),
  csv: z
    .string({ error: "Paste the sheet or choose a CSV file." })
    .min(1, { error: "Paste the sheet or choose a CSV file." })
    // Characters, a loose first cut; the parser checks the exact byte size.
    .max(OUTCOME_SHEET_LIMITS.bytes, { error: `The sheet is larger than ${OUTCOME_SHEET_MB} MB.` }),
});
export type TImportReadingsSheet = z.input<typeof ZImportReadingsSheet>;
