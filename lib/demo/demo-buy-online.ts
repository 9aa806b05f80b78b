// "Buy online": from first hearing of Northwind to using the first box. Shows the checkout land grab
// (Sales vs E-commerce) and unbridged handoffs where the customer moves from stand to site to courier.
import type { DemoJourney } from "./demo-types";

export const BUY_ONLINE: DemoJourney = {
  name: "Buy online",
  description: "A new customer discovers the coffee subscription, compares plans and receives the first box.",
  owner: "executive",
  stages: [
    {
      name: "Discover",
      description: "The customer first hears of Northwind.",
      touchpoints: [
        {
          name: "Social media ad",
          channel: "SOCIAL",
          description: "Short video ads on Instagram and TikTok showing a monthly box being unpacked.",
          // Owned but nobody Responsible since the agency contract ended: a warning, not a gap.
          roles: { Marketing: "A", Product: "C" },
        },
        {
          name: "Search ad and landing page",
          channel: "WEB",
          description:
            "A paid search ad for 'coffee subscription' opens a landing page with the current offer.",
          roles: { Marketing: "A", "E-commerce": "R", IT: "C" },
        },
        {
          name: "Influencer referral code",
          channel: "SOCIAL",
          description: "Creators share a personal code worth a free first bag.",
          roles: { Marketing: "A", "E-commerce": "R", Billing: "I" },
        },
        {
          name: "Pop-up tasting stand",
          channel: "IN_PERSON",
          description: "Baristas pour samples at stations and markets and sign people up on a tablet.",
          roles: { Sales: "A", Marketing: "R", Fulfilment: "C" },
        },
      ],
    },
    {
      name: "Compare",
      description: "The customer weighs plans, prices and other people's opinions.",
      touchpoints: [
        {
          name: "Plan comparison page",
          channel: "WEB",
          description: "Side-by-side plans: bag size, roast, delivery frequency and price per cup.",
          roles: { "E-commerce": "A", Product: "R", Marketing: "C" },
        },
        {
          name: "Customer reviews",
          channel: "WEB",
          description: "Star ratings and reviews on each plan; nobody answers the critical ones.",
          roles: { Marketing: "C", "E-commerce": "I" },
        },
        {
          name: "Pre-sales chat",
          channel: "CHAT",
          description: "A chat bubble on the plan pages for questions such as 'can I pause in summer?'.",
          roles: { Sales: "A", "Contact Center": "R", "E-commerce": "C" },
        },
        {
          name: "Welcome offer email",
          channel: "EMAIL",
          description: "Signing up to the newsletter sends a 20% first-box discount code.",
          roles: { Marketing: "A", "E-commerce": "R", Billing: "C" },
        },
      ],
    },
    {
      name: "Buy",
      description: "The customer places the first order and pays.",
      touchpoints: [
        {
          name: "Checkout",
          channel: "WEB",
          description: "Basket, delivery address, plan options and payment details on one page.",
          // The land grab: Sales counts it as closing the deal, E-commerce as its conversion funnel.
          roles: { Sales: "A", "E-commerce": "A", IT: "R", Billing: "C" },
        },
        {
          name: "Payment authorisation",
          channel: "WEB",
          description: "The card is verified with 3-D Secure and the first box is charged.",
          roles: { Billing: "A", IT: "R", "E-commerce": "C" },
        },
        {
          name: "Order confirmation email",
          channel: "EMAIL",
          description: "Order summary, first delivery date and a link to manage the subscription.",
          roles: { "E-commerce": "A", IT: "R", Fulfilment: "I" },
        },
        {
          name: "App install prompt",
          channel: "MOBILE_APP",
          description:
            "After the first order the customer is invited to install the app to manage deliveries.",
          roles: { Product: "A", IT: "R", "E-commerce": "C" },
        },
      ],
    },
    {
      name: "Receive",
      description: "The box travels from the roastery to the customer's door.",
      touchpoints: [
        {
          name: "Dispatch text message",
          channel: "SMS",
          description:
            "A text with the courier's name and a tracking link when the box leaves the warehouse.",
          roles: { Fulfilment: "A", IT: "R", "Contact Center": "I" },
        },
        {
          name: "Parcel tracking page",
          channel: "WEB",
          description: "Live courier status and a one-hour delivery window on the morning of delivery.",
          roles: { Fulfilment: "A", IT: "R", "E-commerce": "C" },
        },
        {
          name: "Courier delivery",
          channel: "IN_PERSON",
          description: "A third-party courier hands over the box or leaves it in a safe place.",
          // Outsourced doorstep: accountable but nobody inside does the work.
          roles: { Fulfilment: "A", "Contact Center": "I" },
        },
        {
          name: "Welcome letter in the box",
          channel: "POST",
          description: "A printed card with tasting notes for this month's roast and a brewing tip.",
          roles: { Marketing: "A", Fulfilment: "R", Product: "C" },
        },
      ],
    },
    {
      name: "Use",
      description: "The customer brews, adjusts the plan and decides whether it is worth it.",
      touchpoints: [
        {
          name: "Brewing guide videos",
          channel: "WEB",
          description:
            "Short how-to videos for filter, espresso and cafetière, linked from the welcome card.",
          roles: { Product: "A", Marketing: "R" },
        },
        {
          name: "Manage subscription in the app",
          channel: "MOBILE_APP",
          description: "Skip a delivery, change the roast or move the delivery day.",
          roles: { Product: "A", IT: "R", Billing: "C", "E-commerce": "I" },
        },
        {
          name: "Loyalty points balance",
          channel: "WEB",
          description:
            "Points earned per box, shown on the account page; the rules changed twice without notice.",
          roles: { Marketing: "C", Billing: "I" },
        },
        {
          name: "Review request email",
          channel: "EMAIL",
          description: "Two weeks after delivery the customer is asked to rate the roast.",
          roles: { Marketing: "A", "E-commerce": "R" },
        },
      ],
    },
  ],
};
