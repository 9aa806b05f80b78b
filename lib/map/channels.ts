// The touchpoint channels of DESIGN.md. The database stores the slugs (`mobile-app`); Prisma's client names
// them MOBILE_APP. This is the one mapping between the two, and the labels people read.
import { Channel } from "../db/generated/enums";

export type TChannel = (typeof Channel)[keyof typeof Channel];

export const CHANNELS: readonly { value: TChannel; slug: string; label: string }[] = [
  { value: Channel.WEB, slug: "web", label: "Web" },
  { value: Channel.MOBILE_APP, slug: "mobile-app", label: "Mobile app" },
  { value: Channel.EMAIL, slug: "email", label: "Email" },
  { value: Channel.PHONE, slug: "phone", label: "Phone" },
  { value: Channel.CHAT, slug: "chat", label: "Chat" },
  { value: Channel.AI_AGENT, slug: "ai-agent", label: "AI agent" },
  { value: Channel.SOCIAL, slug: "social", label: "Social" },
  { value: Channel.IN_PERSON, slug: "in-person", label: "In person" },
  { value: Channel.POST, slug: "post", label: "Post" },
  { value: Channel.SMS, slug: "sms", label: "SMS" },
  { value: Channel.OTHER, slug: "other", label: "Other" },
];

const bySlug = new Map(CHANNELS.map((c) => [c.slug, c]));
const byValue = new Map(CHANNELS.map((c) => [c.value, c]));

export function getChannelLabel(value: TChannel): string {
  return byValue.get(value)?.label ?? value;
}

export function getChannelSlug(value: TChannel): string {
  return byValue.get(value)?.slug ?? value;
}

/** Accepts a slug in any case (`Mobile-App`), as sheets and URLs carry it. */
export function parseChannelSlug(slug: string): TChannel | null {
  return bySlug.get(slug.trim().toLowerCase())?.value ?? null;
}
