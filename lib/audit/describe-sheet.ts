// One line for a sheet import's audit event (lib/sheets/apply.ts writes its counts). Fields may be missing.
import { readChoice, readCount } from "./fields";

export function describeSheetImport(after: unknown): string {
  const mode = readChoice(after, "mode", ["merge", "replace"]);
  const parts = [
    ["created", readCount(after, "touchpointsCreated")],
    ["changed", readCount(after, "touchpointsChanged")],
    ["removed", readCount(after, "touchpointsRemoved")],
  ]
    .filter(([, n]) => n !== 0)
    .map(([verb, n]) => `${n} ${verb}`);
  return `Imported a RACI sheet (${mode}): ${parts.length > 0 ? `touchpoints ${parts.join(", ")}` : "no touchpoint changes"}`;
}
