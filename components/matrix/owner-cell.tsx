import type { TouchpointOwnership } from "@/lib/ownership";

/** Who owns the row, in words: the owner, both sides of a contest, or nobody (with any pending claims). */
export function OwnerCell({
  ownership,
  names,
}: {
  ownership: TouchpointOwnership;
  names: ReadonlyMap<string, string>;
}) {
  if (ownership.status === "OWNED") {
    return (
      <span>
        {names.get(ownership.ownerId ?? "")}
        {ownership.hasNoResponsible ? (
          <span className="ml-2 text-xs font-medium text-amber-800">(no one Responsible)</span>
        ) : null}
      </span>
    );
  }
  if (ownership.status === "CONTESTED") {
    // `names` is in department order, so the sides read the same way on every render.
    const fighting = new Set([...ownership.accountableIds, ...ownership.claimantIds]);
    const sides = [...names].filter(([id]) => fighting.has(id)).map(([, name]) => name);
    return <span className="text-red-800">{sides.join(" vs ")}</span>;
  }
  const claimants = ownership.claimantIds.map((id) => names.get(id) ?? "Unknown");
  return (
    <span className="text-slate-500">
      Nobody
      {claimants.length > 0 ? <span className="block text-xs">Claimed by {claimants.join(", ")}</span> : null}
    </span>
  );
}
