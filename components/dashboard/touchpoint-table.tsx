import Link from "@/components/ui/link";
import type { ReportTouchpoint } from "@/lib/coverage/report-types";
import { getChannelLabel } from "@/lib/map/channels";
import { EmptyNote } from "./card";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
const TD = "px-3 py-2 align-top";

function describeSides(touchpoint: ReportTouchpoint): string {
  const holders = touchpoint.accountable.map((d) => `${d.name} holds A`);
  const claimants = touchpoint.pendingClaims
    .filter((c) => c.role === "A" && !touchpoint.accountable.some((d) => d.id === c.department.id))
    .map((c) => `${c.department.name} claims A`);
  return [...holders, ...claimants].join(" · ");
}

/** Unowned or contested touchpoints, each linking to its stage in the matrix filtered to its status. */
export function TouchpointTable(props: {
  caption: string;
  touchpoints: readonly ReportTouchpoint[];
  slug: string;
  emptyText: string;
  showSides: boolean;
}) {
  if (props.touchpoints.length === 0) return <EmptyNote>{props.emptyText}</EmptyNote>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{props.caption}</caption>
        <thead className="border-b border-slate-200">
          <tr>
            <th className={TH}>Touchpoint</th>
            <th className={TH}>Journey</th>
            <th className={TH}>Stage</th>
            <th className={TH}>Channel</th>
            <th className={TH}>Pending claims</th>
            {props.showSides ? <th className={TH}>Who is fighting over it</th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {props.touchpoints.map((t) => (
            <tr key={t.id}>
              <th scope="row" className={`${TD} text-left font-medium`}>
                <Link
                  href={`/w/${props.slug}/journeys/${t.journey.id}?status=${t.status.toLowerCase()}#stage-${t.stage.id}`}
                  className="text-blue-800 hover:underline"
                >
                  {t.name}
                </Link>
              </th>
              <td className={TD}>{t.journey.name}</td>
              <td className={TD}>{t.stage.name}</td>
              <td className={TD}>{getChannelLabel(t.channel)}</td>
              <td className={TD}>
                {t.pendingClaims.length === 0
                  ? "—"
                  : t.pendingClaims.map((c) => `${c.department.name} (${c.role})`).join(", ")}
              </td>
              {props.showSides ? <td className={TD}>{describeSides(t)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
