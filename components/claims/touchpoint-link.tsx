import Link from "@/components/ui/link";
import type { PlacedTouchpoint } from "@/lib/claims/queries";

/** A touchpoint named with where it sits, linking to its own page (claims, history, comments). */
export function TouchpointLink({ slug, touchpoint }: { slug: string; touchpoint: PlacedTouchpoint }) {
  return (
    <span>
      <Link
        href={`/w/${slug}/touchpoints/${touchpoint.id}`}
        className="font-medium text-blue-800 hover:underline"
      >
        {touchpoint.name}
      </Link>
      <span className="block text-xs text-slate-500">
        {touchpoint.journeyName} · {touchpoint.stageName}
      </span>
    </span>
  );
}
