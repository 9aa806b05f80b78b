import type { TActivityParam } from "@/lib/audit/schemas";

const MESSAGES: Record<TActivityParam, string> = {
  journey: "The journey in the address is not one of this workspace's, so that filter was cleared.",
  department: "The department in the address is not one of this workspace's, so that filter was cleared.",
  action: "No event has the action in the address, so that filter was cleared.",
  before: "The page position in the address was not recognised, so the newest events are shown.",
};

/** Says which parts of a hand-edited or stale link were ignored, instead of failing the page. */
export function IgnoredParamsNote({ ignored }: { ignored: TActivityParam[] }) {
  if (ignored.length === 0) return null;
  return (
    <div
      role="status"
      className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900"
    >
      <ul className="grid gap-1">
        {ignored.map((param) => (
          <li key={param}>{MESSAGES[param]}</li>
        ))}
      </ul>
    </div>
  );
}
