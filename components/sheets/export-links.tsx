/** Download links for the RACI sheet; the API route checks the caller (session) like any other request. */
export function ExportLinks({ slug, journeyId }: { slug: string; journeyId?: string }) {
  const href = (format: "csv" | "json") => {
    const query = new URLSearchParams({ workspace: slug, format });
    if (journeyId) query.set("journey", journeyId);
    return `/api/v1/export?${query}`;
  };
  const link =
    "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";
  return (
    <div className="no-print flex flex-wrap items-center gap-2">
      <a href={href("csv")} download className={link}>
        Export CSV
      </a>
      <a href={href("json")} download className={link}>
        Export JSON
      </a>
    </div>
  );
}
