// The RACI sheet's fixed facts (DESIGN.md, Interfaces): columns, limits and the formula rule shared by import
// and export, so export → import is an exact round trip. Pure: runs in the browser, the server and tests.
import { NAME_MAX } from "../structure/schemas";

export const FIXED_COLUMNS = ["journey", "stage", "touchpoint", "channel"] as const;
export type FixedColumn = (typeof FIXED_COLUMNS)[number];

/** Refused beyond these: a sheet is a map, not a data dump, and the whole import runs in one transaction. */
export const SHEET_LIMITS = {
  bytes: 2 * 1024 * 1024,
  rows: 20_000,
  departments: 200,
  /** Every name cell obeys the structure forms' limit. */
  cellChars: NAME_MAX,
  /** Errors listed; the total is always counted. */
  errors: 200,
} as const;

/** What POST /api/v1/import accepts as its body's Content-Type: CSV only (RFC 4180); anything else is 415. */
export const SHEET_MEDIA_TYPES = ["text/csv"] as const;

export const ROLE_LETTERS = ["R", "A", "C", "I"] as const;
export type SheetRole = (typeof ROLE_LETTERS)[number];

// A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(...) and friends).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Export: a value a spreadsheet would execute, or one that already starts with an apostrophe, gets one more
 * leading apostrophe. Import undoes exactly one, so every name survives the round trip unchanged.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

export function restoreCell(value: string): string {
  if (!value.startsWith("'")) return value;
  const rest = value.slice(1);
  return FORMULA_START.test(rest) || rest.startsWith("'") ? rest : value;
}
