// What GET /api/v1/export (as JSON) and POST /api/v1/import answer, as zod schemas: the OpenAPI document is
// generated from them, and the export's builder and the import's answer are typed by them.
import { z } from "zod";
import { CHANNELS } from "../map/channels";
import { FIXED_COLUMNS, ROLE_LETTERS } from "./format";
import { LIST_CAP, type PlanCounts, type PlanItem } from "./plan";
import { ZSheetMode } from "./schemas";

const CHANNEL_SLUGS = CHANNELS.map((channel) => channel.slug) as [string, ...string[]];

/** The RACI sheet as CSV, for the OpenAPI document (the export answers it, the import reads it). */
export const SHEET_CSV_DESCRIPTION = `UTF-8 CSV: a header ${FIXED_COLUMNS.join(",")},<department>,… then one row per touchpoint in journey order; a department cell is R, A, C, I or empty. Channels: ${CHANNEL_SLUGS.join(", ")}. Cells starting with = + - @ tab CR or ' get one leading ' on export, which import removes.`;

export const ZSheetJson = z
  .object({
    format: z.literal("throughline.sheet/1"),
    workspace: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
    departments: z
      .array(z.object({ name: z.string(), color: z.string() }))
      .describe("Every department, in order."),
    journeys: z.array(
      z.object({
        name: z.string(),
        stages: z.array(
          z.object({
            name: z.string(),
            touchpoints: z.array(
              z.object({
                name: z.string(),
                channel: z.enum(CHANNEL_SLUGS),
                roles: z
                  .record(z.string(), z.enum(ROLE_LETTERS))
                  .describe("Each department holding a role, by name; departments without one are left out."),
              }),
            ),
          }),
        ),
      }),
    ),
  })
  .meta({ id: "Sheet" });
export type TSheetJson = z.infer<typeof ZSheetJson>;

const ZPlanItem = z
  .object({
    journey: z.string(),
    stage: z.string().optional(),
    touchpoint: z.string().optional(),
    detail: z.string().optional(),
  })
  .meta({ id: "SheetPlanItem" }) satisfies z.ZodType<PlanItem>;

const ZCount = z.int().min(0);
const ZPlanCounts = z.object({
  departmentsCreated: ZCount,
  journeysCreated: ZCount,
  journeysRemoved: ZCount,
  stagesCreated: ZCount,
  stagesRemoved: ZCount,
  touchpointsCreated: ZCount,
  touchpointsChanged: ZCount,
  touchpointsRemoved: ZCount,
  rolesSet: ZCount,
  rolesCleared: ZCount,
  contested: ZCount,
}) satisfies z.ZodType<PlanCounts>;

const capped = (what: string) => z.array(ZPlanItem).max(LIST_CAP).describe(`${what}: the first ${LIST_CAP}.`);

export const ZImportResult = z
  .object({
    applied: z.boolean().describe("false for a dry run: the plan, nothing written."),
    mode: ZSheetMode,
    counts: ZPlanCounts.describe("Complete, whatever the lists hold."),
    newDepartments: z.array(z.string()).describe("Departments the header names that were created."),
    clearedDepartments: z
      .array(z.string())
      .describe("Replace mode: departments the sheet does not name, whose roles were cleared."),
    contested: capped("Touchpoints left with two A's"),
    created: capped("What was created"),
    changed: capped("Touchpoints whose channel or roles changed"),
    removed: capped("What was removed"),
  })
  .meta({ id: "SheetImport" });
