// How the review writes instants and days (months and values: lib/outcomes/measure-text.ts). No client directive.
/** "2026-11-30 05:10 UTC": decisions and the generated stamp, in the time zone the months are in. */
export function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "2026-11-30". */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
