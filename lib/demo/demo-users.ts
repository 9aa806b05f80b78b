// One demo account per role, all with one documented password (README, Signing in). They exist only where the
// demo workspace is seeded; a real deployment starts with THROUGHLINE_SEED=none.
import type { MemberRole } from "../db/generated/enums";
import type { DemoDepartmentName } from "./demo-types";

export const DEMO_PASSWORD = "throughline-demo";

export type DemoUser = {
  email: string;
  name: string;
  role: MemberRole;
  /** Department heads only. */
  department?: DemoDepartmentName;
};

export const DEMO_USERS = {
  cxLead: { email: "cx@demo.throughline.test", name: "Casey Lead", role: "CX_LEAD" },
  head: {
    email: "head.contact@demo.throughline.test",
    name: "Hana Contact",
    role: "DEPARTMENT_HEAD",
    department: "Contact Center",
  },
  executive: { email: "exec@demo.throughline.test", name: "Erin Executive", role: "EXECUTIVE" },
  viewer: { email: "viewer@demo.throughline.test", name: "Vic Viewer", role: "VIEWER" },
} as const satisfies Record<string, DemoUser>;

export type DemoUserKey = keyof typeof DEMO_USERS;

/** The demo users who may own a journey (an executive or a CX lead), derived so the two cannot drift apart. */
export type DemoJourneyOwner = {
  [K in DemoUserKey]: (typeof DEMO_USERS)[K]["role"] extends "EXECUTIVE" | "CX_LEAD" ? K : never;
}[DemoUserKey];
