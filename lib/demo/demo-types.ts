// Shapes of the demo workspace as plain data: journeys → stages → touchpoints, roles keyed by department name.
import type { Channel, RaciRole } from "../db/generated/enums";
import type { DemoJourneyOwner } from "./demo-users";

export const DEMO_DEPARTMENT_NAMES = [
  "Marketing",
  "Sales",
  "E-commerce",
  "Contact Center",
  "IT",
  "Billing",
  "Fulfilment",
  "Product",
] as const;

export type DemoDepartmentName = (typeof DEMO_DEPARTMENT_NAMES)[number];

export type DemoDepartment = { name: DemoDepartmentName; color: string; description: string };

/** RACI written compactly: `{ Marketing: "A", "E-commerce": "R" }`. One role per department by construction. */
export type DemoRoles = Partial<Record<DemoDepartmentName, RaciRole>>;

/** A pending claim; the demo has no users yet, so it is seeded without an author. */
export type DemoClaim = { department: DemoDepartmentName; role: RaciRole; reason: string };

export type DemoTouchpoint = {
  name: string;
  channel: Channel;
  description: string;
  roles: DemoRoles;
  claims?: readonly DemoClaim[];
};

export type DemoStage = { name: string; description: string; touchpoints: readonly DemoTouchpoint[] };

export type DemoJourney = {
  name: string;
  description: string;
  /** The demo user who answers for the journey end to end; none, and the journey is flagged. */
  owner?: DemoJourneyOwner;
  stages: readonly DemoStage[];
};

export type DemoWorkspace = {
  name: string;
  slug: string;
  departments: readonly DemoDepartment[];
  journeys: readonly DemoJourney[];
};
