// How the review writes months, values and dates: the same on screen and on paper. No client directive.
import { formatNumber, type Month } from "@/lib/outcomes/rules";

const MONTH_NAME = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });

/** "October 2026". */
export function formatMonth(month: Month): string {
  return MONTH_NAME.format(new Date(`${month}-01T00:00:00Z`));
}

/** "4.2 / 5", "31 per month", "12": a measure's value with its unit. */
export function formatValue(value: number, unit: string): string {
  return `${formatNumber(value)}${unit ? ` ${unit}` : ""}`;
}

/** "2026-11-30 05:10 UTC": decisions and the generated stamp, in the time zone the months are in. */
export function formatInstant(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "2026-11-30". */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
