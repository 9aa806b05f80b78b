import { describe, expect, it } from "vitest";
import {
  JOURNEY_READINGS_REFUSAL,
  mayRecordReading,
  NOT_ACCOUNTABLE_REFUSAL,
  readingRefusal,
} from "./reading-rights";

const touchpoint = { touchpointId: "tp-1" };
const journey = { touchpointId: null };
const accountableHere = new Set(["tp-1"]);
const none = new Set<string>();

describe("who may record a reading", () => {
  it("lets a CX lead record anywhere, a journey's own readings included", () => {
    const lead = { role: "CX_LEAD" as const, departmentId: null };
    expect(readingRefusal(lead, touchpoint, none)).toBeNull();
    expect(mayRecordReading(lead, journey, none)).toBe(true);
  });

  it("lets a head record only where their department is Accountable, never a journey's own", () => {
    const head = { role: "DEPARTMENT_HEAD" as const, departmentId: "d-1" };
    expect(mayRecordReading(head, touchpoint, accountableHere)).toBe(true);
    expect(readingRefusal(head, touchpoint, none)).toBe(NOT_ACCOUNTABLE_REFUSAL);
    expect(mayRecordReading(head, touchpoint, none)).toBe(false);
    expect(readingRefusal(head, journey, accountableHere)).toBe(JOURNEY_READINGS_REFUSAL);
    expect(readingRefusal({ ...head, departmentId: null }, touchpoint, accountableHere)).toBe(
      NOT_ACCOUNTABLE_REFUSAL,
    );
  });

  it("lets no executive or viewer record, even one whose department is Accountable", () => {
    for (const role of ["EXECUTIVE", "VIEWER"] as const)
      expect(mayRecordReading({ role, departmentId: "d-1" }, touchpoint, accountableHere)).toBe(false);
  });
});
