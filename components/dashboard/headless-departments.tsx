import { HeadlessFlag } from "@/components/ui/headless-flag";
import Link from "@/components/ui/link";
import type { HeadlessReport } from "@/lib/coverage/headless-queries";
import type { CoverageReport } from "@/lib/coverage/report-types";
import { getDashboardHref } from "@/lib/coverage/schemas";
import { Card, EmptyNote, ShowAllLink } from "./card";

/**
 * Departments nobody heads, each with the touchpoints it is Accountable for: at risk, since nobody answers for
 * them. The query lists the first touchpoints across the whole card unless the URL shows them all.
 */
export async function HeadlessDepartments(props: {
  headless: Promise<HeadlessReport>;
  // The filters as the report applied them, so a stale id in the URL reads the same on every card.
  report: Promise<CoverageReport>;
  slug: string;
}) {
  const [headless, report] = await Promise.all([props.headless, props.report]);
  const { slug } = props;
  const { filters } = report;
  const inJourney = Boolean(filters.journeyId);
  const listed = headless.departments.reduce((sum, d) => sum + d.touchpoints.length, 0);
  const filtered = report.options.departments.find((d) => d.id === filters.departmentId);
  return (
    <Card
      id="headless"
      title="Departments without a head"
      description="Nobody answers for what these departments are Accountable for: those touchpoints are at risk until the department has a head."
    >
      {headless.departments.length === 0 ? (
        <EmptyNote>{filtered ? `${filtered.name} has a head.` : "Every department has a head."}</EmptyNote>
      ) : (
        <div className="grid gap-4">
          <ul aria-label="Departments without a head" className="grid gap-4">
            {headless.departments.map((department) => {
              const hidden = department.accountable - department.touchpoints.length;
              return (
                <li key={department.id} className="grid gap-1">
                  <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                    <h3 className="font-semibold">{department.name}</h3>
                    <HeadlessFlag accountable={department.accountable} inJourney={inJourney} />
                  </div>
                  {department.touchpoints.length > 0 ? (
                    <ul
                      aria-label={`At risk: ${department.name}'s touchpoints`}
                      className="grid gap-1 text-sm"
                    >
                      {department.touchpoints.map((touchpoint) => (
                        <li key={touchpoint.id}>
                          <Link
                            href={`/w/${slug}/touchpoints/${touchpoint.id}`}
                            className="text-blue-800 hover:underline"
                          >
                            {touchpoint.journey.name} › {touchpoint.stage.name} › {touchpoint.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {hidden > 0 ? (
                    <p className="text-sm text-slate-600">
                      {department.touchpoints.length > 0 ? `${hidden} more not listed.` : "Not listed here."}
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <ShowAllLink
            shown={listed}
            total={headless.atRisk}
            href={getDashboardHref(slug, { ...filters, all: "headless" }, "headless")}
            what="at-risk touchpoints"
          />
        </div>
      )}
    </Card>
  );
}
