// The demo workspace as plain typed data (no I/O): a coffee subscription company whose map shows the
// problems Throughline exists for — gaps, land grabs and handoffs where customers repeat themselves.
import { BUY_ONLINE } from "./demo-buy-online";
import { GET_HELP } from "./demo-get-help";
import { RENEW } from "./demo-renew";
import type { DemoDepartment, DemoWorkspace } from "./demo-types";

export const DEMO_SLUG = "demo";

const DEPARTMENTS: readonly DemoDepartment[] = [
  {
    name: "Marketing",
    color: "#c2185b",
    description: "Brand, campaigns and newsletters that bring customers in.",
  },
  {
    name: "Sales",
    color: "#1d4ed8",
    description: "Tasting stands, pre-sales questions and retention deals.",
  },
  { name: "E-commerce", color: "#7c3aed", description: "The web shop: plan pages, checkout and conversion." },
  { name: "Contact Center", color: "#c2410c", description: "Phone, chat and email support for customers." },
  {
    name: "IT",
    color: "#475569",
    description: "Platforms, integrations and the systems behind every channel.",
  },
  { name: "Billing", color: "#15803d", description: "Prices, payments, renewals and refunds." },
  { name: "Fulfilment", color: "#a16207", description: "Roasting schedule, packing, couriers and returns." },
  { name: "Product", color: "#0e7490", description: "The subscription itself and the mobile app." },
];

export const DEMO_WORKSPACE: DemoWorkspace = {
  name: "Northwind Subscriptions",
  slug: DEMO_SLUG,
  departments: DEPARTMENTS,
  journeys: [BUY_ONLINE, GET_HELP, RENEW],
};

export type {
  DemoClaim,
  DemoJourney,
  DemoRoles,
  DemoStage,
  DemoTouchpoint,
  DemoWorkspace,
} from "./demo-types";
