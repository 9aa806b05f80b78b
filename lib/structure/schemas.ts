// Inputs of the structure actions, shared by the forms and the server so both speak the same rules.
import { z } from "zod";
import { Channel } from "../db/generated/enums";

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 1000;

const ZId = z.uuid({ error: "That id is not valid." });

export const ZName = z
  .string({ error: "Enter a name." })
  .trim()
  .min(1, { error: "Enter a name." })
  .max(NAME_MAX, { error: `Keep the name to ${NAME_MAX} characters or fewer.` });

/** Blank means "no description", stored as null. */
export const ZDescription = z
  .string({ error: "The description must be text." })
  .trim()
  .max(DESCRIPTION_MAX, { error: `Keep the description to ${DESCRIPTION_MAX} characters or fewer.` })
  .nullable()
  .transform((value) => (value ? value : null));

// The database checks the same pattern; stored lower-case so equal colours compare equal.
export const ZColor = z
  .string({ error: "Choose a colour." })
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: "Use a colour written as #rrggbb, e.g. #1d4ed8." })
  .transform((value) => value.toLowerCase());

export const ZChannel = z.enum(Channel, { error: "Choose a channel from the list." });

const ZIndex = z
  .number({ error: "The new position must be a number." })
  .int({ error: "The new position must be a whole number." })
  .min(0, { error: "The new position cannot be negative." });

/** Partial updates must change something. */
function hasChange(value: Record<string, unknown>): boolean {
  return Object.entries(value).some(([key, v]) => key !== "id" && key !== "version" && v !== undefined);
}
const NOTHING_TO_CHANGE = { error: "Nothing to change." };

export const ZById = z.object({ id: ZId });
export type TById = z.input<typeof ZById>;

export const ZReorder = z.object({ id: ZId, toIndex: ZIndex });
export type TReorder = z.input<typeof ZReorder>;

export const ZCreateDepartment = z.object({
  workspaceId: ZId,
  name: ZName,
  color: ZColor,
  description: ZDescription.optional(),
});
export type TCreateDepartment = z.input<typeof ZCreateDepartment>;

export const ZUpdateDepartment = z
  .object({ id: ZId, name: ZName.optional(), color: ZColor.optional(), description: ZDescription.optional() })
  .refine(hasChange, NOTHING_TO_CHANGE);
export type TUpdateDepartment = z.input<typeof ZUpdateDepartment>;

export const ZCreateJourney = z.object({
  workspaceId: ZId,
  name: ZName,
  description: ZDescription.optional(),
});
export type TCreateJourney = z.input<typeof ZCreateJourney>;

export const ZUpdateJourney = z
  .object({ id: ZId, name: ZName.optional(), description: ZDescription.optional() })
  .refine(hasChange, NOTHING_TO_CHANGE);
export type TUpdateJourney = z.input<typeof ZUpdateJourney>;

export const ZCreateStage = z.object({
  journeyId: ZId,
  name: ZName,
  description: ZDescription.optional(),
});
export type TCreateStage = z.input<typeof ZCreateStage>;

export const ZUpdateStage = z
  .object({ id: ZId, name: ZName.optional(), description: ZDescription.optional() })
  .refine(hasChange, NOTHING_TO_CHANGE);
export type TUpdateStage = z.input<typeof ZUpdateStage>;

export const ZCreateTouchpoint = z.object({
  stageId: ZId,
  name: ZName,
  channel: ZChannel,
  description: ZDescription.optional(),
});
export type TCreateTouchpoint = z.input<typeof ZCreateTouchpoint>;

export const ZUpdateTouchpoint = z
  .object({
    id: ZId,
    name: ZName.optional(),
    channel: ZChannel.optional(),
    description: ZDescription.optional(),
    /** When given, the update is refused if someone changed the touchpoint since it was read. */
    version: z.number().int().min(0).optional(),
  })
  .refine(hasChange, NOTHING_TO_CHANGE);
export type TUpdateTouchpoint = z.input<typeof ZUpdateTouchpoint>;

/** Moves a touchpoint to another stage of its journey: appended, or inserted at `toIndex`. */
export const ZMoveTouchpoint = z.object({ id: ZId, stageId: ZId, toIndex: ZIndex.optional() });
export type TMoveTouchpoint = z.input<typeof ZMoveTouchpoint>;
