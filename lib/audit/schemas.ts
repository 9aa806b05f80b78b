// The Activity page's URL state: filters and the keyset cursor. A value that does not parse is dropped and
// reported, so a hand-edited or stale link shows a note instead of an error page.
import { z } from "zod";

export const ACTIVITY_PAGE_SIZE = 50;

export type TActivityFilters = { journeyId?: string; departmentId?: string; action?: string };

/** The last event shown: the next page holds the events strictly older in (createdAt, id) order. */
export type TActivityCursor = { createdAt: Date; id: bigint };

/** A URL parameter that was ignored, named as the person sees it. */
export type TActivityParam = "journey" | "department" | "action" | "before";

export type TActivityQuery = {
  filters: TActivityFilters;
  cursor: TActivityCursor | null;
  ignored: TActivityParam[];
};

export type TSearchParams = Record<string, string | string[] | undefined>;

/** `<entity>.<verb>`, as lib/audit/record.ts writes it. */
export const ZAuditAction = z
  .string()
  .max(100)
  .regex(/^[a-z][a-z0-9_-]*(\.[a-z][a-z0-9_-]*)+$/);

// Milliseconds since the epoch and the id; the lengths keep both inside Date's and int8's ranges.
export const ZActivityCursor = z
  .string()
  .regex(/^\d{1,15}_\d{1,18}$/)
  .transform((value): TActivityCursor => {
    const [ms = "", id = ""] = value.split("_");
    return { createdAt: new Date(Number(ms)), id: BigInt(id) };
  });

export function encodeActivityCursor(cursor: TActivityCursor): string {
  return `${cursor.createdAt.getTime()}_${cursor.id}`;
}

const ZParams = {
  journey: z.uuid(),
  department: z.uuid(),
  action: ZAuditAction,
  before: ZActivityCursor,
} as const;

function readParam<T>(raw: TSearchParams, name: TActivityParam, schema: z.ZodType<T>) {
  const value = raw[name];
  if (value === undefined || value === "") return { value: undefined, isIgnored: false };
  const parsed = schema.safeParse(value);
  return parsed.success ? { value: parsed.data, isIgnored: false } : { value: undefined, isIgnored: true };
}

export function parseActivitySearchParams(raw: TSearchParams): TActivityQuery {
  const parsed = {
    journey: readParam(raw, "journey", ZParams.journey),
    department: readParam(raw, "department", ZParams.department),
    action: readParam(raw, "action", ZParams.action),
    before: readParam(raw, "before", ZParams.before),
  };
  const names = Object.keys(parsed) as TActivityParam[];
  return {
    filters: {
      journeyId: parsed.journey.value,
      departmentId: parsed.department.value,
      action: parsed.action.value,
    },
    cursor: parsed.before.value ?? null,
    ignored: names.filter((name) => parsed[name].isIgnored),
  };
}

export type TActivityFilterOptions = {
  journeys: { id: string; name: string }[];
  departments: { id: string; name: string }[];
  actions: string[];
};

/** Filters naming a journey, department or action this workspace does not have are dropped and reported. */
export function dropUnknownFilters(filters: TActivityFilters, options: TActivityFilterOptions) {
  const kept: TActivityFilters = {};
  const ignored: TActivityParam[] = [];
  if (filters.journeyId) {
    if (options.journeys.some((j) => j.id === filters.journeyId)) kept.journeyId = filters.journeyId;
    else ignored.push("journey");
  }
  if (filters.departmentId) {
    if (options.departments.some((d) => d.id === filters.departmentId))
      kept.departmentId = filters.departmentId;
    else ignored.push("department");
  }
  if (filters.action) {
    if (options.actions.includes(filters.action)) kept.action = filters.action;
    else ignored.push("action");
  }
  return { filters: kept, ignored };
}

export function hasActivityFilters(filters: TActivityFilters): boolean {
  return Boolean(filters.journeyId || filters.departmentId || filters.action);
}

/** The page's address with only the filters that are set, so links stay short and shareable. */
export function getActivityHref(opts: { slug: string; filters: TActivityFilters; before?: string }): string {
  const params = new URLSearchParams();
  if (opts.filters.journeyId) params.set("journey", opts.filters.journeyId);
  if (opts.filters.departmentId) params.set("department", opts.filters.departmentId);
  if (opts.filters.action) params.set("action", opts.filters.action);
  if (opts.before) params.set("before", opts.before);
  const query = params.toString();
  return `/w/${encodeURIComponent(opts.slug)}/activity${query ? `?${query}` : ""}`;
}
