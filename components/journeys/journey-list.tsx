import { JourneyOwnerLabel } from "@/components/outcomes/journey-owner-label";
import { CoverageMeter, formatCoverage } from "@/components/ui/coverage";
import Link from "@/components/ui/link";
import { getStatusLabel } from "@/components/ui/status-badge";
import type { JourneyCoverage } from "@/lib/coverage/queries";
import type { JourneyOwner } from "@/lib/outcomes/journey-owner-schemas";
import type { StageStatus } from "@/lib/ownership";

const STRIP: Record<StageStatus, string> = {
  OWNED: "border-green-700 bg-green-50",
  UNOWNED: "border-amber-600 bg-amber-50",
  CONTESTED: "border-red-700 bg-red-50",
  EMPTY: "border-slate-300 bg-slate-50",
};

export function JourneyList({
  journeys,
  owners,
  workspaceSlug,
}: {
  journeys: JourneyCoverage[];
  /** Each journey's owner; a journey missing here shows the "No journey owner" flag. */
  owners: ReadonlyMap<string, JourneyOwner | null>;
  workspaceSlug: string;
}) {
  return (
    <ul className="grid gap-4">
      {journeys.map((journey) => (
        <li key={journey.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <div className="flex flex-wrap items-baseline justify-between gap-3">
            <h2 className="text-lg font-semibold">
              <Link href={`/w/${workspaceSlug}/journeys/${journey.id}`} className="hover:underline">
                {journey.name}
              </Link>
            </h2>
            <CoverageMeter coverage={journey.coverage} label={`${journey.name} coverage`} />
          </div>
          {journey.description ? <p className="mt-1 text-sm text-slate-600">{journey.description}</p> : null}
          <p className="mt-2">
            <JourneyOwnerLabel owner={owners.get(journey.id) ?? null} />
          </p>
          <ol aria-label={`${journey.name} stages in order`} className="mt-4 flex gap-1 overflow-x-auto">
            {journey.stages.map((stage) => (
              <li
                key={stage.id}
                className={`min-w-28 flex-1 border-t-4 px-2 py-1.5 text-xs ${STRIP[stage.status]}`}
              >
                <Link
                  href={`/w/${workspaceSlug}/journeys/${journey.id}#stage-${stage.id}`}
                  className="block font-medium text-slate-900 hover:underline"
                >
                  {stage.name}
                </Link>
                <span className="text-slate-700">
                  {getStatusLabel(stage.status)} · {formatCoverage(stage.coverage)}
                </span>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-xs text-slate-600">
            {journey.coverage.unowned} unowned · {journey.coverage.contested} contested ·{" "}
            {journey.handoffCount} {journey.handoffCount === 1 ? "handoff" : "handoffs"}
          </p>
        </li>
      ))}
    </ul>
  );
}
