// Inputs of the target and reading actions. A scope is a touchpoint or a journey itself.
import { z } from "zod";
import { isMonth } from "./rules";

export const ZScope = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("touchpoint"), id: z.uuid({ error: "Unknown touchpoint." }) }),
  z.object({ kind: z.literal("journey"), id: z.uuid({ error: "Unknown journey." }) }),
]);
export type TScope = z.infer<typeof ZScope>;

/** A number typed into a form ("4.2") or sent as JSON; empty, "4,2" or "abc" is not one. */
export const ZValue = z.preprocess(
  (value) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value.trim())) : value),
  z
    .number({ error: "Enter a number, like 4.2." })
    .refine(Number.isFinite, { error: "Enter a number, like 4.2." }),
);

export const SOURCE_MAX = 120;

export const ZSetTarget = z.object({
  scope: ZScope,
  measureId: z.uuid({ error: "Choose a measure." }),
  value: ZValue,
});

export const ZClearTarget = z.object({
  scope: ZScope,
  measureId: z.uuid({ error: "Choose a measure." }),
});

export const ZMonth = z
  .string({ error: "Enter a month as YYYY-MM." })
  .trim()
  .refine(isMonth, { error: "Enter a month as YYYY-MM, like 2026-11." });

/** A reading's optional number of responses: empty or null means none. */
export const ZSampleSize = z.preprocess(
  (value) => (value === "" || value === null ? undefined : value),
  z.coerce
    .number({ error: "Enter the number of responses, or leave it empty." })
    .int({ error: "The sample size is a whole number." })
    .min(1, { error: "The sample size is at least 1." })
    .max(100_000_000, { error: "That sample size is too large." })
    .optional(),
);

/** A reading's optional source label: blank or null means none. */
export const ZSource = z.preprocess(
  (value) => (value === null || (typeof value === "string" && value.trim() === "") ? undefined : value),
  z
    .string({ error: "The source is text." })
    .trim()
    .max(SOURCE_MAX, { error: `Keep the source under ${SOURCE_MAX} characters.` })
    .optional(),
);

export const ZRecordReading = z.object({
  scope: ZScope,
  measureId: z.uuid({ error: "Choose a measure." }),
  month: ZMonth,
  value: ZValue,
  sampleSize: ZSampleSize,
  source: ZSource,
});
export type TRecordReading = z.infer<typeof ZRecordReading>;
