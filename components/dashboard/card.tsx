import type { ReactNode } from "react";
import Link from "@/components/ui/link";

/** One dashboard card: a titled section that prints on a page of its own rather than split in two. */
export function Card(props: { id?: string; title: string; description?: ReactNode; children: ReactNode }) {
  const headingId = props.id ? `${props.id}-heading` : undefined;
  return (
    <section
      id={props.id}
      aria-labelledby={headingId}
      className="dashboard-card scroll-mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id={headingId} className="text-lg font-semibold">
        {props.title}
      </h2>
      {props.description ? <p className="mt-1 text-sm text-slate-600">{props.description}</p> : null}
      <div className="mt-4">{props.children}</div>
    </section>
  );
}

/** The placeholder a card shows while its numbers stream in. */
export function CardSkeleton({ title, height = "h-40" }: { title: string; height?: string }) {
  return (
    <section
      aria-busy="true"
      aria-label={`${title} (loading)`}
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 className="text-lg font-semibold text-slate-500">{title}</h2>
      <div role="status" className={`mt-4 animate-pulse rounded bg-slate-200 ${height}`}>
        <span className="sr-only">Loading {title.toLowerCase()}…</span>
      </div>
    </section>
  );
}

export function ChartSkeleton({ height }: { height: number }) {
  return <div aria-hidden="true" className="animate-pulse rounded bg-slate-100" style={{ height }} />;
}

export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="rounded-md bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">{children}</p>;
}

/** Below a capped list: how many are hidden, and a link to the whole list with the same filters. */
export function ShowAllLink(props: { shown: number; total: number; href: string; what: string }) {
  if (props.shown >= props.total) return null;
  return (
    <p className="no-print text-sm text-slate-600">
      Showing the first {props.shown} of {props.total}.{" "}
      <Link href={props.href} className="text-blue-800 underline">
        Show all {props.total} {props.what}
      </Link>
    </p>
  );
}
