// A person's own account (a new password, signing out everywhere) and a CX lead's password reset link: each
// ends every session of the account, is audited, and is limited.
import { describe, expect, it } from "vitest";
import { changePassword, signOutEverywhere } from "../../lib/account/actions";
import { resetPassword } from "../../lib/account/reset-actions";
import { verifyPassword } from "../../lib/auth/password";
import { loadSessionUser, revokeSession, startSessionClaims } from "../../lib/auth/sessions";
import { getPrisma } from "../../lib/db/client";
import { issuePasswordReset } from "../../lib/members/reset-actions";
import { registerTestDb } from "../setup/test-db";
import { actingAs, signInAs, signOut } from "./auth";
import * as f from "./factories";

registerTestDb();

async function versionOf(userId: string) {
  const prisma = await getPrisma();
  return (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;
}

async function passwordHashOf(userId: string) {
  const prisma = await getPrisma();
  return (await prisma.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash ?? "";
}

describe("sessions", () => {
  it("a session works until it is signed out, and signing out everywhere ends every other one", async () => {
    const user = await f.createUser({ password: "right password" });
    const [laptop, phone] = [await startSessionClaims(user.id), await startSessionClaims(user.id)];
    expect(await loadSessionUser(user.id, laptop)).toMatchObject({ id: user.id });
    await revokeSession(laptop);
    expect(await loadSessionUser(user.id, laptop)).toBeNull();
    expect(await loadSessionUser(user.id, phone)).toMatchObject({ id: user.id });

    signInAs(user);
    expect(await signOutEverywhere({})).toMatchObject({ ok: true });
    expect(await loadSessionUser(user.id, phone)).toBeNull();
    expect(await loadSessionUser(user.id, await startSessionClaims(user.id))).toMatchObject({ id: user.id });
    const prisma = await getPrisma();
    expect(
      await prisma.auditEvent.count({ where: { actorId: user.id, action: "auth.signed_out_everywhere" } }),
    ).toBe(1);
  });

  it("signed out, the account actions are refused", async () => {
    signOut();
    expect(await signOutEverywhere({})).toMatchObject({ ok: false, code: "unauthorized" });
    expect(
      await changePassword({ current: "x", password: "a new long password", confirm: "a new long password" }),
    ).toMatchObject({ ok: false, code: "unauthorized" });
  });
});

describe("changePassword", () => {
  const change = (current: string) =>
    changePassword({ current, password: "a brand new password", confirm: "a brand new password" });

  it("needs the current password; then sets the new one, ends every session and audits it", async () => {
    const user = await f.createUser({ password: "the old password" });
    const session = await startSessionClaims(user.id);
    signInAs(user);
    expect(await change("not the old one")).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { current: ["That is not your current password."] },
    });
    expect(await verifyPassword("the old password", await passwordHashOf(user.id))).toBe(true);
    expect(await change("the old password")).toEqual({ ok: true, data: { email: user.email } });
    expect(await verifyPassword("a brand new password", await passwordHashOf(user.id))).toBe(true);
    expect(await loadSessionUser(user.id, session)).toBeNull();
    const prisma = await getPrisma();
    expect(
      await prisma.auditEvent.count({ where: { actorId: user.id, action: "auth.password_changed" } }),
    ).toBe(1);
  });

  it("refuses mismatched or unchanged passwords field by field", async () => {
    const user = await f.createUser({ password: "the old password" });
    signInAs(user);
    expect(
      await changePassword({
        current: "the old password",
        password: "a brand new password",
        confirm: "other",
      }),
    ).toMatchObject({ ok: false, code: "invalid", fieldErrors: { confirm: [expect.any(String)] } });
    expect(
      await changePassword({
        current: "the old password",
        password: "the old password",
        confirm: "the old password",
      }),
    ).toMatchObject({ ok: false, code: "invalid", fieldErrors: { password: [expect.any(String)] } });
  });

  it("allows 5 attempts in 15 minutes, so the current password cannot be guessed through it", async () => {
    const user = await f.createUser({ password: "the old password" });
    signInAs(user);
    for (let i = 0; i < 5; i++) expect(await change(`guess ${i}`)).toMatchObject({ code: "invalid" });
    expect(await change("the old password")).toMatchObject({
      ok: false,
      formError: expect.stringMatching(/Too many attempts/),
    });
    expect(await verifyPassword("the old password", await passwordHashOf(user.id))).toBe(true);
  });
});

describe("password reset links", () => {
  it("a CX lead issues one for a member; it sets a new password once, ends every session, and is audited", async () => {
    const workspace = await f.createWorkspace();
    const { user: lead } = await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" });
    const { user: member, membership } = await f.addMember({ workspaceId: workspace.id, role: "VIEWER" });
    const session = await startSessionClaims(member.id);
    const issued = await actingAs(lead, () => issuePasswordReset({ membershipId: membership.id }));
    if (!issued.ok) throw new Error(issued.formError);
    expect(issued.data).toMatchObject({ email: member.email, token: expect.stringMatching(/^[\w-]{43}$/) });

    signOut();
    const form = { token: issued.data.token, password: "chosen after reset", confirm: "chosen after reset" };
    expect(await resetPassword(form)).toEqual({ ok: true, data: { email: member.email } });
    expect(await verifyPassword("chosen after reset", await passwordHashOf(member.id))).toBe(true);
    expect(await loadSessionUser(member.id, session)).toBeNull();
    expect(
      await resetPassword({ ...form, password: "another one again", confirm: "another one again" }),
    ).toMatchObject({
      ok: false,
      code: "conflict",
      formError: expect.stringMatching(/already been used/),
    });
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { workspaceId: workspace.id, action: { startsWith: "password_reset." } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => [e.action, e.actorId])).toEqual([
      ["password_reset.issued", lead.id],
      ["password_reset.completed", member.id],
    ]);
  });

  it("is refused for someone who also belongs to a workspace the lead does not lead", async () => {
    const [ours, theirs] = [await f.createWorkspace(), await f.createWorkspace()];
    const { user: lead } = await f.addMember({ workspaceId: ours.id, role: "CX_LEAD" });
    const { user: member, membership } = await f.addMember({ workspaceId: ours.id, role: "VIEWER" });
    await f.addMember({ workspaceId: theirs.id, role: "CX_LEAD", userId: member.id });
    const before = await f.countRows();
    expect(await actingAs(lead, () => issuePasswordReset({ membershipId: membership.id }))).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: expect.stringMatching(/belongs to a workspace you do not lead/),
    });
    expect(await f.countRows()).toEqual(before);
  });

  it("a newer link replaces an older one, and an unknown or expired link changes nothing", async () => {
    const workspace = await f.createWorkspace();
    const { user: lead } = await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" });
    const { user: member, membership } = await f.addMember({ workspaceId: workspace.id, role: "VIEWER" });
    const first = await actingAs(lead, () => issuePasswordReset({ membershipId: membership.id }));
    const second = await actingAs(lead, () => issuePasswordReset({ membershipId: membership.id }));
    if (!first.ok || !second.ok) throw new Error("issuing failed");
    const form = (token: string) => ({
      token,
      password: "chosen after reset",
      confirm: "chosen after reset",
    });
    expect(await resetPassword(form(first.data.token))).toMatchObject({ ok: false, code: "not_found" });
    const prisma = await getPrisma();
    await prisma.passwordReset.updateMany({
      where: { userId: member.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await resetPassword(form(second.data.token))).toMatchObject({
      ok: false,
      code: "conflict",
      formError: expect.stringMatching(/expired/),
    });
    expect(await versionOf(member.id)).toBe(0);
  });
});
