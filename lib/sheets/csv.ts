// A small RFC 4180 reader: quoted fields may hold separators, line breaks and doubled quotes. Pure.
// Linear in the text (any CX lead may send 2 MB of hostile quotes, and parsing holds the server's one thread):
// every character is looked at a bounded number of times.

/** Why reading stopped before the end: `record` is the 1-based record it stopped in. */
export type CsvStop = { reason: "unclosed-quote" | "max-records" | "max-fields"; record: number };
export type CsvRecords = { records: string[][]; stop: CsvStop | null };
export type CsvLimits = { maxRecords?: number; maxFields?: number };

/** The separator the header uses: comma unless the first line has more semicolons (outside quotes). */
export function detectSeparator(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === "\n" || char === "\r") break;
    else if (char === ",") commas += 1;
    else if (char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

const QUOTE = 34;
const LF = 10;
const CR = 13;
// What String.prototype.trim removes is exactly what \s matches.
const NOT_BLANK = /\S/;

/**
 * Splits text into records. Spaces before an opening quote are dropped; a quote anywhere else in an unquoted
 * field is an ordinary character; text after a closing quote joins the field. Fields are cut out as slices,
 * never grown a character at a time. Reading stops at an unclosed quote, before a record past `maxRecords`,
 * and at a field past `maxFields` in one record, so nothing past a limit is built only to be refused.
 */
export function readCsv(text: string, separator: string, limits: CsvLimits = {}): CsvRecords {
  const maxRecords = limits.maxRecords ?? Number.POSITIVE_INFINITY;
  const maxFields = limits.maxFields ?? Number.POSITIVE_INFINITY;
  const separatorCode = separator.charCodeAt(0);
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  // Whether `field` is only whitespace so far: only then does a quote open a quoted field.
  let isBlank = true;
  let i = 0;
  const stop = (reason: CsvStop["reason"]): CsvRecords => ({
    records,
    stop: { reason, record: records.length + 1 },
  });
  while (i < text.length) {
    const char = text[i];
    if (char === '"' && isBlank) {
      const close = findClosingQuote(text, i + 1);
      if (close === null) return stop(records.length < maxRecords ? "unclosed-quote" : "max-records");
      field = close.value;
      isBlank = !NOT_BLANK.test(field);
      i = close.next;
    } else if (char === separator || char === "\n" || char === "\r") {
      if (record.length >= maxFields) return stop("max-fields");
      record.push(field);
      field = "";
      isBlank = true;
      if (char !== separator) {
        if (records.length >= maxRecords) return stop("max-records");
        records.push(record);
        record = [];
      }
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      // A run up to the next separator or line end (and, while the field is blank, the next quote).
      let end = i + 1;
      while (end < text.length) {
        const next = text.charCodeAt(end);
        if (next === separatorCode || next === LF || next === CR || (next === QUOTE && isBlank)) break;
        end += 1;
      }
      const run = text.slice(i, end);
      field += run;
      if (isBlank && NOT_BLANK.test(run)) isBlank = false;
      i = end;
    }
  }
  if (field !== "" || record.length > 0) {
    if (record.length >= maxFields) return stop("max-fields");
    if (records.length >= maxRecords) return stop("max-records");
    record.push(field);
    records.push(record);
  }
  return { records, stop: null };
}

/** A quoted field's value (doubled quotes taken as one) and where reading goes on; null when it never closes. */
function findClosingQuote(text: string, start: number): { value: string; next: number } | null {
  let hasDoubled = false;
  for (let at = start; at < text.length; at++) {
    if (text.charCodeAt(at) !== QUOTE) continue;
    if (text.charCodeAt(at + 1) !== QUOTE) {
      const raw = text.slice(start, at);
      // split/join: several times faster than replaceAll when a hostile cell is nothing but doubled quotes.
      return { value: hasDoubled ? raw.split('""').join('"') : raw, next: at + 1 };
    }
    hasDoubled = true;
    at += 1;
  }
  return null;
}

/** UTF-8 bytes of a string, counted without encoding it (a 2 MB sheet is not copied to be measured). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one 4-byte character (a lone surrogate encodes as U+FFFD, 3 bytes).
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Writes one record, quoting a field only when it needs it. */
export function writeCsvRecord(fields: readonly string[]): string {
  return fields.map((f) => (/[",;\r\n]|^\s|\s$/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(",");
}
