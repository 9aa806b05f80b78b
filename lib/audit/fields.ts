// Reading one field of an audit event's before/after. Events outlive the code that wrote them, so every field
// is treated as possibly missing or of the wrong type; the describers in this folder read through these.

function field(value: unknown, key: string): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  return (value as Record<string, unknown>)[key];
}

/** A non-blank string, else null. */
export function readString(value: unknown, key: string): string | null {
  const found = field(value, key);
  return typeof found === "string" && found.trim() !== "" ? found : null;
}

/** A finite number, else 0. */
export function readCount(value: unknown, key: string): number {
  const found = field(value, key);
  return typeof found === "number" && Number.isFinite(found) ? found : 0;
}

/** The strings of an array field, else none. */
export function readNames(value: unknown, key: string): string[] {
  const found = field(value, key);
  return Array.isArray(found) ? found.filter((n): n is string => typeof n === "string") : [];
}

/** The change's mode when it is one of `modes`, else the first. */
export function readChoice<T extends string>(value: unknown, key: string, modes: readonly [T, ...T[]]): T {
  const found = field(value, key);
  return modes.find((mode) => mode === found) ?? modes[0];
}
