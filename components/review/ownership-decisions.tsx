import { ClaimStatusBadge } from "@/components/claims/claim-history";
import Link from "@/components/ui/link";
import { Cell, Table } from "@/components/ui/table";
import type { OwnershipDecisions } from "@/lib/claims/decision-queries";
import type { PlacedTouchpoint } from "@/lib/claims/queries";
import { formatMonth } from "@/lib/outcomes/measure-text";
import type { Month } from "@/lib/outcomes/rules";
import { formatInstant } from "./format";
import { ReviewEmpty, ReviewSection } from "./review-section";

function Place({ slug, touchpoint }: { slug: string; touchpoint: PlacedTouchpoint }) {
  return (
    <>
      <Link href={`/w/${slug}/touchpoints/${touchpoint.id}`} className="font-medium text-blue-800 underline">
        {touchpoint.name}
      </Link>
      <span className="block text-xs text-slate-600">
        {touchpoint.journeyName} · {touchpoint.stageName}
      </span>
    </>
  );
}

function Capped({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (shown >= total) return null;
  return (
    <p className="text-sm text-slate-600">
      The first {shown} of {total} {what}, oldest first.
    </p>
  );
}

/** The month's claims approved or rejected and contests resolved: who decided what, when and why. */
export function OwnershipDecisionsSection(props: {
  slug: string;
  month: Month;
  decisions: OwnershipDecisions;
}) {
  const { claims, contests } = props.decisions;
  const month = formatMonth(props.month);
  return (
    <ReviewSection
      id="decisions"
      title="Ownership decisions of the month"
      description={`Claims CX leads approved or rejected and contests they resolved in ${month} (UTC). Resolving a contest also decides the claims in it, so those are listed among the claims too.`}
    >
      <div className="grid gap-2">
        <h3 className="font-semibold">
          Claims decided ({claims.total}: {claims.approved} approved, {claims.rejected} rejected)
        </h3>
        {claims.items.length === 0 ? (
          <ReviewEmpty>No claim was approved or rejected in {month}.</ReviewEmpty>
        ) : (
          <Table
            caption={`Claims decided in ${month}`}
            columns={["Decided", "Touchpoint", "Department", "Role", "Decision", "By", "Note"]}
          >
            {claims.items.map((c) => (
              <tr key={c.id}>
                <Cell className="whitespace-nowrap">{formatInstant(c.decidedAt)}</Cell>
                <Cell>
                  <Place slug={props.slug} touchpoint={c.touchpoint} />
                </Cell>
                <Cell>{c.departmentName}</Cell>
                <Cell>{c.role}</Cell>
                <Cell>
                  <ClaimStatusBadge status={c.status} />
                </Cell>
                <Cell>{c.decidedByName ?? "Someone"}</Cell>
                <Cell>{c.note ?? "—"}</Cell>
              </tr>
            ))}
          </Table>
        )}
        <Capped shown={claims.items.length} total={claims.total} what="claims decided" />
      </div>
      <div className="grid gap-2">
        <h3 className="font-semibold">Contests resolved ({contests.total})</h3>
        {contests.items.length === 0 ? (
          <ReviewEmpty>No contest was resolved in {month}.</ReviewEmpty>
        ) : (
          <Table
            caption={`Contests resolved in ${month}`}
            columns={[
              "Resolved",
              "Touchpoint",
              "Made Accountable",
              "Claims approved / rejected",
              "By",
              "Note",
            ]}
          >
            {contests.items.map((c) => (
              <tr key={c.id}>
                <Cell className="whitespace-nowrap">{formatInstant(c.resolvedAt)}</Cell>
                <Cell>
                  {c.touchpoint ? (
                    <Place slug={props.slug} touchpoint={c.touchpoint} />
                  ) : (
                    <>
                      {c.touchpointName}
                      <span className="block text-xs text-slate-600">deleted since</span>
                    </>
                  )}
                </Cell>
                <Cell>{c.winnerName}</Cell>
                <Cell>
                  {c.approved.length > 0 ? c.approved.join(", ") : "none"} /{" "}
                  {c.rejected.length > 0 ? c.rejected.join(", ") : "none"}
                </Cell>
                <Cell>{c.resolvedByName ?? "Someone"}</Cell>
                <Cell>{c.note ?? "—"}</Cell>
              </tr>
            ))}
          </Table>
        )}
        <Capped shown={contests.items.length} total={contests.total} what="contests resolved" />
      </div>
    </ReviewSection>
  );
}
