import type { Metadata } from "next";
import { BiggestMovers } from "@/components/review/biggest-movers";
import { OwnershipDecisionsSection } from "@/components/review/ownership-decisions";
import { ReviewControls, ReviewHeader } from "@/components/review/review-header";
import { ReviewSummary } from "@/components/review/review-summary";
import { DepartmentScorecards, JourneyScorecards } from "@/components/review/scorecards";
import { UnownedPainSection } from "@/components/review/unowned-pain";
import { EmptyState } from "@/components/ui/empty-state";
import Link from "@/components/ui/link";
import { requireWorkspacePage } from "@/lib/auth/pages";
import { formatMonth } from "@/lib/outcomes/measure-text";
import { monthOf } from "@/lib/outcomes/rules";
import { getMonthlyReview } from "@/lib/review/queries";
import { defaultReviewMonth, parseReviewMonth, type TSearchParams } from "@/lib/review/schemas";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<TSearchParams> };

// The title names the month: a browser's "Save as PDF" offers it as the file name.
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const asked = parseReviewMonth(await searchParams);
  return { title: asked.ok ? `Monthly CX review: ${formatMonth(asked.month)}` : "Monthly CX review" };
}

/** DESIGN.md's monthly CX review for executives, made to be printed or saved as PDF. Any member may read it. */
export default async function ReviewPage(props: Props) {
  const [{ slug }, searchParams] = await Promise.all([props.params, props.searchParams]);
  const workspace = await requireWorkspacePage(slug);
  const now = new Date();
  const currentMonth = monthOf(now);
  const asked = parseReviewMonth(searchParams, now);
  if (!asked.ok) {
    const fallback = defaultReviewMonth(now);
    return (
      <div className="cx-review grid gap-6">
        <ReviewHeader workspaceName={workspace.name} month={null} generatedAt={now} />
        <ReviewControls slug={workspace.slug} month={fallback} currentMonth={currentMonth} />
        <EmptyState title="That month cannot be reviewed">
          <p>
            “{asked.asked}”: {asked.message}
          </p>
          <p className="mt-2">
            <Link href={`/w/${workspace.slug}/review`} className="text-blue-800 underline">
              Open the review of {formatMonth(fallback)}
            </Link>
          </p>
        </EmptyState>
      </div>
    );
  }

  const review = await getMonthlyReview({ workspaceId: workspace.id, month: asked.month, now });
  const owners = new Map(review.outcomes.journeys.map((j) => [j.id, j.owner]));
  const months = { month: review.month, previousMonth: review.previousMonth };
  return (
    <article aria-labelledby="review-title" className="cx-review grid gap-6">
      <ReviewHeader
        workspaceName={workspace.name}
        month={review.month}
        generatedAt={now}
        isCurrentMonth={review.isCurrentMonth}
      />
      <ReviewControls slug={workspace.slug} month={review.month} currentMonth={currentMonth} />
      <UnownedPainSection slug={workspace.slug} report={review.outcomes} />
      <ReviewSummary review={review} />
      <DepartmentScorecards
        {...months}
        current={review.outcomes.departments}
        previous={review.previousOutcomes.departments}
      />
      <JourneyScorecards
        {...months}
        current={review.outcomes.journeys}
        previous={review.previousOutcomes.journeys}
      />
      <BiggestMovers slug={workspace.slug} {...months} movers={review.movers} owners={owners} />
      <OwnershipDecisionsSection slug={workspace.slug} month={review.month} decisions={review.decisions} />
    </article>
  );
}
