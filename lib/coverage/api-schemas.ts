// What GET /api/v1/coverage answers, as a zod schema: the OpenAPI document is generated from it, the route's
// body is typed by it, and `satisfies` below holds it to the report's own types, so the three cannot drift.
import { z } from "zod";
import { Channel } from "../db/generated/enums";
import type { HeadlessDepartment } from "./headless-queries";
import type { CoverageHistoryPoint } from "./queries";
import type { CoverageReport } from "./report-types";
import { TOUCHPOINT_SORTS } from "./schemas";

const ZCount = z.int().min(0);
const ZNamed = z.object({ id: z.uuid(), name: z.string() });

const ZCoverage = z
  .object({
    total: ZCount,
    owned: ZCount,
    unowned: ZCount,
    contested: ZCount,
    ratio: z.number().min(0).max(1).nullable().describe("owned ÷ total; null when total is 0."),
  })
  .meta({ id: "Coverage" });

const ZTouchpointStatus = z.enum(["UNOWNED", "OWNED", "CONTESTED"]);
const ZStageStatus = z.enum(["EMPTY", "UNOWNED", "OWNED", "CONTESTED"]);

const ZReportTouchpoint = ZNamed.extend({
  channel: z.enum(Object.values(Channel)).describe("As the schema stores it: WEB, MOBILE_APP, …"),
  journey: ZNamed,
  stage: ZNamed,
  status: ZTouchpointStatus,
  accountable: z.array(ZNamed).describe("Departments holding A, in department order."),
  pendingClaims: z.array(z.object({ department: ZNamed, role: z.enum(["R", "A", "C", "I"]) })),
}).meta({ id: "CoverageTouchpoint" });

const ZHistoryPoint = z.object({
  day: z.iso.date().describe("A UTC day: its closing counts, or today's counted now."),
  touchpoints: ZCount,
  owned: ZCount,
  unowned: ZCount,
  contested: ZCount,
  ratio: z.number().min(0).max(1).nullable(),
}) satisfies z.ZodType<CoverageHistoryPoint>;

export const ZCoverageJson = z
  .object({
    workspace: z.object({ id: z.uuid(), name: z.string(), slug: z.string() }),
    filters: z
      .object({
        journeyId: z.uuid().optional(),
        departmentId: z.uuid().optional(),
        sort: z.enum(TOUCHPOINT_SORTS),
      })
      .describe("The filters as applied."),
    totals: z.object({
      coverage: ZCoverage,
      flaggedStages: ZCount,
      handoffs: ZCount,
      unbridgedHandoffs: ZCount,
      handoffPairs: ZCount.describe("Department pairs with a handoff; `handoffs` lists the first `limit`."),
      stale: ZCount.describe(
        "Owned touchpoints whose ownership was not confirmed within the workspace's verification cadence.",
      ),
    }),
    verificationCadenceDays: z
      .int()
      .min(1)
      .describe("Days a confirmation of ownership stays good; older ownership is stale."),
    journeys: z.array(
      ZNamed.extend({
        coverage: ZCoverage,
        stages: z
          .array(ZNamed.extend({ status: ZStageStatus, coverage: ZCoverage }))
          .describe("Chronological, empty stages included."),
        handoffs: ZCount,
        unbridgedHandoffs: ZCount,
      }),
    ),
    flaggedStages: z.array(
      z.object({
        journey: ZNamed,
        stage: ZNamed,
        status: z.enum(["UNOWNED", "CONTESTED"]),
        coverage: ZCoverage,
      }),
    ),
    unowned: z.array(ZReportTouchpoint).describe("The first `limit` unowned touchpoints, in `sort` order."),
    contested: z
      .array(ZReportTouchpoint)
      .describe("The first `limit` contested touchpoints, in `sort` order."),
    stale: z
      .array(
        ZReportTouchpoint.extend({
          confirmedAt: z.iso
            .datetime()
            .nullable()
            .describe("When its Accountable department last confirmed it, or A last changed hands."),
        }),
      )
      .describe("The first `limit` owned touchpoints with stale ownership, longest unconfirmed first."),
    departments: z.array(
      ZNamed.extend({
        color: z.string(),
        accountable: ZCount.describe("Touchpoints it holds A on."),
        responsible: ZCount.describe("Touchpoints it holds R on."),
        stale: ZCount.describe("Touchpoints it owns whose ownership is stale."),
      }),
    ),
    handoffs: z
      .array(
        z.object({
          from: ZNamed,
          to: ZNamed,
          count: ZCount,
          unbridged: ZCount,
          bridged: ZCount,
          journeys: z.array(ZNamed),
        }),
      )
      .describe("Department pairs, unbridged first, then most handoffs, then in department order."),
    limit: z
      .union([z.int().min(1), z.literal("all")])
      .describe("How many rows the unowned, contested, stale and handoffs lists hold at most."),
    history: z
      .array(ZHistoryPoint)
      .describe(
        "The whole workspace (filters do not apply), last 90 days: each UTC day on which ownership changed, then today.",
      ),
    headlessDepartments: z
      .array(
        ZNamed.extend({
          accountable: ZCount.describe(
            "Touchpoints it holds A on, in the journey filtered to if any: all at risk while it has no head.",
          ),
        }),
      )
      .describe(
        "Departments with no department head, in department order (with a department filter, that one if headless).",
      ),
  })
  .meta({ id: "CoverageReport" }) satisfies z.ZodType<
  Omit<CoverageReport, "options"> & {
    limit: number | "all";
    history: CoverageHistoryPoint[];
    headlessDepartments: Pick<HeadlessDepartment, "id" | "name" | "accountable">[];
  }
>;
export type CoverageJson = z.infer<typeof ZCoverageJson>;
