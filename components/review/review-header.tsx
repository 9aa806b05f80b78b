import { BUTTON } from "@/components/ui/button";
import { FILTER_SELECT } from "@/components/ui/field";
import Link from "@/components/ui/link";
import { formatMonth } from "@/lib/outcomes/measure-text";
import { addMonths, type Month } from "@/lib/outcomes/rules";
import { FIRST_REVIEW_MONTH } from "@/lib/review/schemas";
import { formatInstant } from "./format";
import { PrintButton } from "./print-button";

/** The review's title block, printed at the top of the first page: workspace, month and when it was made. */
export function ReviewHeader(props: {
  workspaceName: string;
  month: Month | null;
  generatedAt: Date;
  isCurrentMonth?: boolean;
}) {
  const { month } = props;
  return (
    <header className="grid gap-1">
      <p className="text-sm font-medium text-slate-700">{props.workspaceName}</p>
      <h1 id="review-title" className="text-2xl font-semibold tracking-tight">
        Monthly CX review{month ? <>: {formatMonth(month)}</> : null}
      </h1>
      <p className="text-sm text-slate-600">
        Generated {formatInstant(props.generatedAt)}.
        {props.isCurrentMonth && month
          ? ` ${formatMonth(month)} is not over: coverage is today's, and readings may still come.`
          : null}
      </p>
    </header>
  );
}

/**
 * The month picker (a plain GET form, so it works without JavaScript) with the months either side, and the
 * print button. None of it prints.
 */
export function ReviewControls(props: { slug: string; month: Month; currentMonth: Month }) {
  const { slug, month, currentMonth } = props;
  const href = (m: Month) => `/w/${slug}/review?month=${m}`;
  const before = addMonths(month, -1);
  const after = addMonths(month, 1);
  return (
    <div className="no-print flex flex-wrap items-end justify-between gap-4">
      <form method="get" action={`/w/${slug}/review`} className="flex flex-wrap items-end gap-3">
        <label className="grid gap-1 text-xs font-medium text-slate-700">
          Month
          <input
            type="month"
            name="month"
            defaultValue={month}
            min={FIRST_REVIEW_MONTH}
            max={currentMonth}
            className={FILTER_SELECT}
          />
        </label>
        <button type="submit" className={BUTTON.secondary}>
          Show review
        </button>
      </form>
      <nav aria-label="Other months" className="flex flex-wrap items-center gap-4 text-sm">
        {before >= FIRST_REVIEW_MONTH ? (
          <Link href={href(before)} className="text-blue-800 underline">
            <span aria-hidden="true">← </span>
            {formatMonth(before)}
          </Link>
        ) : null}
        {after <= currentMonth ? (
          <Link href={href(after)} className="text-blue-800 underline">
            {formatMonth(after)}
            <span aria-hidden="true"> →</span>
          </Link>
        ) : null}
      </nav>
      <PrintButton />
    </div>
  );
}
