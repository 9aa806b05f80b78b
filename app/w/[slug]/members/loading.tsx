export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="grid gap-3">
      <span className="sr-only">Loading the members…</span>
      <div className="h-6 w-40 animate-pulse rounded bg-slate-200" />
      {[0, 1, 2, 3].map((row) => (
        <div key={row} className="h-10 animate-pulse rounded-lg bg-slate-200" />
      ))}
    </div>
  );
}
