import { JourneyOwnerLabel } from "@/components/outcomes/journey-owner-label";
import { Cell, RowHeader, Table } from "@/components/ui/table";
import { formatMonth } from "@/lib/outcomes/measure-text";
import type { DepartmentScorecard, JourneyScorecard } from "@/lib/outcomes/report";
import type { Month, OutcomeCounts } from "@/lib/outcomes/rules";
import { formatChange, withPrevious } from "@/lib/review/review";
import { ReviewEmpty, ReviewSection } from "./review-section";

/** The change in off-target count since the month before, and what it was; or that there were no targets. */
function OffTargetChange({ counts, previous }: { counts: OutcomeCounts; previous: OutcomeCounts | null }) {
  if (!previous || previous.targets === 0) return <>no targets then</>;
  return (
    <>
      {formatChange(counts.offTarget - previous.offTarget)} (was {previous.offTarget})
    </>
  );
}

function CountCells({ counts }: { counts: OutcomeCounts }) {
  return (
    <>
      <Cell className="tabular-nums">{counts.targets}</Cell>
      <Cell className="tabular-nums">{counts.onTarget}</Cell>
      <Cell className="tabular-nums">{counts.offTarget}</Cell>
      <Cell className="tabular-nums">{counts.noData}</Cell>
    </>
  );
}

const COUNT_COLUMNS = ["Targets", "On target", "Off target", "No data"] as const;

/** Per department: the targets of touchpoints it is the single Accountable department of. */
export function DepartmentScorecards(props: {
  month: Month;
  previousMonth: Month;
  current: readonly DepartmentScorecard[];
  previous: readonly DepartmentScorecard[];
}) {
  const rows = withPrevious(props.current, props.previous).filter(
    (d) => d.targets > 0 || (d.previous?.targets ?? 0) > 0,
  );
  return (
    <ReviewSection
      id="departments"
      title="Department scorecards"
      description={`Each department’s targets on the touchpoints it is the single Accountable department of (as ownership stands today), for ${formatMonth(props.month)}. A target on an unowned or contested touchpoint counts for no department: see Unowned pain.`}
    >
      {rows.length === 0 ? (
        <ReviewEmpty>No department is Accountable for a touchpoint with a target.</ReviewEmpty>
      ) : (
        <Table
          caption={`Department scorecards, ${formatMonth(props.month)}`}
          columns={["Department", ...COUNT_COLUMNS, `Off target since ${formatMonth(props.previousMonth)}`]}
        >
          {rows.map((d) => (
            <tr key={d.id}>
              <RowHeader>{d.name}</RowHeader>
              <CountCells counts={d} />
              <Cell className="tabular-nums">
                <OffTargetChange counts={d} previous={d.previous} />
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </ReviewSection>
  );
}

function describeCounts(counts: OutcomeCounts): string {
  if (counts.targets === 0) return "none";
  return `${counts.onTarget} on · ${counts.offTarget} off · ${counts.noData} no data`;
}

/** Per journey: its own targets (the journey owner's scorecard), and its touchpoints' targets beside them. */
export function JourneyScorecards(props: {
  month: Month;
  previousMonth: Month;
  current: readonly JourneyScorecard[];
  previous: readonly JourneyScorecard[];
}) {
  // A journey with no targets at all, then or now, has no scorecard to read; how many are left out is said.
  const rows = withPrevious(props.current, props.previous).filter(
    (j) => j.targets > 0 || j.touchpoints.targets > 0 || (j.previous?.targets ?? 0) > 0,
  );
  const without = props.current.length - rows.length;
  return (
    <ReviewSection
      id="journey-owners"
      title="Journey owners’ scorecards"
      description={`Each journey’s own targets, which its journey owner answers for end to end, for ${formatMonth(props.month)}; its touchpoints’ targets are counted beside them.`}
    >
      {rows.length === 0 ? (
        <ReviewEmpty>
          {props.current.length === 0 ? "No journeys yet." : "No journey has a target yet."}
        </ReviewEmpty>
      ) : (
        <Table
          caption={`Journey owners’ scorecards, ${formatMonth(props.month)}`}
          columns={[
            "Journey",
            "Journey owner",
            ...COUNT_COLUMNS,
            `Off target since ${formatMonth(props.previousMonth)}`,
            "Touchpoints’ targets",
          ]}
        >
          {rows.map((j) => (
            <tr key={j.id}>
              <RowHeader>{j.name}</RowHeader>
              <Cell>{j.owner ? j.owner.name : <JourneyOwnerLabel owner={null} />}</Cell>
              <CountCells counts={j} />
              <Cell className="tabular-nums">
                <OffTargetChange counts={j} previous={j.previous} />
              </Cell>
              <Cell>{describeCounts(j.touchpoints)}</Cell>
            </tr>
          ))}
        </Table>
      )}
      {rows.length > 0 && without > 0 ? (
        <p className="text-sm text-slate-600">
          {without === 1 ? "One journey has" : `${without} journeys have`} no targets and{" "}
          {without === 1 ? "is" : "are"} left out.
        </p>
      ) : null}
    </ReviewSection>
  );
}
