// The events Throughline tells people and programs about (DESIGN.md, Notifications): their types, what each means,
// and the shape of its data. Webhook bodies carry `type` and `data` as written here; emails are built from them.
import { z } from "zod";

const ZNamed = z.object({ id: z.uuid(), name: z.string() });
const ZNullableNamed = z.object({ id: z.uuid(), name: z.string().nullable() });
const ZRole = z.enum(["R", "A", "C", "I"]);

export const EVENT_DATA = {
  "claim.created": z.object({
    claim: z.object({ id: z.uuid(), role: ZRole, reason: z.string() }),
    department: ZNamed,
    touchpoint: ZNamed,
    journey: ZNamed,
  }),
  "claim.decided": z.object({
    claim: z.object({
      id: z.uuid(),
      role: ZRole,
      decision: z.enum(["approved", "rejected"]),
      note: z.string(),
    }),
    department: ZNamed,
    touchpoint: ZNamed,
    journey: ZNamed,
  }),
  "contest.opened": z.object({
    touchpoint: ZNamed,
    journey: ZNamed,
    /** Every department holding or claiming A, in department order. */
    departments: z.array(ZNamed),
  }),
  "ownership.lost": z.object({
    touchpoint: ZNamed,
    journey: ZNamed,
    stage: ZNamed,
    /** The departments whose A was removed (a deleted department's name is null). */
    formerOwners: z.array(ZNullableNamed),
    /** Who still holds a role on it. */
    departments: z.array(ZNamed.extend({ role: ZRole })),
  }),
  "outcome.off_target": z.object({
    touchpoint: ZNamed,
    journey: ZNamed,
    /** The touchpoint's single Accountable department, whose target it is. */
    department: ZNamed,
    measure: ZNamed.extend({ unit: z.string() }),
    target: z.number(),
    value: z.number(),
    /** The reading's month, "YYYY-MM". */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  }),
  "verification.due": z.object({
    department: ZNamed,
    /** Touchpoints whose ownership went stale since the last look. */
    touchpoints: z.array(ZNamed),
    cadenceDays: z.int(),
  }),
} as const;

export type EventType = keyof typeof EVENT_DATA;
export const EVENT_TYPES = Object.keys(EVENT_DATA) as EventType[];
export type EventData<T extends EventType> = z.infer<(typeof EVENT_DATA)[T]>;

export const EVENT_LABELS: Record<EventType, string> = {
  "claim.created": "A claim is waiting for a decision",
  "claim.decided": "A claim was approved or rejected",
  "contest.opened": "A touchpoint became contested",
  "ownership.lost": "A touchpoint lost its Accountable department",
  "outcome.off_target": "A touchpoint's target went off target",
  "verification.due": "Ownership went stale and is due to be confirmed",
};

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(EVENT_DATA, value);
}
