// The unsubscribe link of a mail: a membership and the kinds it covers (one, or each kind in a digest), signed with the auth secret so nobody can turn off
// someone else's mail. It does not expire; an unsubscribe link must work for as long as the mail is kept.
import { createHmac, timingSafeEqual } from "node:crypto";
import { isNotificationKind, type NotificationKind } from "./kinds";

const PURPOSE = "throughline-unsubscribe-v1";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function sign(payload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(`${PURPOSE}:${payload}`).digest();
}

export function createUnsubscribeToken(
  opts: { membershipId: string; kinds: readonly NotificationKind[] },
  secret: string,
): string {
  const payload = `${opts.membershipId}.${[...new Set(opts.kinds)].sort().join(",")}`;
  return `${Buffer.from(payload).toString("base64url")}.${sign(payload, secret).toString("base64url")}`;
}

/** The membership and kinds a token names, or null for anything forged, altered or malformed. */
export function readUnsubscribeToken(
  token: string,
  secret: string,
): { membershipId: string; kinds: NotificationKind[] } | null {
  const [encoded, signature, ...rest] = token.split(".");
  if (!encoded || !signature || rest.length > 0) return null;
  const payload = Buffer.from(encoded, "base64url").toString();
  const given = Buffer.from(signature, "base64url");
  const expected = sign(payload, secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const dot = payload.indexOf(".");
  const membershipId = payload.slice(0, dot);
  const kinds = payload.slice(dot + 1).split(",");
  if (dot < 0 || !UUID.test(membershipId) || !kinds.every(isNotificationKind)) return null;
  return { membershipId, kinds };
}
