// A touchpoint's or a journey's customer outcomes: each measure's target, latest reading and status, a
// twelve-month trend against the target, and the forms for whoever may change them.
import Link from "@/components/ui/link";
import { formatValue } from "@/lib/outcomes/measure-text";
import { formatNumber, type Month, monthsEndingWith, scaleOf } from "@/lib/outcomes/rules";
import type { ScopeMeasureOutcome } from "@/lib/outcomes/scope-queries";
import type { TScope } from "@/lib/outcomes/target-schemas";
import { OutcomeBadge } from "./outcome-badge";
import { ClearTargetButton, type MeasureOption, ReadingForm, TargetForm } from "./outcome-forms";
import { TrendChart } from "./trend-chart";

function scaleLabel(measure: ScopeMeasureOutcome["measure"]): string {
  const { min, max } = scaleOf(measure);
  const range = max === null ? `${formatNumber(min)} or more` : `${formatNumber(min)}–${formatNumber(max)}`;
  const better = measure.direction === "HIGHER" ? "higher is better" : "lower is better";
  return `${range}${measure.unit ? ` ${measure.unit}` : ""}, ${better}`;
}

export function ScopeOutcomes(props: {
  slug: string;
  scope: TScope;
  month: Month;
  outcomes: ScopeMeasureOutcome[];
  /** Who answers for these targets: "Accountable: Billing", "Journey owner: Ada". */
  answerable: string;
  canSetTargets: boolean;
  /** A CX lead, or the head of a department Accountable for this touchpoint. */
  canRecord: boolean;
}) {
  const { outcomes } = props;
  const shown = outcomes.filter((o) => o.target !== null || o.readings.length > 0);
  const options: MeasureOption[] = outcomes.map((o) => ({
    id: o.measure.id,
    name: o.measure.name,
    scale: scaleLabel(o.measure),
  }));
  const months = monthsEndingWith(props.month, 12);

  return (
    <section aria-labelledby="outcomes-heading" className="grid gap-4">
      <div className="grid gap-1">
        <h2 id="outcomes-heading" tabIndex={-1} className="text-lg font-semibold">
          Customer outcomes
        </h2>
        <p className="text-sm text-slate-600">
          {props.answerable}. Status for {props.month}: its reading, else the month before's.
        </p>
      </div>
      {outcomes.length === 0 ? (
        <p className="text-sm text-slate-600">
          No measures yet. A CX lead defines the workspace’s measures (CSAT, effort, NPS…) under{" "}
          <Link href={`/w/${props.slug}/settings/measures`} className="text-blue-800 underline">
            Settings → Measures
          </Link>
          ; targets and readings are then set here.
        </p>
      ) : shown.length === 0 ? (
        <p className="text-sm text-slate-600">No targets or readings here yet.</p>
      ) : (
        <ul className="grid gap-4">
          {shown.map((o) => {
            const latest = o.readings.at(-1);
            const { min, max } = scaleOf(o.measure);
            const byMonth = new Map(o.readings.map((r) => [r.month, r.value]));
            return (
              <li key={o.measure.id} className="grid gap-3 rounded-lg border border-slate-200 p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 className="font-medium">
                    {o.measure.name}{" "}
                    <span className="text-sm font-normal text-slate-600">({scaleLabel(o.measure)})</span>
                  </h3>
                  {o.outcome ? <OutcomeBadge status={o.outcome.status} /> : null}
                </div>
                <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
                  <div>
                    <dt className="text-slate-600">Target</dt>
                    <dd>{o.target === null ? "none" : formatValue(o.target, o.measure.unit)}</dd>
                  </div>
                  <div>
                    <dt className="text-slate-600">Latest reading</dt>
                    <dd>
                      {latest ? `${formatValue(latest.value, o.measure.unit)} (${latest.month})` : "none"}
                    </dd>
                  </div>
                  {o.outcome?.status === "OFF_TARGET" ? (
                    <div>
                      <dt className="text-slate-600">Misses by</dt>
                      <dd>{formatValue(o.outcome.shortfall, o.measure.unit)}</dd>
                    </div>
                  ) : null}
                </dl>
                {props.canSetTargets && o.target !== null ? (
                  <div>
                    <ClearTargetButton scope={props.scope} measure={o.measure} />
                  </div>
                ) : null}
                {o.readings.length > 0 ? (
                  <>
                    <TrendChart
                      measureName={o.measure.name}
                      target={o.target}
                      domain={[min, max ?? "auto"]}
                      data={months.map((month) => ({ month, value: byMonth.get(month) ?? null }))}
                    />
                    <details className="text-sm">
                      <summary className="cursor-pointer text-blue-800">Readings as a table</summary>
                      <div className="mt-2 overflow-x-auto">
                        <table className="min-w-full text-left">
                          <caption className="sr-only">{o.measure.name} readings by month</caption>
                          <thead>
                            <tr className="text-slate-600">
                              <th scope="col" className="pr-4 font-medium">
                                Month
                              </th>
                              <th scope="col" className="pr-4 font-medium">
                                Value
                              </th>
                              <th scope="col" className="pr-4 font-medium">
                                Sample
                              </th>
                              <th scope="col" className="font-medium">
                                Source
                              </th>
                            </tr>
                          </thead>
                          <tbody>
                            {o.readings.map((r) => (
                              <tr key={r.month}>
                                <th scope="row" className="pr-4 font-normal">
                                  {r.month}
                                </th>
                                <td className="pr-4">{formatValue(r.value, o.measure.unit)}</td>
                                <td className="pr-4">{r.sampleSize ?? "–"}</td>
                                <td>{r.source ?? "–"}</td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </div>
                    </details>
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {outcomes.length > 0 && props.canSetTargets ? (
        <div className="grid gap-2">
          <h3 className="font-medium">Set a target</h3>
          <TargetForm scope={props.scope} measures={options} />
        </div>
      ) : null}
      {outcomes.length > 0 && props.canRecord ? (
        <div className="grid gap-2">
          <h3 className="font-medium">Record a reading</h3>
          <ReadingForm scope={props.scope} measures={options} month={props.month} />
        </div>
      ) : null}
    </section>
  );
}
