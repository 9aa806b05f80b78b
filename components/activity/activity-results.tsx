import { EmptyState } from "@/components/ui/empty-state";
import Link from "@/components/ui/link";
import type { ActivityView } from "@/lib/audit/queries";
import { getActivityHref, hasActivityFilters } from "@/lib/audit/schemas";
import { ActivityPagination } from "./activity-pagination";
import { ActivityTable } from "./activity-table";

const LINK = "font-medium text-blue-700 underline";

/** The events of one page, or the empty state that explains why there are none. */
export function ActivityResults({ slug, view }: { slug: string; view: ActivityView }) {
  const { filters, page, isNewest } = view;
  if (page.events.length > 0) {
    return (
      <div className="grid gap-4">
        <ActivityTable events={page.events} />
        <ActivityPagination slug={slug} filters={filters} isNewest={isNewest} nextCursor={page.nextCursor} />
      </div>
    );
  }
  if (!isNewest) {
    return (
      <EmptyState title="No older events">
        <Link href={getActivityHref({ slug, filters })} className={LINK}>
          Back to the newest events
        </Link>
      </EmptyState>
    );
  }
  if (hasActivityFilters(filters)) {
    return (
      <EmptyState title="No events match these filters">
        Try another journey, department or action, or{" "}
        <Link href={getActivityHref({ slug, filters: {} })} className={LINK}>
          clear the filters
        </Link>
        .
      </EmptyState>
    );
  }
  return (
    <EmptyState title="No activity yet">
      Every change to departments, journeys, stages, touchpoints and roles will be listed here, newest first.
    </EmptyState>
  );
}
