export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="grid gap-8 lg:grid-cols-2">
      <span className="sr-only">Loading the structure…</span>
      {[0, 1].map((column) => (
        <div key={column} className="grid content-start gap-3">
          <div className="h-6 w-40 animate-pulse rounded bg-slate-200" />
          {[0, 1, 2].map((row) => (
            <div key={row} className="h-16 animate-pulse rounded-lg bg-slate-200" />
          ))}
        </div>
      ))}
    </div>
  );
}
