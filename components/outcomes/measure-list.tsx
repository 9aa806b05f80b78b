import { Announcer } from "@/components/ui/announcer";
import { EmptyState } from "@/components/ui/empty-state";
import type { MeasureListItem } from "@/lib/outcomes/measures";
import { MeasureCreateForm } from "./measure-forms";
import { MeasureItem } from "./measure-item";

type Props = {
  measures: MeasureListItem[];
  workspaceId: string;
  /** CX leads only; others read. The server refuses their changes either way. */
  canEdit: boolean;
};

/** The Measures page's body: every measure of the workspace, editable in place by a CX lead. */
export function MeasureList({ measures, workspaceId, canEdit }: Props) {
  return (
    <Announcer>
      <section aria-labelledby="measures-heading" className="grid content-start gap-4">
        <h2 id="measures-heading" tabIndex={-1} className="text-lg font-semibold">
          Measures in this workspace
        </h2>
        {measures.length === 0 ? (
          <EmptyState title="No measures yet">
            A measure is a customer signal the workspace tracks, such as CSAT, customer effort, NPS or
            complaints: its scale, and whether higher or lower is better. Touchpoints and journeys then get
            targets and monthly readings of it.
            {canEdit ? " Add the first one below." : " A CX lead defines them."}
          </EmptyState>
        ) : (
          <ul aria-label="Measures by name" className="grid gap-3">
            {measures.map((measure) => (
              <MeasureItem key={measure.id} measure={measure} canEdit={canEdit} />
            ))}
          </ul>
        )}
        {canEdit ? (
          <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <h3 className="mb-3 font-medium">Add a measure</h3>
            <MeasureCreateForm workspaceId={workspaceId} />
          </div>
        ) : null}
      </section>
    </Announcer>
  );
}
