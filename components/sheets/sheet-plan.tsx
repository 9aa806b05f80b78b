import type { PlanItem, PlanSummary } from "@/lib/sheets/plan";

const label = (item: PlanItem) =>
  [item.journey, item.stage, item.touchpoint].filter(Boolean).join(" › ") +
  (item.detail ? ` (${item.detail})` : "");

function ItemList({ title, items, total }: { title: string; items: PlanItem[]; total: number }) {
  if (items.length === 0) return null;
  return (
    <details className="rounded-md border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium">
        {title} ({total})
      </summary>
      <ul className="mt-2 list-disc pl-5 text-sm text-slate-700">
        {items.map((item) => (
          <li key={label(item)}>{label(item)}</li>
        ))}
      </ul>
      {total > items.length ? (
        <p className="mt-1 text-xs text-slate-600">…and {total - items.length} more.</p>
      ) : null}
    </details>
  );
}

/** The preview: counts first, then what exactly will be created, changed and removed. */
export function SheetPlan({ summary }: { summary: PlanSummary }) {
  const c = summary.counts;
  const rows: [string, number][] = [
    ["New departments", c.departmentsCreated],
    ["New journeys", c.journeysCreated],
    ["New stages", c.stagesCreated],
    ["New touchpoints", c.touchpointsCreated],
    ["Changed touchpoints", c.touchpointsChanged],
    ["Roles set", c.rolesSet],
    ["Roles cleared", c.rolesCleared],
    ["Journeys removed", c.journeysRemoved],
    ["Stages removed", c.stagesRemoved],
    ["Touchpoints removed", c.touchpointsRemoved],
    ["Contested after import", c.contested],
  ];
  const created = c.journeysCreated + c.stagesCreated + c.touchpointsCreated;
  const removed = c.journeysRemoved + c.stagesRemoved + c.touchpointsRemoved;
  const nothing = rows.every(([, n]) => n === 0);
  return (
    <section aria-labelledby="sheet-plan" className="grid gap-3">
      <h3 id="sheet-plan" className="font-semibold">
        Preview ({summary.mode === "replace" ? "replace" : "merge"})
      </h3>
      {nothing ? (
        <p className="text-sm text-slate-700">
          The map already matches this sheet: importing changes nothing.
        </p>
      ) : (
        <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
          {rows
            .filter(([, n]) => n > 0)
            .map(([name, n]) => (
              <div key={name} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                <dt>{name}</dt>
                <dd className="font-semibold tabular-nums">{n}</dd>
              </div>
            ))}
        </dl>
      )}
      {summary.newDepartments.length > 0 ? (
        <p className="text-sm">
          <strong>Departments to create:</strong> {summary.newDepartments.join(", ")}
        </p>
      ) : null}
      {summary.clearedDepartments.length > 0 ? (
        <p className="text-sm">
          <strong>Roles cleared for departments the sheet does not name</strong> (the departments stay):{" "}
          {summary.clearedDepartments.join(", ")}
        </p>
      ) : null}
      <ItemList
        title="Contested: two or more departments hold A"
        items={summary.contested}
        total={c.contested}
      />
      <ItemList title="Created" items={summary.created} total={created} />
      <ItemList title="Changed" items={summary.changed} total={c.touchpointsChanged} />
      <ItemList title="Removed" items={summary.removed} total={removed} />
    </section>
  );
}
