import Link from "@/components/ui/link";
import { getPageHref, type PageInfo } from "@/lib/claims/pagination";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 font-medium hover:bg-slate-100";
const ENDED = "rounded-md border border-dashed border-slate-300 px-3 py-1.5 text-slate-500";

/** "Showing 26–50 of 60 pending claims", or nothing when the list is empty (its empty state says so). */
export function PageSummary({ info, noun }: { info: PageInfo; noun: string }) {
  if (info.total === 0) return null;
  return (
    <p className="text-sm text-slate-600">
      Showing {info.from}–{info.to} of {info.total} {noun}
    </p>
  );
}

/**
 * Previous and next page links, keeping the list's filters (`params`) and landing on `hash` when given. At
 * either end the missing link is left out for assistive technology and drawn greyed, so the other one does
 * not jump about.
 */
export function Pager(props: {
  label: string;
  path: string;
  info: PageInfo;
  params?: Record<string, string | undefined>;
  hash?: string;
}) {
  const { label, info } = props;
  const hrefTo = (page: number) =>
    getPageHref({ path: props.path, page, params: props.params, hash: props.hash });
  if (info.pageCount <= 1) return null;
  const hasPrevious = info.page > 1;
  const hasNext = info.page < info.pageCount;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-3 text-sm">
      {hasPrevious ? (
        <Link href={hrefTo(info.page - 1)} rel="prev" className={LINK}>
          <span aria-hidden="true">« </span>Previous
        </Link>
      ) : (
        <span aria-hidden="true" className={ENDED}>
          « Previous
        </span>
      )}
      <span>
        Page {info.page} of {info.pageCount}
      </span>
      {hasNext ? (
        <Link href={hrefTo(info.page + 1)} rel="next" className={LINK}>
          Next<span aria-hidden="true"> »</span>
        </Link>
      ) : (
        <span aria-hidden="true" className={ENDED}>
          Next »
        </span>
      )}
    </nav>
  );
}
