import Link from "@/components/ui/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { Cell, Table } from "@/components/ui/table";
import { formatMonth, formatValue } from "@/lib/outcomes/measure-text";
import type { OutcomeReport } from "@/lib/outcomes/report";
import { ReviewEmpty, ReviewSection } from "./review-section";

/**
 * DESIGN.md's unowned pain, first and set apart: touchpoints nobody is accountable for where the customer's
 * verdict misses its target, worst first, each miss with how far it falls short.
 */
export function UnownedPainSection({ slug, report }: { slug: string; report: OutcomeReport }) {
  const pain = report.unownedPain;
  return (
    <ReviewSection
      id="unowned-pain"
      isProminent
      title={`Unowned pain (${pain.length})`}
      description={`Touchpoints that are unowned or contested and miss a target in ${formatMonth(report.month)}: the customer hurts where nobody is accountable. Worst first (the largest miss for its scale).`}
    >
      {pain.length === 0 ? (
        <ReviewEmpty>
          {report.totals.targets === 0
            ? "No targets are set yet, so nothing can be missed. A CX lead sets targets on touchpoint and journey pages."
            : `None in ${formatMonth(report.month)}: every touchpoint that misses a target has one Accountable department.`}
        </ReviewEmpty>
      ) : (
        <Table
          caption="Unowned pain, worst first"
          columns={["Touchpoint", "Status", "Misses (reading against target)"]}
        >
          {pain.map((item) => (
            <tr key={item.touchpoint.id}>
              <Cell>
                <Link
                  href={`/w/${slug}/touchpoints/${item.touchpoint.id}`}
                  className="font-medium text-blue-800 underline"
                >
                  {item.touchpoint.name}
                </Link>
                <span className="block text-xs text-slate-600">
                  {item.journey.name} · {item.stage.name}
                </span>
              </Cell>
              <Cell>
                <StatusBadge status={item.status} />
              </Cell>
              <Cell>
                <ul className="grid gap-1">
                  {item.misses.map((miss) => (
                    <li key={miss.measure.id}>
                      <span className="font-medium">{miss.measure.name}</span>{" "}
                      {formatValue(miss.value, miss.measure.unit)} against{" "}
                      {formatValue(miss.target, miss.measure.unit)}: misses by{" "}
                      <strong>{formatValue(miss.shortfall, miss.measure.unit)}</strong>
                      {miss.readingMonth !== report.month ? (
                        <span className="text-slate-600"> (read in {formatMonth(miss.readingMonth)})</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </Cell>
            </tr>
          ))}
        </Table>
      )}
    </ReviewSection>
  );
}
