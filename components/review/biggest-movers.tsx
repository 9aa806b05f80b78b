import { JourneyOwnerLabel } from "@/components/outcomes/journey-owner-label";
import Link from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, Table } from "@/components/ui/table";
import type { JourneyOwner } from "@/lib/outcomes/journey-owner-schemas";
import { formatMonth, formatValue } from "@/lib/outcomes/measure-text";
import type { ReviewReadingChange } from "@/lib/outcomes/mover-queries";
import { MOVERS_LIMIT, type Mover, type Movers } from "@/lib/outcomes/movers";
import { formatNumber, type Month } from "@/lib/outcomes/rules";
import { ReviewEmpty, ReviewSection } from "./review-section";

type Owners = ReadonlyMap<string, JourneyOwner | null>;

/** Who answers for the reading today: the touchpoint's Accountable department, or the journey's owner. */
function Answerable({ mover, owners }: { mover: Mover<ReviewReadingChange>; owners: Owners }) {
  if (mover.touchpoint === null) {
    const owner = owners.get(mover.journey.id) ?? null;
    return owner ? <span>{owner.name}</span> : <JourneyOwnerLabel owner={null} />;
  }
  if (mover.touchpoint.status === "OWNED" && mover.ownerName) return <span>{mover.ownerName}</span>;
  return <StatusBadge status={mover.touchpoint.status} />;
}

/** What the change's share is of (movers.ts): the scale, or for a count its target, else its earlier reading. */
function yardstick(m: Mover<ReviewReadingChange>): string {
  if (m.measure.kind !== "COUNT") return "its scale";
  return m.target !== null ? "its target" : "its earlier reading";
}

function MoverTable(props: {
  slug: string;
  caption: string;
  movers: Mover<ReviewReadingChange>[];
  month: Month;
  previousMonth: Month;
  owners: Owners;
}) {
  return (
    <Table
      caption={props.caption}
      columns={[
        "Where",
        "Measure",
        formatMonth(props.previousMonth),
        formatMonth(props.month),
        "Change",
        "Who answers for it",
      ]}
    >
      {props.movers.map((m) => (
        <tr key={`${m.scopeId}-${m.measureId}`}>
          <Cell>
            {m.touchpoint ? (
              <>
                <Link
                  href={`/w/${props.slug}/touchpoints/${m.touchpoint.id}`}
                  className="font-medium text-blue-800 underline"
                >
                  {m.touchpoint.name}
                </Link>
                <span className="block text-xs text-slate-600">
                  {m.journey.name} · {m.touchpoint.stageName}
                </span>
              </>
            ) : (
              <>
                <Link
                  href={`/w/${props.slug}/journeys/${m.journey.id}`}
                  className="font-medium text-blue-800 underline"
                >
                  {m.journey.name}
                </Link>
                <span className="block text-xs text-slate-600">The whole journey</span>
              </>
            )}
          </Cell>
          <Cell>{m.measure.name}</Cell>
          <Cell className="tabular-nums">{formatValue(m.previous, m.measure.unit)}</Cell>
          <Cell className="tabular-nums">{formatValue(m.current, m.measure.unit)}</Cell>
          <Cell className="tabular-nums">
            {m.change > 0 ? "+" : "−"}
            {formatNumber(Math.abs(m.change))}
            <span className="block text-xs text-slate-600">
              {Math.round(m.share * 100)}% of {yardstick(m)}
            </span>
          </Cell>
          <Cell>
            <Answerable mover={m} owners={props.owners} />
          </Cell>
        </tr>
      ))}
    </Table>
  );
}

/**
 * The readings that moved most since the month before, as a share of their measure's scale (a count's: of
 * its target, else of the earlier reading), improvements and declines apart.
 */
export function BiggestMovers(props: {
  slug: string;
  month: Month;
  previousMonth: Month;
  movers: Movers<ReviewReadingChange>;
  owners: Owners;
}) {
  const { movers, month, previousMonth } = props;
  const common = { slug: props.slug, month, previousMonth, owners: props.owners };
  const between = `between ${formatMonth(previousMonth)} and ${formatMonth(month)}`;
  return (
    <ReviewSection
      id="movers"
      title="Biggest movers"
      description={`The ${MOVERS_LIMIT} readings that improved most and the ${MOVERS_LIMIT} that declined most ${between}, measured as a share of the measure’s scale (of a count’s target, else of its earlier reading), so different measures compare. Better and worse follow each measure’s direction: fewer complaints is an improvement.`}
    >
      {movers.improved.length === 0 && movers.declined.length === 0 ? (
        <ReviewEmpty>
          No reading changed {between}: a touchpoint or journey needs a reading in both months.
        </ReviewEmpty>
      ) : (
        <div className="grid gap-6">
          <div className="grid gap-2">
            <h3 className="font-semibold">Largest declines ({movers.declined.length})</h3>
            {movers.declined.length === 0 ? (
              <ReviewEmpty>Nothing got worse.</ReviewEmpty>
            ) : (
              <MoverTable {...common} caption="Largest declines" movers={movers.declined} />
            )}
          </div>
          <div className="grid gap-2">
            <h3 className="font-semibold">Largest improvements ({movers.improved.length})</h3>
            {movers.improved.length === 0 ? (
              <ReviewEmpty>Nothing improved.</ReviewEmpty>
            ) : (
              <MoverTable {...common} caption="Largest improvements" movers={movers.improved} />
            )}
          </div>
        </div>
      )}
    </ReviewSection>
  );
}
