// One line for a sheet import's audit event (lib/sheets/apply.ts writes its counts). Fields may be missing.

function readCount(value: unknown, key: string): number {
  if (typeof value !== "object" || value === null) return 0;
  const field = (value as Record<string, unknown>)[key];
  return typeof field === "number" && Number.isFinite(field) ? field : 0;
}

export function describeSheetImport(after: unknown): string {
  const mode =
    typeof after === "object" && after !== null && (after as { mode?: unknown }).mode === "replace"
      ? "replace"
      : "merge";
  const parts = [
    ["created", readCount(after, "touchpointsCreated")],
    ["changed", readCount(after, "touchpointsChanged")],
    ["removed", readCount(after, "touchpointsRemoved")],
  ]
    .filter(([, n]) => n !== 0)
    .map(([verb, n]) => `${n} ${verb}`);
  return `Imported a RACI sheet (${mode}): ${parts.length > 0 ? `touchpoints ${parts.join(", ")}` : "no touchpoint changes"}`;
}
