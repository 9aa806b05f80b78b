// A department head's "still ours" list (DESIGN.md, Verification): the touchpoints their department alone is
// Accountable for, stale ones first, each confirmable, and all the stale ones at once.
import Link from "@/components/ui/link";
import { formatDay, StaleFlag } from "@/components/ui/stale-flag";
import { getVerificationDueAt } from "@/lib/ownership";
import type { DepartmentVerification as Verification, VerificationItem } from "@/lib/verification/schemas";
import { ConfirmAllButton, ConfirmOwnershipButton } from "./confirm-buttons";

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function When({ item, cadenceDays }: { item: VerificationItem; cadenceDays: number }) {
  if (item.stale) return <StaleFlag confirmedAt={item.confirmedAt} cadenceDays={cadenceDays} />;
  const confirmedAt = item.confirmedAt ? new Date(item.confirmedAt) : null;
  const due = getVerificationDueAt({ confirmedAt, cadenceDays });
  return (
    <span className="text-slate-600">
      Confirmed {item.confirmedAt ? formatDay(item.confirmedAt) : "never"}
      {due ? `; due by ${formatDay(due.toISOString())}` : ""}
    </span>
  );
}

export function DepartmentVerification(props: { slug: string; departmentId: string; data: Verification }) {
  const { data, slug } = props;
  const { departmentName } = data;
  return (
    <section
      aria-labelledby="verify-heading"
      className="grid gap-3 rounded-lg border border-slate-200 bg-white p-5"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 id="verify-heading" className="text-lg font-semibold">
            Ownership to confirm
          </h2>
          <p className="text-sm text-slate-600">
            {data.owned === 0
              ? `${departmentName} is not yet the only Accountable department of any touchpoint.`
              : `${departmentName} owns ${plural(data.owned, "touchpoint", "touchpoints")}; confirm every ${data.cadenceDays} days that each is still yours. ` +
                (data.stale === 0 ? "All are confirmed." : `${plural(data.stale, "is", "are")} stale.`)}
          </p>
        </div>
        {data.stale > 0 ? <ConfirmAllButton departmentId={props.departmentId} count={data.stale} /> : null}
      </div>
      {data.items.length > 0 ? (
        <>
          <ul className="grid divide-y divide-slate-100 text-sm">
            {data.items.map((item) => (
              <li key={item.touchpointId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="min-w-0">
                  <span className="text-slate-600">
                    {item.journey.name} › {item.stage.name} ›{" "}
                  </span>
                  <Link
                    href={`/w/${slug}/touchpoints/${item.touchpointId}`}
                    className="font-medium text-blue-800 hover:underline"
                  >
                    {item.touchpointName}
                  </Link>
                </span>
                <span className="flex flex-wrap items-center gap-2">
                  <When item={item} cadenceDays={data.cadenceDays} />
                  <ConfirmOwnershipButton
                    touchpointId={item.touchpointId}
                    touchpointName={item.touchpointName}
                    label="Still ours"
                  />
                </span>
              </li>
            ))}
          </ul>
          {data.owned > data.items.length ? (
            <p className="text-sm text-slate-600">
              Showing the {data.items.length} due first of {data.owned}.
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
