// "Get help": the customer has a problem. Shows the AI-assistant land grab (Contact Center vs IT), a support
// mailbox nobody is accountable for (with a pending claim) and escalations that fall between teams.
import type { DemoJourney } from "./demo-types";

export const GET_HELP: DemoJourney = {
  name: "Get help",
  description:
    "Something went wrong with a delivery, a payment or the coffee, and the customer wants it fixed.",
  owner: "cxLead",
  stages: [
    {
      name: "Notice a problem",
      description: "The customer realises something is wrong, ideally because we told them first.",
      touchpoints: [
        {
          name: "Delivery delay alert",
          channel: "EMAIL",
          description:
            "An automatic email when a box misses its delivery window; it has been switched off since May.",
          roles: { Fulfilment: "C", IT: "I" },
        },
        {
          name: "Service status page",
          channel: "WEB",
          description: "Known outages of the website, app and payments, with expected fix times.",
          roles: { IT: "A", "Contact Center": "R", Product: "I" },
        },
        {
          name: "Complaint on social media",
          channel: "SOCIAL",
          description: "A customer posts a photo of a crushed box and tags Northwind.",
          roles: { Marketing: "A", "Contact Center": "R" },
        },
      ],
    },
    {
      name: "Seek help",
      description: "The customer looks for an answer or a person.",
      touchpoints: [
        {
          name: "Help centre articles",
          channel: "WEB",
          description: "Answers to common questions: pausing, changing address, damaged boxes, refunds.",
          roles: { "Contact Center": "A", Product: "R", "E-commerce": "C" },
        },
        {
          name: "AI chat assistant",
          channel: "AI_AGENT",
          description: "A chatbot that answers order questions and can reschedule a delivery.",
          // The land grab: IT built and runs it, Contact Center answers for what it tells customers.
          roles: { "Contact Center": "A", IT: "A", Product: "C", "E-commerce": "I" },
        },
        {
          name: "Support phone line",
          channel: "PHONE",
          description: "A phone menu routes callers to an agent; the average wait is eleven minutes.",
          roles: { "Contact Center": "A", IT: "R", Billing: "C" },
        },
        {
          name: "Live chat with an agent",
          channel: "CHAT",
          description: "The chatbot hands over to a person during opening hours.",
          roles: { "Contact Center": "A", "E-commerce": "R", IT: "C" },
        },
        {
          name: "Support email",
          channel: "EMAIL",
          description: "Messages to help@northwind.example; agents answer them, nobody owns the reply time.",
          roles: { "Contact Center": "R", IT: "I" },
          claims: [
            {
              department: "Contact Center",
              role: "A",
              reason:
                "We already answer every email; we want to own the 24-hour reply target and the templates.",
            },
          ],
        },
      ],
    },
    {
      name: "Get resolution",
      description: "The company puts it right.",
      touchpoints: [
        {
          name: "Replacement box",
          channel: "POST",
          description: "A new box is sent free of charge for a damaged or lost delivery.",
          roles: { Fulfilment: "A", "Contact Center": "R", Billing: "I" },
        },
        {
          name: "Refund to card",
          channel: "EMAIL",
          description: "The charge is refunded and an email confirms the amount and timing.",
          roles: { Billing: "A", "Contact Center": "R", Sales: "I" },
        },
        {
          name: "Escalation to a specialist",
          channel: "PHONE",
          description:
            "Cases the first agent cannot solve are passed on and the customer is promised a call back.",
          roles: { "Contact Center": "R", Product: "C", IT: "C" },
        },
        {
          name: "Return label",
          channel: "EMAIL",
          description: "A prepaid label to send back faulty equipment such as a grinder.",
          roles: { Fulfilment: "A", IT: "R", "Contact Center": "I" },
        },
      ],
    },
    {
      name: "Follow-up",
      description: "The company checks the fix worked and learns from it.",
      touchpoints: [
        {
          name: "Case closed email",
          channel: "EMAIL",
          description: "A summary of what was done, with a reference number in case it happens again.",
          roles: { "Contact Center": "A", IT: "R", Fulfilment: "I" },
        },
        {
          name: "Satisfaction survey",
          channel: "SMS",
          description: "A one-question text: how well did we solve your problem, from 1 to 5?",
          roles: { "Contact Center": "A", Marketing: "R", Product: "I" },
        },
        {
          name: "Feedback to the product team",
          channel: "OTHER",
          description:
            "Recurring complaints (leaking bags, a confusing app screen) should reach the product team.",
          roles: { "Contact Center": "C", Product: "I" },
        },
      ],
    },
  ],
};
