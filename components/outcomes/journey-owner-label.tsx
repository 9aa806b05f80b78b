// No "use client": the journey page, the journeys page and the dashboard all render it on the server.

/**
 * A journey's owner by name, or the "No journey owner" flag (DESIGN.md, Journey owner): text and a symbol carry
 * the flag, its amber only echoes the unowned status.
 */
export function JourneyOwnerLabel({ owner }: { owner: { name: string } | null }) {
  if (owner)
    return (
      <span className="min-w-0 break-words text-sm text-slate-700">
        <span className="font-medium text-slate-900">Journey owner:</span> {owner.name}
      </span>
    );
  return (
    <span className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-600/40">
      <span aria-hidden="true">○</span>
      No journey owner
    </span>
  );
}
