import type { ReactNode } from "react";

/**
 * One section of the monthly review: a titled region that starts a new page when printed (app/globals.css,
 * `.review-section`), except the first.
 */
export function ReviewSection(props: {
  id: string;
  title: ReactNode;
  description?: ReactNode;
  children: ReactNode;
  /** Unowned pain: the first thing an executive reads, set apart. */
  isProminent?: boolean;
}) {
  const frame = props.isProminent ? "border-l-4 border-l-red-700 border-slate-200" : "border-slate-200";
  return (
    <section
      id={props.id}
      aria-labelledby={`${props.id}-heading`}
      className={`review-section grid gap-4 rounded-lg border bg-white p-5 shadow-sm ${frame}`}
    >
      <div className="grid gap-1">
        <h2 id={`${props.id}-heading`} className="text-lg font-semibold">
          {props.title}
        </h2>
        {props.description ? <p className="text-sm text-slate-600">{props.description}</p> : null}
      </div>
      {props.children}
    </section>
  );
}

/** What a section says when it has nothing to show. */
export function ReviewEmpty({ children }: { children: ReactNode }) {
  return <p className="rounded-md bg-slate-50 px-4 py-4 text-sm text-slate-700">{children}</p>;
}
