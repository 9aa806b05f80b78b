// Numbered pages for the claims and contests lists: ?page=N in the URL, forgiving of anything a person might
// type or a stale link might carry. Pure (the caller passes its queries in), so the rules are unit-tested.

export const CLAIMS_PAGE_SIZE = 25;

// Keeps OFFSET small enough for the database whatever the URL says; any page past the last shows the last.
const MAX_REQUESTED_PAGE = 10_000;

export type TPageParam = string | string[] | undefined;

/** `?page=N` as a page number: anything that is not a whole number from 1 reads as the first page. */
export function parsePageParam(value: TPageParam): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || !/^\d+$/.test(raw.trim())) return 1;
  const page = Number(raw.trim());
  if (page < 1) return 1;
  return Math.min(page, MAX_REQUESTED_PAGE);
}

export type PageInfo = {
  /** The page shown: the requested one, or the last when it asked for more than there are. */
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** 1-based positions of the first and last row shown; 0 and 0 when there are none. */
  from: number;
  to: number;
};

export type Paged<T> = { items: T[]; info: PageInfo };

export function getPageInfo(opts: { requested: number; total: number; pageSize: number }): PageInfo {
  const { total, pageSize } = opts;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.trunc(opts.requested) || 1), pageCount);
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  return { page, pageCount, pageSize, total, from, to: Math.min(page * pageSize, total) };
}

/**
 * One page in a fixed number of queries: the count and the requested rows in parallel, and once more for the
 * last page's rows only when the request went past it (a stale link, or the list shrank under it).
 */
export async function readPage<T>(opts: {
  requested: number;
  pageSize: number;
  count: () => Promise<number>;
  rows: (range: { skip: number; take: number }) => Promise<T[]>;
}): Promise<Paged<T>> {
  const { requested, pageSize } = opts;
  const rangeOf = (page: number) => ({ skip: (page - 1) * pageSize, take: pageSize });
  const [total, rows] = await Promise.all([opts.count(), opts.rows(rangeOf(requested))]);
  const info = getPageInfo({ requested, total, pageSize });
  if (info.page === requested) return { items: rows, info };
  return { items: await opts.rows(rangeOf(info.page)), info };
}

/**
 * A list's address on a page, keeping its filters (`params`; empty ones are left out) and an optional `#hash`
 * to land on the list. The first page has no `page` parameter, so an unfiltered first page stays plain.
 */
export function getPageHref(opts: {
  path: string;
  page: number;
  params?: Record<string, string | undefined>;
  hash?: string;
}): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(opts.params ?? {})) if (value) search.set(name, value);
  if (opts.page > 1) search.set("page", String(opts.page));
  const query = search.toString();
  return `${opts.path}${query === "" ? "" : `?${query}`}${opts.hash ? `#${opts.hash}` : ""}`;
}
