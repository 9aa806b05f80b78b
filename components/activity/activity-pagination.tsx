import Link from "@/components/ui/link";
import { getActivityHref, type TActivityFilters } from "@/lib/audit/schemas";

const LINK = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100";

/** Newest and older pages, both keeping the filters in force. */
export function ActivityPagination(props: {
  slug: string;
  filters: TActivityFilters;
  isNewest: boolean;
  nextCursor: string | null;
}) {
  const { slug, filters, isNewest, nextCursor } = props;
  if (isNewest && !nextCursor) return null;
  return (
    <nav aria-label="Activity pages" className="flex flex-wrap gap-3">
      {isNewest ? null : (
        <Link href={getActivityHref({ slug, filters })} className={LINK}>
          <span aria-hidden="true">« </span>Newest
        </Link>
      )}
      {nextCursor ? (
        <Link href={getActivityHref({ slug, filters, before: nextCursor })} className={LINK}>
          Older events<span aria-hidden="true"> »</span>
        </Link>
      ) : null}
    </nav>
  );
}
