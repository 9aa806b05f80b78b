// The dashboard's URL state and the coverage API's query, shared by the page, the route and the tests.
import { z } from "zod";
import { ZWorkspaceParam } from "../api/schemas";
import { DEFAULT_SCORECARD_SORT, type TScorecardSort, ZScorecardSort } from "../outcomes/scorecard-sort";

export const TOUCHPOINT_SORTS = ["journey", "channel", "claims"] as const;
export type TTouchpointSort = (typeof TOUCHPOINT_SORTS)[number];

/** How many rows of each long list a report holds (null: all of them). */
export type ListLimits = {
  unowned: number | null;
  contested: number | null;
  handoffs: number | null;
  stale: number | null;
};

export const SORT_LABELS: Record<TTouchpointSort, string> = {
  journey: "Journey order",
  channel: "Channel",
  claims: "Most pending claims",
};

export type TCoverageFilters = {
  journeyId?: string;
  departmentId?: string;
  sort: TTouchpointSort;
};

export type TSearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) =>
  (Array.isArray(value) ? value[0] : value) || undefined;

// The page forgives a stale or hand-edited link: what does not parse is dropped, not refused.
const ZPageFilters = z.object({
  journey: z.uuid().optional().catch(undefined),
  department: z.uuid().optional().catch(undefined),
  sort: z.enum(TOUCHPOINT_SORTS).catch("journey"),
});

export function parseDashboardFilters(searchParams: TSearchParams): TCoverageFilters {
  const parsed = ZPageFilters.parse({
    journey: first(searchParams.journey),
    department: first(searchParams.department),
    sort: first(searchParams.sort) ?? "journey",
  });
  return { journeyId: parsed.journey, departmentId: parsed.department, sort: parsed.sort };
}

/** How many unowned, contested and handoff-pair rows the API lists unless `limit` says otherwise. */
export const API_LIST_LIMIT = 100;
const MAX_API_LIMIT = 1000;
const LIMIT_ERROR = `limit is a whole number from 1 to ${MAX_API_LIMIT}, or all.`;

/** The API is strict: a program sending a bad parameter should hear about it (400), not get other numbers. */
export const ZCoverageApiQuery = z.strictObject({
  workspace: ZWorkspaceParam,
  journey: z
    .uuid({ error: "journey must be a journey id (a UUID)." })
    .optional()
    .describe("Only this journey's touchpoints, stages and handoffs."),
  department: z
    .uuid({ error: "department must be a department id (a UUID)." })
    .optional()
    .describe(
      "Only the touchpoints this department holds a role on or claims, and the handoffs it is part of.",
    ),
  sort: z
    .enum(TOUCHPOINT_SORTS, { error: `sort is one of ${TOUCHPOINT_SORTS.join(", ")}.` })
    .optional()
    .meta({ description: "The order of the unowned and contested lists.", default: "journey" }),
  limit: z
    .string()
    .regex(/^(all|[1-9][0-9]{0,3})$/, { error: LIMIT_ERROR })
    .transform((value) => (value === "all" ? ("all" as const) : Number(value)))
    .refine((value) => value === "all" || value <= MAX_API_LIMIT, { error: LIMIT_ERROR })
    .optional()
    .describe(
      `Rows in each of the unowned, contested, stale and handoffs lists: 1 to ${MAX_API_LIMIT}, or all (default ${API_LIST_LIMIT}). The totals count every row.`,
    ),
});
export type TCoverageApiQuery = z.infer<typeof ZCoverageApiQuery>;

/** The dashboard's long lists show their first LIST_LIMIT rows unless the URL asks for one of them whole. */
export const LIST_LIMIT = 10;
export const DASHBOARD_LISTS = [
  "stages",
  "unowned",
  "contested",
  "handoffs",
  "pain",
  "stale",
  "headless",
  "scorecards",
] as const;
export type TDashboardList = (typeof DASHBOARD_LISTS)[number];

export function parseShownList(searchParams: TSearchParams): TDashboardList | null {
  return z
    .enum(DASHBOARD_LISTS)
    .nullable()
    .catch(null)
    .parse(first(searchParams.all) ?? null);
}

/** How the dashboard's outcome scorecards are sorted. */
export function parseScorecardSort(searchParams: TSearchParams): TScorecardSort {
  return ZScorecardSort.parse(first(searchParams.scorecards));
}

/** The dashboard reads the first LIST_LIMIT rows of each long list, and the one the URL shows whole. */
export function getDashboardLimits(shown: TDashboardList | null): ListLimits {
  const limit = (list: keyof ListLimits) => (shown === list ? null : LIST_LIMIT);
  return {
    unowned: limit("unowned"),
    contested: limit("contested"),
    handoffs: limit("handoffs"),
    stale: limit("stale"),
  };
}

/** The at-risk touchpoints the headless-departments card lists, across all its departments (null: all). */
export function getHeadlessLimit(shown: TDashboardList | null): number | null {
  return shown === "headless" ? null : LIST_LIMIT;
}

/** A dashboard URL with the given filters; defaults are left out so links stay short. */
export function getDashboardHref(
  slug: string,
  filters: Partial<TCoverageFilters> & { all?: TDashboardList; scorecards?: TScorecardSort },
  hash?: string,
): string {
  const params = new URLSearchParams();
  if (filters.journeyId) params.set("journey", filters.journeyId);
  if (filters.departmentId) params.set("department", filters.departmentId);
  if (filters.sort && filters.sort !== "journey") params.set("sort", filters.sort);
  if (filters.all) params.set("all", filters.all);
  if (filters.scorecards && filters.scorecards !== DEFAULT_SCORECARD_SORT)
    params.set("scorecards", filters.scorecards);
  const query = params.toString();
  return `/w/${slug}/dashboard${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}
