import Link from "@/components/ui/link";
import type { CoverageReport } from "@/lib/coverage/report-types";
import { getDashboardHref } from "@/lib/coverage/schemas";
import { Card, EmptyNote, ShowAllLink } from "./card";

const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
const TD = "px-3 py-2 align-top";

/** Department pairs that hand customers over most, unbridged first: where customers repeat themselves. */
export async function HandoffHotspots(props: { report: Promise<CoverageReport>; slug: string }) {
  const report = await props.report;
  // The report reads the first pairs unless the URL shows them all (getDashboardLimits).
  const pairs = report.handoffs;
  return (
    <Card
      id="handoffs"
      title="Handoff hotspots"
      description="Unbridged: neither department holds a role on the other's touchpoint, so nobody carries the context across."
    >
      {report.handoffs.length === 0 ? (
        <EmptyNote>No handoffs: no two consecutive owned touchpoints have different owners.</EmptyNote>
      ) : (
        <div className="grid gap-2 overflow-x-auto">
          <table className="w-full text-sm">
            <caption className="sr-only">Handoffs by department pair</caption>
            <thead className="border-b border-slate-200">
              <tr>
                <th className={TH}>From → to</th>
                <th className={`${TH} text-right`}>Unbridged</th>
                <th className={`${TH} text-right`}>Handoffs</th>
                <th className={TH}>Journeys</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {pairs.map((pair) => (
                <tr key={`${pair.from.id}:${pair.to.id}`}>
                  <th scope="row" className={`${TD} text-left font-medium`}>
                    {pair.from.name} → {pair.to.name}
                  </th>
                  <td className={`${TD} text-right tabular-nums`}>{pair.unbridged}</td>
                  <td className={`${TD} text-right tabular-nums`}>{pair.count}</td>
                  <td className={TD}>
                    {pair.journeys.map((journey, index) => (
                      <span key={journey.id}>
                        {index > 0 ? ", " : ""}
                        <Link
                          href={`/w/${props.slug}/journeys/${journey.id}`}
                          className="text-blue-800 hover:underline"
                        >
                          {journey.name}
                        </Link>
                      </span>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowAllLink
            shown={pairs.length}
            total={report.totals.handoffPairs}
            href={getDashboardHref(props.slug, { ...report.filters, all: "handoffs" }, "handoffs")}
            what="department pairs"
          />
        </div>
      )}
    </Card>
  );
}
