import { JourneyOwnerLabel } from "@/components/outcomes/journey-owner-label";
import { CoverageMeter, formatCoverage } from "@/components/ui/coverage";
import Link from "@/components/ui/link";
import { getStatusLabel } from "@/components/ui/status-badge";
import type { CoverageReport } from "@/lib/coverage/report-types";
import type { JourneyOwnerRow } from "@/lib/outcomes/journey-owner-schemas";
import { getOwnersByJourney } from "@/lib/outcomes/journey-owner-schemas";
import type { StageStatus } from "@/lib/ownership";
import { Card, EmptyNote } from "./card";

// Colour echoes the status; the status is always written out beside it.
const STRIP: Record<StageStatus, string> = {
  OWNED: "border-green-700 bg-green-50",
  UNOWNED: "border-amber-600 bg-amber-50",
  CONTESTED: "border-red-700 bg-red-50",
  EMPTY: "border-slate-300 bg-slate-50",
};
const SYMBOL: Record<StageStatus, string> = { OWNED: "✓", UNOWNED: "○", CONTESTED: "⚠", EMPTY: "–" };

/** How many of the workspace's journeys nobody owns, linked to the journeys page where each is flagged. */
function OwnerlessCount(props: { count: number; slug: string }) {
  if (props.count === 0) return <p className="mb-4 text-sm text-slate-600">Every journey has an owner.</p>;
  return (
    <p className="mb-4 text-sm">
      <Link href={`/w/${props.slug}`} className="font-medium text-amber-900 underline">
        <span aria-hidden="true">○ </span>
        {props.count} {props.count === 1 ? "journey" : "journeys"} without an owner
      </Link>
    </p>
  );
}

/** Every journey, with its owner, as a chronological strip of its stages, each a link into the matrix. */
export async function JourneyLine(props: {
  report: Promise<CoverageReport>;
  owners: Promise<JourneyOwnerRow[]>;
  slug: string;
}) {
  const [report, ownerRows] = await Promise.all([props.report, props.owners]);
  const owners = getOwnersByJourney(ownerRows);
  return (
    <Card
      id="journeys"
      title="The journey line"
      description="Each journey's owner, and its stages in the order the customer meets them, with their coverage."
    >
      {ownerRows.length > 0 ? (
        <OwnerlessCount count={ownerRows.filter((row) => !row.owner).length} slug={props.slug} />
      ) : null}
      {report.journeys.length === 0 ? (
        <EmptyNote>No journeys mapped yet.</EmptyNote>
      ) : (
        <ul className="grid gap-5">
          {report.journeys.map((journey) => (
            <li key={journey.id}>
              <div className="flex flex-wrap items-baseline justify-between gap-3">
                <div className="min-w-0">
                  <h3 className="font-semibold">
                    <Link href={`/w/${props.slug}/journeys/${journey.id}`} className="hover:underline">
                      {journey.name}
                    </Link>
                  </h3>
                  <p>
                    <JourneyOwnerLabel owner={owners.get(journey.id) ?? null} />
                  </p>
                </div>
                <CoverageMeter coverage={journey.coverage} label={`${journey.name} coverage`} />
              </div>
              {journey.stages.length === 0 ? (
                <p className="mt-2 text-sm text-slate-600">No stages yet.</p>
              ) : (
                <ol
                  aria-label={`${journey.name} stages in order`}
                  className="mt-2 flex gap-1 overflow-x-auto"
                >
                  {journey.stages.map((stage) => (
                    <li
                      key={stage.id}
                      className={`min-w-28 flex-1 border-t-4 px-2 py-1.5 text-xs ${STRIP[stage.status]}`}
                    >
                      <Link
                        href={`/w/${props.slug}/journeys/${journey.id}#stage-${stage.id}`}
                        className="block font-medium text-slate-900 hover:underline"
                      >
                        {stage.name}
                      </Link>
                      <span className="text-slate-700">
                        <span aria-hidden="true">{SYMBOL[stage.status]} </span>
                        {getStatusLabel(stage.status)} · {formatCoverage(stage.coverage)}
                        {stage.coverage.total > 0 ? ` (${stage.coverage.owned}/${stage.coverage.total})` : ""}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
              <p className="mt-1 text-xs text-slate-600">
                {journey.coverage.unowned} unowned · {journey.coverage.contested} contested ·{" "}
                {journey.handoffs} {journey.handoffs === 1 ? "handoff" : "handoffs"} (
                {journey.unbridgedHandoffs} unbridged)
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
