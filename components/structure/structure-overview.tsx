import { Announcer } from "@/components/ui/announcer";
import { EmptyState } from "@/components/ui/empty-state";
import type { StructureOverview as Overview } from "@/lib/structure/queries";
import { DepartmentCreateForm } from "./department-forms";
import { DepartmentItem } from "./department-item";
import { JourneyCreateForm } from "./journey-forms";
import { JourneyItem } from "./journey-item";

type Props = {
  overview: Overview;
  workspace: { id: string; slug: string };
  /** CX leads only; others read. The server refuses their changes either way. */
  canEdit: boolean;
};

/** The structure page: the workspace's departments and journeys, each editable in place by a CX lead. */
export function StructureOverview({ overview, workspace, canEdit }: Props) {
  return (
    <Announcer>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="departments-heading" className="grid content-start gap-4">
          <h2 id="departments-heading" tabIndex={-1} className="text-lg font-semibold">
            Departments
          </h2>
          {overview.departments.length === 0 ? (
            <EmptyState title="No departments yet">
              Departments are the functions that own touchpoints, such as Billing or the contact center.
            </EmptyState>
          ) : (
            <ol aria-label="Departments in column order" className="grid gap-3">
              {overview.departments.map((department, index) => (
                <DepartmentItem
                  key={department.id}
                  department={department}
                  index={index}
                  count={overview.departments.length}
                  canEdit={canEdit}
                />
              ))}
            </ol>
          )}
          {canEdit ? (
            <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h3 className="mb-3 font-medium">Add a department</h3>
              <DepartmentCreateForm workspaceId={workspace.id} />
            </div>
          ) : null}
        </section>
        <section aria-labelledby="journeys-heading" className="grid content-start gap-4">
          <h2 id="journeys-heading" tabIndex={-1} className="text-lg font-semibold">
            Journeys
          </h2>
          {overview.journeys.length === 0 ? (
            <EmptyState title="No journeys yet">
              A journey is a customer goal told from the customer&apos;s side, such as “Buy online”.
            </EmptyState>
          ) : (
            <ol aria-label="Journeys in order" className="grid gap-3">
              {overview.journeys.map((journey, index) => (
                <JourneyItem
                  key={journey.id}
                  journey={journey}
                  index={index}
                  count={overview.journeys.length}
                  workspaceSlug={workspace.slug}
                  canEdit={canEdit}
                />
              ))}
            </ol>
          )}
          {canEdit ? (
            <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h3 className="mb-3 font-medium">Add a journey</h3>
              <JourneyCreateForm workspaceId={workspace.id} />
            </div>
          ) : null}
        </section>
      </div>
    </Announcer>
  );
}
