import { formatCoverage } from "@/components/ui/coverage";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import type { CoverageAtDay } from "@/lib/coverage/queries";
import { formatMonth } from "@/lib/outcomes/measure-text";
import type { MonthlyReview } from "@/lib/review/queries";
import { coveragePointChange, formatChange } from "@/lib/review/review";
import { ReviewSection } from "./review-section";

type Row = { label: string; current: string; previous: string; change: string };

const NO_RECORD = "no record";

function countRow(label: string, current: number | null, previous: number | null): Row {
  return {
    label,
    current: current === null ? NO_RECORD : String(current),
    previous: previous === null ? NO_RECORD : String(previous),
    change: current === null || previous === null ? "—" : formatChange(current - previous),
  };
}

function coverageRows(end: CoverageAtDay, previousEnd: CoverageAtDay): Row[] {
  const now = end.coverage;
  const before = previousEnd.coverage;
  const points = coveragePointChange(now, before);
  return [
    {
      label: "Coverage (touchpoints owned)",
      current: now ? `${formatCoverage(now)} (${now.owned} of ${now.total})` : NO_RECORD,
      previous: before ? `${formatCoverage(before)} (${before.owned} of ${before.total})` : NO_RECORD,
      change: points === null ? "—" : formatChange(points, " pts"),
    },
    countRow("Unowned touchpoints", now?.unowned ?? null, before?.unowned ?? null),
    countRow("Contested touchpoints", now?.contested ?? null, before?.contested ?? null),
  ];
}

/** Coverage at the month's end and the outcome counts, beside the month before's, with the change. */
export function ReviewSummary({ review }: { review: MonthlyReview }) {
  const { outcomes, previousOutcomes, coverage } = review;
  const month = formatMonth(review.month);
  const before = formatMonth(review.previousMonth);
  const rows: Row[] = [
    ...coverageRows(coverage.end, coverage.previousEnd),
    countRow("Targets", outcomes.totals.targets, previousOutcomes.totals.targets),
    countRow("On target", outcomes.totals.onTarget, previousOutcomes.totals.onTarget),
    countRow("Off target", outcomes.totals.offTarget, previousOutcomes.totals.offTarget),
    countRow("No data", outcomes.totals.noData, previousOutcomes.totals.noData),
    countRow(
      "Touchpoints with unowned pain",
      outcomes.unownedPain.length,
      previousOutcomes.unownedPain.length,
    ),
  ];
  const hasNoRecord = coverage.end.source === "none" || coverage.previousEnd.source === "none";
  return (
    <ReviewSection
      id="summary"
      title="Summary"
      description={
        <>
          Coverage {review.isCurrentMonth ? "today" : `at the end of ${month}`} and the targets’ status for{" "}
          {month} (its reading, else the month before’s), beside {before}.
          {hasNoRecord
            ? " “No record” means the coverage history does not reach that day: it begins with the first change of ownership it saw."
            : null}
        </>
      }
    >
      <Table
        caption={`Summary of ${month} against ${before}`}
        columns={[{ label: "Measure", isHidden: true }, month, before, "Change"]}
      >
        {rows.map((row) => (
          <tr key={row.label}>
            <RowHeader>{row.label}</RowHeader>
            <Cell className="tabular-nums">{row.current}</Cell>
            <Cell className="tabular-nums">{row.previous}</Cell>
            <Cell className="tabular-nums">{row.change}</Cell>
          </tr>
        ))}
      </Table>
    </ReviewSection>
  );
}
