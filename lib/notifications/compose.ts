// What a notification mail says (pure): a headline that says what happened, a line or two of detail and a link
// into the app at NEXTAUTH_URL, for each event; then a whole mail, plain text and HTML, for one item or a digest.
import { EVENT_DATA, type EventData, type EventType, isEventType } from "../outbox/events";
import { MODE_LABELS, NOTIFICATION_KINDS } from "./kinds";

export type MailItem = { headline: string; details: string[]; link: { label: string; url: string } };
export type ComposedMail = { subject: string; text: string; html: string };
type Place = { baseUrl: string; slug: string };

const ROLE_NAMES = { R: "Responsible", A: "Accountable", C: "Consulted", I: "Informed" } as const;

function touchpointUrl(place: Place, id: string): string {
  return `${place.baseUrl}/w/${place.slug}/touchpoints/${id}`;
}

function itemFor<T extends EventType>(type: T, data: EventData<T>, place: Place): MailItem {
  // Each case narrows `data` by re-reading it as its own type.
  switch (type) {
    case "claim.created": {
      const d = data as EventData<"claim.created">;
      return {
        headline: `Claim waiting: ${d.department.name} claims ${d.claim.role} on ${d.touchpoint.name}`,
        details: [
          `${d.department.name} asks to be ${ROLE_NAMES[d.claim.role]} for ${d.touchpoint.name} (${d.journey.name}).`,
          `Their reason: “${d.claim.reason}”`,
        ],
        link: { label: "Decide on the claims page", url: `${place.baseUrl}/w/${place.slug}/claims` },
      };
    }
    case "claim.decided": {
      const d = data as EventData<"claim.decided">;
      return {
        headline: `Claim ${d.claim.decision}: ${d.department.name}'s ${d.claim.role} on ${d.touchpoint.name}`,
        details: [
          `The claim of ${d.department.name} to be ${ROLE_NAMES[d.claim.role]} for ${d.touchpoint.name} (${d.journey.name}) was ${d.claim.decision}.`,
          ...(d.claim.note ? [`Note: “${d.claim.note}”`] : []),
        ],
        link: { label: "See the touchpoint", url: touchpointUrl(place, d.touchpoint.id) },
      };
    }
    case "contest.opened": {
      const d = data as EventData<"contest.opened">;
      const names = d.departments.map((x) => x.name).join(", ");
      return {
        headline: `Contested: ${d.touchpoint.name} is claimed by ${names}`,
        details: [
          `More than one department holds or claims A on ${d.touchpoint.name} (${d.journey.name}): ${names}. A CX lead resolves it.`,
        ],
        link: { label: "See the contests", url: `${place.baseUrl}/w/${place.slug}/claims/contests` },
      };
    }
    case "ownership.lost": {
      const d = data as EventData<"ownership.lost">;
      const former = d.formerOwners.map((x) => x.name ?? "a deleted department").join(", ");
      const still = d.departments.map((x) => `${x.name} (${x.role})`).join(", ");
      return {
        headline: `Owner lost: ${d.touchpoint.name} has no Accountable department`,
        details: [
          `${d.touchpoint.name} (${d.journey.name}, ${d.stage.name}) was owned by ${former || "a department"}; nobody is Accountable now.`,
          ...(still ? [`Still holding a role: ${still}.`] : []),
        ],
        link: { label: "See the touchpoint", url: touchpointUrl(place, d.touchpoint.id) },
      };
    }
    case "outcome.off_target": {
      const d = data as EventData<"outcome.off_target">;
      const unit = d.measure.unit ? ` ${d.measure.unit}` : "";
      return {
        headline: `Off target: ${d.measure.name} on ${d.touchpoint.name} is ${d.value}${unit} against ${d.target}${unit}`,
        details: [
          `${d.touchpoint.name} (${d.journey.name}) read ${d.value}${unit} for ${d.measure.name} in ${d.month}, missing ${d.department.name}'s target of ${d.target}${unit}.`,
        ],
        link: { label: "See the touchpoint's outcomes", url: touchpointUrl(place, d.touchpoint.id) },
      };
    }
    case "verification.due": {
      const d = data as EventData<"verification.due">;
      const n = d.touchpoints.length;
      const names = d.touchpoints.map((t) => t.name);
      const listed =
        names.length > 10 ? `${names.slice(0, 10).join(", ")} and ${n - 10} more` : names.join(", ");
      return {
        headline: `Confirm ownership: ${n} touchpoint${n === 1 ? "" : "s"} of ${d.department.name}`,
        details: [
          `Not confirmed in ${d.cadenceDays} days, so now flagged stale: ${listed}.`,
          "Confirm they are still yours, one by one or all at once.",
        ],
        link: { label: "Confirm on the claims page", url: `${place.baseUrl}/w/${place.slug}/claims` },
      };
    }
    default:
      return {
        headline: `Update in Throughline: ${type}`,
        details: [],
        link: { label: "Open Throughline", url: `${place.baseUrl}/w/${place.slug}` },
      };
  }
}

/** One event as a mail item; data that no longer fits its shape still yields a plain line and a link. */
export function describeEvent(event: { type: string; data: unknown }, place: Place): MailItem {
  if (isEventType(event.type)) {
    const parsed = EVENT_DATA[event.type].safeParse(event.data);
    if (parsed.success) return itemFor(event.type, parsed.data as EventData<EventType>, place);
  }
  return {
    headline: `Update in Throughline: ${event.type}`,
    details: [],
    link: { label: "Open Throughline", url: `${place.baseUrl}/w/${place.slug}` },
  };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function composeMail(opts: {
  subject: string;
  intro: string;
  items: readonly MailItem[];
  workspaceName: string;
  /** Why this mail came and how to stop it. */
  footer: { kindLabels: string[]; mode: "IMMEDIATE" | "DIGEST"; settingsUrl: string; unsubscribeUrl: string };
}): ComposedMail {
  const { footer } = opts;
  const why = `You get this because of your choice “${MODE_LABELS[footer.mode]}” for: ${footer.kindLabels.join("; ")} in ${opts.workspaceName}.`;
  const text = [
    opts.intro,
    "",
    ...opts.items.flatMap((item) => [
      item.headline,
      ...item.details,
      `${item.link.label}: ${item.link.url}`,
      "",
    ]),
    "--",
    why,
    `Change what you get: ${footer.settingsUrl}`,
    `Unsubscribe from ${footer.kindLabels.length === 1 ? "these" : "all of these"}: ${footer.unsubscribeUrl}`,
    "",
  ].join("\n");
  const a = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
  const html = [
    "<!doctype html>",
    '<html><body style="font-family: system-ui, sans-serif; color: #0f172a; line-height: 1.5">',
    `<p>${escapeHtml(opts.intro)}</p>`,
    ...opts.items.map(
      (item) =>
        `<div style="margin: 0 0 16px"><p style="margin: 0; font-weight: 600">${escapeHtml(item.headline)}</p>${item.details
          .map((d) => `<p style="margin: 0">${escapeHtml(d)}</p>`)
          .join("")}<p style="margin: 0">${a(item.link.url, item.link.label)}</p></div>`,
    ),
    `<hr><p style="font-size: 12px; color: #475569">${escapeHtml(why)} ${a(footer.settingsUrl, "Change what you get")} · ${a(footer.unsubscribeUrl, "Unsubscribe")}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: opts.subject, text, html };
}

export function kindLabel(kind: string): string {
  return kind in NOTIFICATION_KINDS ? NOTIFICATION_KINDS[kind as EventType].label : kind;
}
