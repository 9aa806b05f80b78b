// Inputs of the measure actions and of POST /api/v1/measures, shared by the forms and the server so both speak
// the same rules (DESIGN.md, Customer outcomes: a score has its own scale min..max; the other kinds have theirs).
import { z } from "zod";
import { ZWorkspaceParam } from "../api/schemas";
import { MEASURE_DIRECTIONS, MEASURE_KINDS, type MeasureDirection, type MeasureKind } from "./rules";

export const MEASURE_NAME_MAX = 80;
export const MEASURE_UNIT_MAX = 40;
/** How many measures one POST /api/v1/measures may send, and its body's size. */
export const MEASURE_IMPORT_LIMITS = { rows: 500, bytes: 256 * 1024 } as const;

const ZId = z.uuid({ error: "That id is not valid." });

export const ZMeasureName = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, { error: "Enter a name." })
  .max(MEASURE_NAME_MAX, { error: `Keep the name to ${MEASURE_NAME_MAX} characters or fewer.` });

/** Blank means no unit, stored as "". */
export const ZMeasureUnit = z
  .string({ error: "The unit must be text." })
  .trim()
  .max(MEASURE_UNIT_MAX, { error: `Keep the unit to ${MEASURE_UNIT_MAX} characters or fewer.` });

export const ZMeasureKind = z.enum(MEASURE_KINDS, { error: "Choose a kind: score, percent, NPS or count." });
export const ZMeasureDirection = z.enum(MEASURE_DIRECTIONS, {
  error: "Choose whether higher or lower is better.",
});

// zod 4's number() refuses NaN and the infinities, so a scale is always finite.
const ZScaleValue = (which: "lowest" | "highest") =>
  z.number({ error: `Enter the ${which} value of the scale as a number.` });

type ScaleFields = { kind: MeasureKind; min?: number | null; max?: number | null };

/** A score needs min < max; the other kinds have their scale by kind, so sending one is a mistake. */
function checkScale(value: ScaleFields, ctx: z.RefinementCtx): void {
  const { kind, min, max } = value;
  if (kind !== "SCORE") {
    for (const key of ["min", "max"] as const)
      if (value[key] !== undefined && value[key] !== null)
        ctx.addIssue({
          code: "custom",
          path: [key],
          message: `Only a score has its own scale: leave ${key} out for this kind.`,
        });
    return;
  }
  if (min === undefined || min === null)
    ctx.addIssue({ code: "custom", path: ["min"], message: "A score needs the lowest value of its scale." });
  if (max === undefined || max === null)
    ctx.addIssue({ code: "custom", path: ["max"], message: "A score needs the highest value of its scale." });
  if (typeof min === "number" && typeof max === "number" && !(min < max))
    ctx.addIssue({
      code: "custom",
      path: ["max"],
      message: "The highest value must be above the lowest.",
    });
}

const definitionFields = {
  name: ZMeasureName,
  kind: ZMeasureKind,
  direction: ZMeasureDirection,
  min: ZScaleValue("lowest").nullish(),
  max: ZScaleValue("highest").nullish(),
  unit: ZMeasureUnit.optional(),
};

export const ZCreateMeasure = z.object({ workspaceId: ZId, ...definitionFields }).superRefine(checkScale);
export type TCreateMeasure = z.input<typeof ZCreateMeasure>;

/** The whole definition again, as the edit form has it: a rename sends the rest unchanged. */
export const ZUpdateMeasure = z.object({ id: ZId, ...definitionFields }).superRefine(checkScale);
export type TUpdateMeasure = z.input<typeof ZUpdateMeasure>;

export const ZDeleteMeasure = z.object({ id: ZId });
export type TDeleteMeasure = z.input<typeof ZDeleteMeasure>;

/** What is stored of a measure's definition, and what its audit events record. */
export type TMeasureDefinition = {
  name: string;
  kind: MeasureKind;
  direction: MeasureDirection;
  scaleMin: number | null;
  scaleMax: number | null;
  unit: string;
};

export function toDefinition(input: {
  name: string;
  kind: MeasureKind;
  direction: MeasureDirection;
  min?: number | null;
  max?: number | null;
  unit?: string;
}): TMeasureDefinition {
  const isScore = input.kind === "SCORE";
  return {
    name: input.name,
    kind: input.kind,
    direction: input.direction,
    scaleMin: isScore ? (input.min ?? null) : null,
    scaleMax: isScore ? (input.max ?? null) : null,
    unit: input.unit ?? "",
  };
}

// --- The API's shape: lower-case names, min/max only for a score ----------------------------------------------

export const API_KINDS = ["score", "percent", "nps", "count"] as const;
export const API_DIRECTIONS = ["higher", "lower"] as const;
export const API_MEASURE_FIELDS = ["name", "kind", "direction", "min", "max", "unit"] as const;

/** One measure of POST /api/v1/measures's body. Unknown fields are refused, so a typo is not silently dropped. */
export const ZApiMeasure = z
  .strictObject({
    ...definitionFields,
    kind: z
      .enum(API_KINDS, { error: `kind must be one of ${API_KINDS.join(", ")}.` })
      .transform((kind) => kind.toUpperCase() as MeasureKind)
      .describe("score has its own scale (min..max); percent is 0..100, nps -100..100, count 0 or more."),
    direction: z
      .enum(API_DIRECTIONS, { error: `direction must be ${API_DIRECTIONS.join(" or ")}.` })
      .transform((direction) => direction.toUpperCase() as MeasureDirection)
      .describe("Whether a higher or a lower value is better."),
  })
  .superRefine(checkScale)
  .describe("Unique in the workspace by name (trimmed). min and max only for a score, min below max.");

/** POST /api/v1/measures's body: the measures to create or update, by name. */
export const ZApiMeasures = z.array(ZApiMeasure).max(MEASURE_IMPORT_LIMITS.rows);

/** A measure as GET /api/v1/measures lists it: the shape POST takes, min and max only for a score. */
export const ZApiMeasureJson = z
  .strictObject({
    name: z.string(),
    kind: z.enum(API_KINDS),
    direction: z.enum(API_DIRECTIONS),
    min: z.number().optional().describe("A score's lowest value; only for a score."),
    max: z.number().optional().describe("A score's highest value; only for a score."),
    unit: z.string().describe("A label, e.g. points; empty for none."),
  })
  .meta({ id: "Measure" });
export type TApiMeasure = z.infer<typeof ZApiMeasureJson>;

/** What POST /api/v1/measures wrote: how many measures it created, updated and found already as sent. */
export const ZMeasuresImported = z.strictObject({
  created: z.int().min(0),
  updated: z.int().min(0),
  unchanged: z.int().min(0),
});

export function toApiMeasure(measure: TMeasureDefinition): TApiMeasure {
  const scale =
    measure.kind === "SCORE" && measure.scaleMin !== null && measure.scaleMax !== null
      ? { min: measure.scaleMin, max: measure.scaleMax }
      : {};
  return {
    name: measure.name,
    kind: measure.kind.toLowerCase() as TApiMeasure["kind"],
    direction: measure.direction.toLowerCase() as TApiMeasure["direction"],
    ...scale,
    unit: measure.unit,
  };
}

/** GET and POST /api/v1/measures: the workspace alone. */
export const ZMeasuresQuery = z.strictObject({ workspace: ZWorkspaceParam });
