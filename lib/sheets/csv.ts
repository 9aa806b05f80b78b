// A small RFC 4180 reader: quoted fields may hold separators, line breaks and doubled quotes. Pure.

export type CsvRecords = { records: string[][]; unterminatedAt: number | null };

/** The separator the header uses: comma unless the first line has more semicolons (outside quotes). */
export function detectSeparator(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

/** Splits text into records; `unterminatedAt` is the 1-based record whose quote never closes. */
export function readCsv(text: string, separator: string): CsvRecords {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field.trim() === "") {
      // Spaces before an opening quote are tolerated and dropped.
      field = "";
      quoted = true;
    } else if (char === separator) {
      record.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      if (char === "\r" && text[i + 1] === "\n") i += 1;
    } else {
      field += char;
    }
    i += 1;
  }
  if (quoted) return { records, unterminatedAt: records.length + 1 };
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { records, unterminatedAt: null };
}

/** Writes one record, quoting a field only when it needs it. */
export function writeCsvRecord(fields: readonly string[]): string {
  return fields.map((f) => (/[",;\r\n]|^\s|\s$/.test(f) ? `"${f.replaceAll('"', '""')}"` : f)).join(",");
}
