// "Renew": the subscription comes up for renewal. Shows the renewal-offer land grab (Billing vs Sales), a
// cancellation call with a pending claim, and handoffs between Billing, Sales and Product nobody bridges.
import type { DemoJourney } from "./demo-types";

// No owner: the journeys page and the dashboard flag it.
export const RENEW: DemoJourney = {
  name: "Renew",
  description: "An annual subscriber decides whether to keep, change or cancel the plan.",
  stages: [
    {
      name: "Reminder",
      description: "The customer is told the renewal is coming.",
      touchpoints: [
        {
          name: "Renewal reminder email",
          channel: "EMAIL",
          description: "Thirty days before renewal: the new price, the date and how to change plan.",
          roles: { Billing: "A", Marketing: "R", IT: "C" },
        },
        {
          name: "Renewal reminder text",
          channel: "SMS",
          description: "Seven days before renewal, a short text with a link to the account page.",
          roles: { Billing: "A", IT: "R" },
        },
        {
          name: "Annual renewal letter",
          channel: "POST",
          description:
            "The legally required paper notice for annual plans, printed and posted by the warehouse.",
          roles: { Billing: "A", Fulfilment: "R", Marketing: "C" },
        },
      ],
    },
    {
      name: "Decide",
      description: "The customer weighs staying against the alternatives.",
      touchpoints: [
        {
          name: "Renewal offer",
          channel: "EMAIL",
          description: "A loyalty discount for renewing early; two teams send two different offers.",
          // The land grab: Billing sets prices, Sales is measured on retained revenue.
          roles: { Billing: "A", Sales: "A", "E-commerce": "R", Marketing: "C" },
        },
        {
          name: "Plan change page",
          channel: "WEB",
          description: "Upgrade, downgrade or switch to a cheaper roast before the renewal date.",
          roles: { "E-commerce": "A", Product: "R", Billing: "C" },
        },
        {
          name: "Renewal questions call",
          channel: "PHONE",
          description: "Customers phone to ask about the new price; calls are passed to the sales desk.",
          roles: { Sales: "A", "Contact Center": "R" },
        },
      ],
    },
    {
      name: "Renew or cancel",
      description: "The subscription renews, or the customer leaves.",
      touchpoints: [
        {
          name: "Automatic renewal charge",
          channel: "OTHER",
          description: "The saved card is charged for another year on the renewal date.",
          roles: { Billing: "A", IT: "R" },
        },
        {
          name: "Failed payment text",
          channel: "SMS",
          description: "A text asking the customer to update an expired card, retried three times.",
          roles: { Billing: "A", IT: "R", "Contact Center": "I" },
        },
        {
          name: "Cancel in the app",
          channel: "MOBILE_APP",
          description: "A cancel button in the subscription settings, with one 'are you sure?' screen.",
          roles: { Product: "A", IT: "R", Billing: "C", "Contact Center": "I" },
        },
        {
          name: "Cancellation call",
          channel: "PHONE",
          description: "Customers who phone to cancel get whatever retention pitch the agent improvises.",
          roles: { "Contact Center": "R", Sales: "C", Billing: "I" },
          claims: [
            {
              department: "Sales",
              role: "A",
              reason: "Keeping a customer is a sales conversation; route these calls to our retention desk.",
            },
          ],
        },
        {
          name: "Cancellation confirmation email",
          channel: "EMAIL",
          description: "Confirms the end date and that no further payments will be taken.",
          roles: { Billing: "A", IT: "R", Marketing: "I" },
        },
      ],
    },
    {
      name: "Win-back",
      description: "The company tries to bring a lapsed customer back.",
      touchpoints: [
        {
          name: "Exit survey",
          channel: "WEB",
          description: "Why did you leave? Price, taste, too much coffee, or something else.",
          roles: { Product: "A", Marketing: "R" },
        },
        {
          name: "Win-back discount email",
          channel: "EMAIL",
          description: "Sixty days after cancelling: half price on the first box back.",
          roles: { Marketing: "A", "E-commerce": "R", Billing: "C" },
        },
        {
          name: "Retargeting ads",
          channel: "SOCIAL",
          description: "Ads showing the new seasonal roast to former subscribers.",
          roles: { Marketing: "A", "E-commerce": "R" },
        },
      ],
    },
  ],
};
