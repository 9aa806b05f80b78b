/** Download links for the targets and readings sheets; the API routes check the caller (session) as for any request. */
export function OutcomeSheetLinks({ slug }: { slug: string }) {
  const href = (path: "targets" | "readings", format?: "json") => {
    const query = new URLSearchParams({ workspace: slug });
    if (format) query.set("format", format);
    return `/api/v1/${path}?${query}`;
  };
  const link =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <a href={href("targets")} download className={link}>
        Targets CSV
      </a>
      <a href={href("readings")} download className={link}>
        Readings CSV
      </a>
      <a href={href("readings", "json")} download className={link}>
        Readings JSON
      </a>
    </div>
  );
}
