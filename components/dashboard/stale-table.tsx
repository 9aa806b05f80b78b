import Link from "@/components/ui/link";
import { formatDay } from "@/components/ui/stale-flag";
import type { StaleTouchpoint } from "@/lib/coverage/report-types";
import { EmptyNote } from "./card";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
const TD = "px-3 py-2 align-top";

/** Owned touchpoints nobody has confirmed within the cadence, longest unconfirmed first. */
export function StaleTable(props: {
  touchpoints: readonly StaleTouchpoint[];
  slug: string;
  cadenceDays: number;
}) {
  if (props.touchpoints.length === 0)
    return <EmptyNote>Every owned touchpoint was confirmed in the last {props.cadenceDays} days.</EmptyNote>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Stale ownership</caption>
        <thead className="border-b border-slate-200">
          <tr>
            <th className={TH}>Touchpoint</th>
            <th className={TH}>Journey</th>
            <th className={TH}>Stage</th>
            <th className={TH}>Owner</th>
            <th className={TH}>Last confirmed</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {props.touchpoints.map((t) => (
            <tr key={t.id}>
              <th scope="row" className={`${TD} text-left font-medium`}>
                <Link href={`/w/${props.slug}/touchpoints/${t.id}`} className="text-blue-800 hover:underline">
                  {t.name}
                </Link>
              </th>
              <td className={TD}>{t.journey.name}</td>
              <td className={TD}>{t.stage.name}</td>
              <td className={TD}>{t.accountable.map((d) => d.name).join(", ")}</td>
              <td className={`${TD} tabular-nums`}>{t.confirmedAt ? formatDay(t.confirmedAt) : "Never"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
