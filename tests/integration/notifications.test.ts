// Email notifications end to end (README, Email notifications): a real change writes an event, the worker's jobs
// plan and send mail through a real SMTP server inside the test, and the mails are parsed and read.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as postUnsubscribe } from "../../app/api/notifications/unsubscribe/route";
import { createClaim } from "../../lib/claims/actions";
import { decideClaim } from "../../lib/claims/decision-actions";
import { getPrisma } from "../../lib/db/client";
import { resetEnvForTesting } from "../../lib/env";
import { setNotificationPreferences } from "../../lib/notifications/actions";
import { sendDigests, sendImmediateNotifications } from "../../lib/notifications/send";
import { readUnsubscribeLink } from "../../lib/notifications/unsubscribe";
import { dispatchEvents } from "../../lib/outbox/dispatch";
import { FAN_OUTS } from "../../lib/outbox/jobs";
import { registerTestDb } from "../setup/test-db";
import { signInAs } from "./auth";
import * as f from "./factories";
import { type ReceivedMail, type SmtpReceiver, startSmtpReceiver } from "./smtp-receiver";

registerTestDb();

const BASE = "https://throughline.example.test";
let smtp: SmtpReceiver;
type User = { id: string; email: string; name: string };
let workspace: { id: string; slug: string; name: string };
let department: { id: string; name: string };
let leads: User[];
let head: User;
let otherLead: User;
let touchpoints: { id: string; name: string }[];

function useSmtp(on: boolean): void {
  if (on) process.env.SMTP_URL = smtp.url;
  else delete process.env.SMTP_URL;
  process.env.NEXTAUTH_URL = BASE;
  resetEnvForTesting();
}

/** What the worker does in one pass, for email. */
async function deliver(now = new Date()): Promise<void> {
  while ((await dispatchEvents({ fanOuts: FAN_OUTS })) > 0);
  await sendImmediateNotifications({ now });
}

const mailsTo = (user: User): ReceivedMail[] => smtp.mails.filter((m) => m.to.includes(user.email));
const html = (mail: ReceivedMail): string => (typeof mail.parsed.html === "string" ? mail.parsed.html : "");

let claimCount = 0;
async function claimAsHead(touchpoint = touchpoints[claimCount++]!): Promise<string> {
  signInAs(head);
  const result = await createClaim({ touchpointId: touchpoint.id, role: "A", reason: "We answer these" });
  if (!result.ok) throw new Error(result.formError);
  const prisma = await getPrisma();
  const claim = await prisma.claim.findFirstOrThrow({
    where: { touchpointId: touchpoint.id, status: "PENDING" },
  });
  return claim.id;
}

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  useSmtp(true);
  const mapped = await f.createMappedWorkspace({ departments: 2 });
  workspace = mapped.workspace;
  department = mapped.departments[0]!;
  leads = [
    (await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" })).user,
    (await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" })).user,
  ];
  head = (
    await f.addMember({ workspaceId: workspace.id, role: "DEPARTMENT_HEAD", departmentId: department.id })
  ).user;
  await f.addMember({ workspaceId: workspace.id, role: "VIEWER" });
  const other = await f.createWorkspace();
  otherLead = (await f.addMember({ workspaceId: other.id, role: "CX_LEAD" })).user;
  touchpoints = [mapped.touchpoint];
  for (let i = 0; i < 10; i++) touchpoints.push(await f.createTouchpoint({ stageId: mapped.stage.id }));
});

afterAll(async () => {
  await smtp.close();
  delete process.env.SMTP_URL;
  delete process.env.NEXTAUTH_URL;
  resetEnvForTesting();
});

beforeEach(async () => {
  useSmtp(true);
  smtp.mails.length = 0;
  smtp.refused.clear();
});

describe("a claim waiting", () => {
  it("mails every CX lead at once, with links, both parts and a working unsubscribe", async () => {
    const touchpoint = touchpoints[claimCount]!;
    await claimAsHead();
    await deliver();
    expect(mailsTo(leads[0]!)).toHaveLength(1);
    expect(mailsTo(leads[1]!)).toHaveLength(1);
    expect(mailsTo(head)).toHaveLength(0);
    expect(mailsTo(otherLead)).toHaveLength(0);
    const mail = mailsTo(leads[0]!)[0]!;
    expect(mail.parsed.subject).toBe(`Claim waiting: ${department.name} claims A on ${touchpoint.name}`);
    expect(mail.parsed.text).toContain(`${BASE}/w/${workspace.slug}/claims`);
    expect(mail.parsed.text).toContain("We answer these");
    expect(html(mail)).toContain(`href="${BASE}/w/${workspace.slug}/claims"`);
    expect(mail.parsed.messageId).toMatch(/@throughline>$/);
    const header = mail.parsed.headerLines.map((h) => h.line.replace(/\r?\n\s+/g, " "));
    expect(header).toContain("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    const oneClick = header.find((h) => h.startsWith("List-Unsubscribe:"))?.match(/<([^>]+)>/)?.[1];
    expect(oneClick).toMatch(new RegExp(`^${BASE}/api/notifications/unsubscribe\\?token=`));
    const pageLink = mail.parsed.text?.match(/Unsubscribe[^:]*: (\S+)/)?.[1];
    expect(pageLink).toMatch(new RegExp(`^${BASE}/unsubscribe\\?token=`));

    // The page names what it stops; the one-click POST turns the kind off for this lead only.
    const token = new URL(pageLink!).searchParams.get("token")!;
    expect(await readUnsubscribeLink(token)).toMatchObject({
      email: leads[0]!.email,
      kinds: ["claim.created"],
    });
    const { NextRequest } = await import("next/server");
    const response = await postUnsubscribe(
      new NextRequest(oneClick!, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      }),
    );
    expect(response.status).toBe(200);
    const forged = await postUnsubscribe(
      new NextRequest(`${oneClick!.slice(0, -3)}abc`, { method: "POST", body: "List-Unsubscribe=One-Click" }),
    );
    expect(forged.status).toBe(400);

    smtp.mails.length = 0;
    await claimAsHead();
    await deliver();
    expect(mailsTo(leads[0]!)).toHaveLength(0);
    expect(mailsTo(leads[1]!)).toHaveLength(1);
  });
});

describe("a decision", () => {
  it("mails the claiming department's head", async () => {
    const claimId = await claimAsHead();
    await deliver();
    smtp.mails.length = 0;
    signInAs(leads[1]!);
    expect(await decideClaim({ claimId, decision: "reject", note: "Not yet" })).toMatchObject({ ok: true });
    await deliver();
    const mails = mailsTo(head);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.parsed.subject).toMatch(/^Claim rejected: /);
    expect(mails[0]!.parsed.text).toContain("Note: “Not yet”");
    expect(mails[0]!.parsed.text).toContain(`${BASE}/w/${workspace.slug}/touchpoints/`);
    expect(mailsTo(leads[0]!)).toHaveLength(0);
  });
});

describe("a daily digest", () => {
  it("sends nothing at once, then one mail with every item the next day from 07:00 UTC", async () => {
    signInAs(head);
    expect(
      await setNotificationPreferences({ workspaceId: workspace.id, modes: { "claim.decided": "DIGEST" } }),
    ).toMatchObject({ ok: true, data: { changed: 1 } });
    const claims = [await claimAsHead(), await claimAsHead()];
    signInAs(leads[1]!);
    for (const claimId of claims)
      expect(await decideClaim({ claimId, decision: "reject", note: "Later" })).toMatchObject({ ok: true });
    const now = new Date();
    await deliver(now);
    expect(await sendDigests({ now })).toBe(0);
    expect(mailsTo(head)).toHaveLength(0);
    const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    expect(await sendDigests({ now: new Date(tomorrow.getTime() + 6 * 3_600_000) })).toBe(0);
    expect(await sendDigests({ now: new Date(tomorrow.getTime() + 8 * 3_600_000) })).toBe(2);
    const mails = mailsTo(head);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.parsed.subject).toBe(`Daily digest for ${workspace.name}: 2 updates`);
    expect(mails[0]!.parsed.text?.match(/Claim rejected: /g)).toHaveLength(2);
    expect(await sendDigests({ now: new Date(tomorrow.getTime() + 9 * 3_600_000) })).toBe(0);
    signInAs(head);
    await setNotificationPreferences({ workspaceId: workspace.id, modes: { "claim.decided": "IMMEDIATE" } });
  });
});

describe("turned off", () => {
  it("plans and sends nothing", async () => {
    signInAs(head);
    await setNotificationPreferences({ workspaceId: workspace.id, modes: { "claim.decided": "OFF" } });
    const prisma = await getPrisma();
    const planned = () => prisma.notification.count({ where: { userId: head.id, kind: "claim.decided" } });
    const before = await planned();
    const claimId = await claimAsHead();
    signInAs(leads[1]!);
    await decideClaim({ claimId, decision: "reject", note: "No" });
    await deliver();
    expect(mailsTo(head)).toHaveLength(0);
    expect(await planned()).toBe(before);
    signInAs(head);
    await setNotificationPreferences({ workspaceId: workspace.id, modes: { "claim.decided": "IMMEDIATE" } });
  });
});

describe("without SMTP_URL", () => {
  it("plans nothing, sends nothing and fails nothing", async () => {
    useSmtp(false);
    const prisma = await getPrisma();
    const before = await prisma.notification.count();
    await claimAsHead();
    await deliver();
    expect(await sendDigests({ now: new Date(Date.now() + 2 * 86_400_000) })).toBe(0);
    expect(await prisma.notification.count()).toBe(before);
    expect(smtp.mails).toHaveLength(0);
    expect(await prisma.outboxEvent.count({ where: { dispatchedAt: null } })).toBe(0);
  });
});

describe("a mail server that refuses", () => {
  it("retries the same notification with backoff, then delivers it", async () => {
    smtp.refused.add(leads[1]!.email);
    const now = new Date(Date.now() + 1000);
    await claimAsHead();
    while ((await dispatchEvents({ fanOuts: FAN_OUTS })) > 0);
    await sendImmediateNotifications({ now });
    const prisma = await getPrisma();
    const failing = await prisma.notification.findFirstOrThrow({
      where: { userId: leads[1]!.id, status: "PENDING", kind: "claim.created" },
    });
    expect(failing).toMatchObject({ attempts: 1, lastError: expect.stringContaining("450") });
    expect(failing.nextAttemptAt.getTime()).toBe(now.getTime() + 60_000);
    // The first lead unsubscribed from claims waiting above: nothing else was sent.
    expect(smtp.mails).toHaveLength(0);

    expect(await sendImmediateNotifications({ now: new Date(now.getTime() + 30_000) })).toBe(0);
    await sendImmediateNotifications({ now: new Date(now.getTime() + 61_000) });
    const again = await prisma.notification.findUniqueOrThrow({ where: { id: failing.id } });
    expect(again).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(again.nextAttemptAt.getTime()).toBe(now.getTime() + 61_000 + 120_000);

    smtp.refused.clear();
    await sendImmediateNotifications({ now: new Date(now.getTime() + 200_000) });
    expect(await prisma.notification.findUniqueOrThrow({ where: { id: failing.id } })).toMatchObject({
      status: "DELIVERED",
      attempts: 3,
    });
    const mails = mailsTo(leads[1]!);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.parsed.messageId).toBe(`<${failing.id}@throughline>`);
  });
});
