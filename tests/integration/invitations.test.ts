// Invitation links: accepted once (account, membership and spent link in one transaction), refused when used,
// expired, replaced or revoked; renewed and revoked only by a CX lead of the invitation's own workspace.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "../../lib/auth/password";
import { getPrisma } from "../../lib/db/client";
import { resetEnvForTesting } from "../../lib/env";
import { acceptInvitation } from "../../lib/members/accept-actions";
import { addMember } from "../../lib/members/actions";
import { reissueInvitation, revokeInvitation } from "../../lib/members/invitation-actions";
import { getInvitationForToken } from "../../lib/members/queries";
import { createInvitationToken } from "../../lib/members/tokens";
import { setRequestHeaders } from "../setup/request-headers";
import { registerTestDb } from "../setup/test-db";
import { signInAs, signOut } from "./auth";
import * as f from "./factories";

function fromClient(address: string): void {
  setRequestHeaders({ "x-forwarded-for": address });
}
fromClient("198.51.100.1");

registerTestDb();

type User = { id: string; email: string; name: string };
let workspace: { id: string; slug: string; name: string };
let department: { id: string };
let lead: User;
let emailCounter = 0;

beforeAll(async () => {
  // The per-address limit below needs the forwarded address trusted, as behind a proxy.
  vi.stubEnv("THROUGHLINE_TRUST_PROXY", "1");
  resetEnvForTesting();
  workspace = await f.createWorkspace({ name: "Invite Co" });
  department = await f.createDepartment({ workspaceId: workspace.id, name: "Care" });
  lead = (await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" })).user;
});

afterAll(() => {
  vi.unstubAllEnvs();
  resetEnvForTesting();
});

async function invite(role: "VIEWER" | "DEPARTMENT_HEAD" = "VIEWER") {
  signInAs(lead);
  const email = `invitee-${++emailCounter}@example.com`;
  const result = await addMember({
    workspaceId: workspace.id,
    email,
    role,
    departmentId: role === "DEPARTMENT_HEAD" ? department.id : undefined,
  });
  if (!result.ok || result.data.kind !== "invitation") throw new Error("expected an invitation");
  signOut();
  return { ...result.data, email };
}

const form = (token: string) => ({
  token,
  name: "Ivy Invitee",
  password: "a long password",
  confirm: "a long password",
});

describe("acceptInvitation", () => {
  it("creates the account and membership with the invited role, spends the link and audits it", async () => {
    const { token, email, invitationId } = await invite("DEPARTMENT_HEAD");
    expect(await getInvitationForToken(token)).toMatchObject({
      state: "pending",
      email,
      workspaceName: "Invite Co",
      role: "DEPARTMENT_HEAD",
      departmentName: "Care",
    });
    const result = await acceptInvitation(form(token));
    expect(result).toEqual({ ok: true, data: { email, workspaceSlug: workspace.slug } });
    const prisma = await getPrisma();
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Ivy Invitee");
    expect(await verifyPassword("a long password", user.passwordHash ?? "")).toBe(true);
    expect(
      await prisma.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
      }),
    ).toMatchObject({ role: "DEPARTMENT_HEAD", departmentId: department.id });
    expect(
      (await prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } })).usedAt,
    ).not.toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "invitation.accepted" },
      orderBy: { id: "desc" },
    });
    expect(audit).toMatchObject({
      workspaceId: workspace.id,
      actorId: user.id,
      after: { email, role: "DEPARTMENT_HEAD" },
    });
    expect(JSON.stringify(audit.after)).not.toContain("a long password");

    // The same link again: spent, and nothing written.
    const before = await f.countRows();
    expect(await acceptInvitation(form(token))).toMatchObject({
      ok: false,
      code: "conflict",
      formError: expect.stringMatching(/already been used/),
    });
    expect(await getInvitationForToken(token)).toEqual({ state: "used" });
    expect(await f.countRows()).toEqual(before);
  });

  it("refuses an expired link, an unknown one and a malformed one, writing nothing", async () => {
    const { token, invitationId } = await invite();
    const prisma = await getPrisma();
    await prisma.invitation.update({
      where: { id: invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const before = await f.countRows();
    expect(await acceptInvitation(form(token))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/expired/),
    });
    expect(await getInvitationForToken(token)).toEqual({ state: "expired" });
    const unknown = createInvitationToken().token;
    expect(await acceptInvitation(form(unknown))).toMatchObject({ ok: false, code: "not_found" });
    expect(await getInvitationForToken(unknown)).toEqual({ state: "unknown" });
    expect(await getInvitationForToken("../../etc")).toEqual({ state: "unknown" });
    expect(await acceptInvitation(form("short"))).toMatchObject({ ok: false, code: "invalid" });
    expect(await f.countRows()).toEqual(before);
  });

  it("checks the name and password: length, and the two passwords must match", async () => {
    const { token } = await invite();
    expect(await acceptInvitation({ ...form(token), password: "short", confirm: "short" })).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { password: [expect.stringMatching(/at least 10/)] },
    });
    expect(await acceptInvitation({ ...form(token), confirm: "something else" })).toMatchObject({
      ok: false,
      fieldErrors: { confirm: [expect.stringMatching(/differ/)] },
    });
    expect(await acceptInvitation({ ...form(token), name: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { name: [expect.any(String)] },
    });
    expect(await getInvitationForToken(token)).toMatchObject({ state: "pending" });
  });

  it("refuses when an account with the email appeared meanwhile", async () => {
    const { token, email } = await invite();
    await f.createUser({ email });
    expect(await acceptInvitation(form(token))).toMatchObject({
      ok: false,
      code: "conflict",
      formError: expect.stringMatching(/already exists/),
    });
    expect(await getInvitationForToken(token)).toMatchObject({ state: "pending" });
  });

  it("accepts a link once when two tabs submit it at the same moment", async () => {
    const { token, email } = await invite();
    const results = await Promise.all([acceptInvitation(form(token)), acceptInvitation(form(token))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const prisma = await getPrisma();
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    expect(await prisma.membership.count({ where: { user: { email } } })).toBe(1);
  });

  it("limits attempts per client address", async () => {
    fromClient("198.51.100.99");
    const unknown = createInvitationToken().token;
    for (let i = 0; i < 20; i++)
      expect(await acceptInvitation(form(unknown))).toMatchObject({ code: "not_found" });
    expect(await acceptInvitation(form(unknown))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Too many attempts/),
    });
    fromClient("198.51.100.100");
    expect(await acceptInvitation(form(unknown))).toMatchObject({ code: "not_found" });
  });

  it("limits attempts per working link too, from any address, before hashing a password", async () => {
    const { token, email } = await invite();
    // An account with the invited email appears: every accept now hashes, then fails.
    await f.createUser({ email });
    for (let i = 0; i < 20; i++) {
      fromClient(`198.51.100.${120 + i}`);
      expect(await acceptInvitation(form(token))).toMatchObject({ ok: false, code: "conflict" });
    }
    fromClient("198.51.100.200");
    expect(await acceptInvitation(form(token))).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Too many attempts/),
    });
  });
});

describe("reissueInvitation and revokeInvitation", () => {
  it("a new link replaces the old one, which stops working", async () => {
    const { token, invitationId } = await invite();
    signInAs(lead);
    const result = await reissueInvitation({ invitationId });
    if (!result.ok) throw new Error(result.formError);
    expect(result.data.token).not.toBe(token);
    expect(await getInvitationForToken(token)).toEqual({ state: "unknown" });
    expect(await getInvitationForToken(result.data.token)).toMatchObject({ state: "pending" });
    const prisma = await getPrisma();
    expect(await prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "invitation.renewed",
      actorId: lead.id,
    });
  });

  it("renews an expired link", async () => {
    const { invitationId } = await invite();
    const prisma = await getPrisma();
    await prisma.invitation.update({
      where: { id: invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    signInAs(lead);
    const result = await reissueInvitation({ invitationId });
    if (!result.ok) throw new Error(result.formError);
    expect(await getInvitationForToken(result.data.token)).toMatchObject({ state: "pending" });
  });

  it("revokes a pending invitation, audited; its link then reads as not valid", async () => {
    const { token, invitationId, email } = await invite();
    signInAs(lead);
    expect(await revokeInvitation({ invitationId })).toMatchObject({ ok: true });
    expect(await getInvitationForToken(token)).toEqual({ state: "unknown" });
    const prisma = await getPrisma();
    expect(await prisma.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } })).toMatchObject({
      action: "invitation.revoked",
      actorId: lead.id,
      before: { email },
    });
    expect(await revokeInvitation({ invitationId })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("refuses to renew or revoke an accepted invitation", async () => {
    const { token, invitationId } = await invite();
    expect(await acceptInvitation(form(token))).toMatchObject({ ok: true });
    signInAs(lead);
    expect(await reissueInvitation({ invitationId })).toMatchObject({ ok: false, code: "conflict" });
    expect(await revokeInvitation({ invitationId })).toMatchObject({ ok: false, code: "conflict" });
  });

  it("refuses a lead of another workspace as not found", async () => {
    const { invitationId } = await invite();
    const other = await f.createWorkspace();
    const { user } = await f.addMember({ workspaceId: other.id, role: "CX_LEAD" });
    signInAs(user);
    const before = await f.countRows();
    expect(await reissueInvitation({ invitationId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await revokeInvitation({ invitationId })).toMatchObject({ ok: false, code: "not_found" });
    expect(await f.countRows()).toEqual(before);
  });
});
