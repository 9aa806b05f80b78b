import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsv, utf8Length } from "./csv";

/**
 * The reader as first written: obviously right, but it trimmed the growing field at every quote, so it was
 * quadratic. Kept as the oracle the linear reader must agree with on every input.
 */
function readCsvOracle(text: string, separator: string) {
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
  if (quoted) return { records, stop: { reason: "unclosed-quote", record: records.length + 1 } };
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { records, stop: null };
}

const csvText = fc
  .array(fc.constantFrom("a", "b", " ", "\t", "\u00a0", '"', ",", ";", "\n", "\r", "\r\n", '""'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(""));

describe("readCsv", () => {
  it("reads every input exactly as the first (quadratic) reader did", () => {
    fc.assert(
      fc.property(csvText, fc.constantFrom(",", ";"), (text, separator) => {
        expect(readCsv(text, separator)).toEqual(readCsvOracle(text, separator));
      }),
      { numRuns: 3000 },
    );
  });

  it("stops before a record past maxRecords", () => {
    fc.assert(
      fc.property(csvText, fc.nat(4), (text, maxRecords) => {
        const oracle = readCsvOracle(text, ",");
        const total = oracle.records.length + (oracle.stop ? 1 : 0);
        expect(readCsv(text, ",", { maxRecords })).toEqual(
          total > maxRecords
            ? {
                records: oracle.records.slice(0, maxRecords),
                stop: { reason: "max-records", record: maxRecords + 1 },
              }
            : oracle,
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("stops at a field past maxFields, in the record that has it", () => {
    fc.assert(
      fc.property(csvText, fc.integer({ min: 1, max: 4 }), (text, maxFields) => {
        const oracle = readCsvOracle(text, ",");
        const wide = oracle.records.findIndex((record) => record.length > maxFields);
        const read = readCsv(text, ",", { maxFields });
        if (wide !== -1)
          expect(read).toEqual({
            records: oracle.records.slice(0, wide),
            stop: { reason: "max-fields", record: wide + 1 },
          });
        // An unclosed quote's record is never whole: it may stop there for either reason.
        else if (oracle.stop)
          expect(read).toMatchObject({ records: oracle.records, stop: { record: oracle.stop.record } });
        else expect(read).toEqual(oracle);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("utf8Length", () => {
  it("counts the bytes TextEncoder would write", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), (binary, text) => {
        for (const value of [binary, text, `${text}\ud800`, `\udc00${text}`])
          expect(utf8Length(value)).toBe(new TextEncoder().encode(value).byteLength);
      }),
    );
  });
});
