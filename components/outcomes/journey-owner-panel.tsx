import { Announcer } from "@/components/ui/announcer";
import type { JourneyOwner } from "@/lib/outcomes/journey-owner-schemas";
import { JourneyOwnerForm } from "./journey-owner-form";
import { JourneyOwnerLabel } from "./journey-owner-label";

/**
 * The journey page's owner line: who answers for the journey's benchmarks end to end, or the flag that nobody
 * does; with the picker for those who may name owners (`candidates` is null for everyone else).
 */
export function JourneyOwnerPanel(props: {
  journeyId: string;
  journeyName: string;
  owner: JourneyOwner | null;
  candidates: JourneyOwner[] | null;
}) {
  return (
    <section aria-label="Journey owner" className="grid max-w-full gap-2">
      <p className="flex flex-wrap items-center gap-2">
        <JourneyOwnerLabel owner={props.owner} />
        {props.owner ? null : (
          <span className="text-xs text-slate-600">
            Nobody answers for this journey end to end.
            {props.candidates ? null : " A CX lead can name an executive or a CX lead."}
          </span>
        )}
      </p>
      {props.candidates ? (
        <Announcer>
          <JourneyOwnerForm
            journeyId={props.journeyId}
            journeyName={props.journeyName}
            owner={props.owner}
            candidates={props.candidates}
          />
        </Announcer>
      ) : null}
    </section>
  );
}
