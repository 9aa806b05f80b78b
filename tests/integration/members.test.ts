// Members: adding by email (member at once, or an invitation link), changing roles, removing, and the rule
// that a workspace always keeps a CX lead. Every change is audited with its actor.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { addMember, changeMemberRole, removeMember } from "../../lib/members/actions";
import { joinWithInvitation } from "../../lib/members/join-actions";
import { getMembersPage } from "../../lib/members/queries";
import { hashInvitationToken } from "../../lib/members/tokens";
import { registerTestDb } from "../setup/test-db";
import { actingAs, signInAs, signOut } from "./auth";
import * as f from "./factories";

registerTestDb();

type User = { id: string; email: string; name: string };
let workspace: { id: string; slug: string };
let department: { id: string; name: string };
let lead: User;

beforeAll(async () => {
  workspace = await f.createWorkspace();
  department = await f.createDepartment({ workspaceId: workspace.id, name: "Billing" });
  lead = (await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" })).user;
});

async function lastAudit() {
  const prisma = await getPrisma();
  return prisma.auditEvent.findFirstOrThrow({
    where: { workspaceId: workspace.id },
    orderBy: { id: "desc" },
  });
}

describe("addMember", () => {
  it("answers an email with an account exactly as one without: an invitation, never a membership at once", async () => {
    signInAs(lead);
    const user = await f.createUser({ name: "Ada Existing", email: "ada.existing@example.com" });
    const withAccount = await addMember({
      workspaceId: workspace.id,
      email: " ADA.Existing@example.com ",
      role: "DEPARTMENT_HEAD",
      departmentId: department.id,
    });
    const without = await addMember({
      workspaceId: workspace.id,
      email: "no.account.yet@example.com",
      role: "DEPARTMENT_HEAD",
      departmentId: department.id,
    });
    if (!withAccount.ok || !without.ok) throw new Error("adding failed");
    const shape = (data: object) => Object.keys(data).sort();
    expect(shape(withAccount.data)).toEqual(shape(without.data));
    expect(withAccount.data).toMatchObject({ kind: "invitation", email: "ada.existing@example.com" });
    const prisma = await getPrisma();
    expect(
      await prisma.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId: user.id } },
      }),
    ).toBeNull();
    expect(await lastAudit()).toMatchObject({ action: "invitation.created", actorId: lead.id });
  });

  it("lets the account join through the link once signed in as the invited email, with the invited role", async () => {
    signInAs(lead);
    const ada = await f.createUser({ name: "Ada Joins", email: "ada.joins@example.com" });
    const added = await addMember({
      workspaceId: workspace.id,
      email: "ada.joins@example.com",
      role: "DEPARTMENT_HEAD",
      departmentId: department.id,
    });
    if (!added.ok) throw new Error(added.formError);
    const { token } = added.data;
    const someoneElse = await f.createUser();
    signInAs(someoneElse);
    expect(await joinWithInvitation({ token })).toMatchObject({
      ok: false,
      code: "forbidden",
      formError: expect.stringMatching(/This invitation is for ada\.joins@example\.com/),
    });
    signInAs(ada);
    expect(await joinWithInvitation({ token })).toEqual({
      ok: true,
      data: { workspaceSlug: workspace.slug },
    });
    const prisma = await getPrisma();
    expect(
      await prisma.membership.findUnique({
        where: { workspaceId_userId: { workspaceId: workspace.id, userId: ada.id } },
      }),
    ).toMatchObject({ role: "DEPARTMENT_HEAD", departmentId: department.id });
    expect(await lastAudit()).toMatchObject({ action: "invitation.accepted", actorId: ada.id });
    expect(await joinWithInvitation({ token })).toMatchObject({ ok: false, code: "conflict" });
    signOut();
    expect(await joinWithInvitation({ token })).toMatchObject({ ok: false, code: "unauthorized" });
  });

  it("invites an email without an account: a one-time token of which only the hash is stored", async () => {
    signInAs(lead);
    const result = await addMember({
      workspaceId: workspace.id,
      email: "new.person@example.com",
      role: "VIEWER",
    });
    if (!result.ok || result.data.kind !== "invitation") throw new Error("expected an invitation");
    const { token, expiresAt, invitationId } = result.data;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const prisma = await getPrisma();
    const stored = await prisma.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored).toMatchObject({
      email: "new.person@example.com",
      role: "VIEWER",
      usedAt: null,
      invitedById: lead.id,
    });
    expect(stored.tokenHash).toBe(hashInvitationToken(token));
    expect(JSON.stringify(await prisma.invitation.findMany())).not.toContain(token);
    const days = (new Date(expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const audit = await lastAudit();
    expect(audit).toMatchObject({ action: "invitation.created", actorId: lead.id });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(token);

    // Inviting the same email again replaces the pending link.
    const again = await addMember({
      workspaceId: workspace.id,
      email: "new.person@example.com",
      role: "EXECUTIVE",
    });
    expect(again).toMatchObject({ ok: true, data: { kind: "invitation" } });
    const pending = await prisma.invitation.findMany({
      where: { workspaceId: workspace.id, email: "new.person@example.com", usedAt: null },
    });
    expect(pending).toHaveLength(1);
    expect(pending[0]!.role).toBe("EXECUTIVE");
  });

  it("refuses a head without a department, a department of another workspace, and an existing member", async () => {
    signInAs(lead);
    const before = await f.countRows();
    expect(
      await addMember({ workspaceId: workspace.id, email: "x@example.com", role: "DEPARTMENT_HEAD" }),
    ).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { departmentId: [expect.stringMatching(/Choose the department/)] },
    });
    const other = await f.createWorkspace();
    const foreign = await f.createDepartment({ workspaceId: other.id });
    expect(
      await addMember({
        workspaceId: workspace.id,
        email: "x@example.com",
        role: "DEPARTMENT_HEAD",
        departmentId: foreign.id,
      }),
    ).toMatchObject({ ok: false, code: "invalid", fieldErrors: { departmentId: [expect.any(String)] } });
    expect(await addMember({ workspaceId: workspace.id, email: lead.email, role: "VIEWER" })).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { email: [expect.stringMatching(/already a member/)] },
    });
    const after = await f.countRows();
    expect({ ...after, workspaces: before.workspaces, departments: before.departments }).toEqual(before);
  });

  it("drops a department sent along for a role that has none", async () => {
    signInAs(lead);
    const user = await f.createUser();
    const result = await addMember({
      workspaceId: workspace.id,
      email: user.email,
      role: "EXECUTIVE",
      departmentId: department.id,
    });
    if (!result.ok) throw new Error(result.formError);
    const prisma = await getPrisma();
    const invitation = await prisma.invitation.findUniqueOrThrow({ where: { id: result.data.invitationId } });
    expect(invitation.departmentId).toBeNull();
    signInAs(user);
    expect(await joinWithInvitation({ token: result.data.token })).toMatchObject({ ok: true });
    const membership = await prisma.membership.findFirstOrThrow({ where: { userId: user.id } });
    expect(membership.departmentId).toBeNull();
  });
});

describe("changeMemberRole and removeMember", () => {
  it("changes a role and a head's department, audited with before and after", async () => {
    signInAs(lead);
    const { membership } = await f.addMember({ workspaceId: workspace.id, role: "VIEWER" });
    expect(
      await changeMemberRole({
        membershipId: membership.id,
        role: "DEPARTMENT_HEAD",
        departmentId: department.id,
      }),
    ).toMatchObject({ ok: true });
    expect(await lastAudit()).toMatchObject({
      action: "member.role_changed",
      actorId: lead.id,
      before: { role: "VIEWER", departmentName: null },
      after: { role: "DEPARTMENT_HEAD", departmentName: "Billing" },
    });
    expect(await changeMemberRole({ membershipId: membership.id, role: "EXECUTIVE" })).toMatchObject({
      ok: true,
    });
    const prisma = await getPrisma();
    expect(await prisma.membership.findUniqueOrThrow({ where: { id: membership.id } })).toMatchObject({
      role: "EXECUTIVE",
      departmentId: null,
    });
    expect(await changeMemberRole({ membershipId: membership.id, role: "EXECUTIVE" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
  });

  it("removes a member (with an audit event) but keeps their account", async () => {
    signInAs(lead);
    const { membership, user } = await f.addMember({ workspaceId: workspace.id, role: "EXECUTIVE" });
    expect(await removeMember({ membershipId: membership.id })).toMatchObject({ ok: true });
    const prisma = await getPrisma();
    expect(await prisma.membership.findUnique({ where: { id: membership.id } })).toBeNull();
    expect(await prisma.user.findUnique({ where: { id: user.id } })).not.toBeNull();
    expect(await lastAudit()).toMatchObject({
      action: "member.removed",
      actorId: lead.id,
      before: { email: user.email, role: "EXECUTIVE" },
    });
  });

  it("never removes or demotes the last CX lead, but lets a lead step down when another remains", async () => {
    const solo = await f.createWorkspace();
    const { user: only, membership } = await f.addMember({ workspaceId: solo.id, role: "CX_LEAD" });
    signInAs(only);
    const before = await f.countRows();
    for (const result of [
      await changeMemberRole({ membershipId: membership.id, role: "VIEWER" }),
      await removeMember({ membershipId: membership.id }),
    ])
      expect(result).toMatchObject({
        ok: false,
        code: "conflict",
        formError: expect.stringMatching(/at least one CX lead/),
      });
    expect(await f.countRows()).toEqual(before);

    const { membership: second } = await f.addMember({ workspaceId: solo.id, role: "CX_LEAD" });
    expect(await changeMemberRole({ membershipId: membership.id, role: "VIEWER" })).toMatchObject({
      ok: true,
    });
    // Now a viewer, the former lead can change nothing.
    expect(await removeMember({ membershipId: second.id })).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("cannot reach a membership of another workspace", async () => {
    signInAs(lead);
    const other = await f.createWorkspace();
    const { membership } = await f.addMember({ workspaceId: other.id, role: "VIEWER" });
    const before = await f.countRows();
    expect(await changeMemberRole({ membershipId: membership.id, role: "EXECUTIVE" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await removeMember({ membershipId: membership.id })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await f.countRows()).toEqual(before);
  });
});

describe("two CX leads demoting each other at once", () => {
  it("leaves exactly one CX lead", async () => {
    for (let round = 0; round < 3; round++) {
      const ws = await f.createWorkspace();
      const a = await f.addMember({ workspaceId: ws.id, role: "CX_LEAD" });
      const b = await f.addMember({ workspaceId: ws.id, role: "CX_LEAD" });
      const results = await Promise.all([
        actingAs(a.user, () => changeMemberRole({ membershipId: b.membership.id, role: "VIEWER" })),
        actingAs(b.user, () => changeMemberRole({ membershipId: a.membership.id, role: "VIEWER" })),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({
        ok: false,
        code: expect.stringMatching(/forbidden|conflict/),
      });
      const prisma = await getPrisma();
      expect(await prisma.membership.count({ where: { workspaceId: ws.id, role: "CX_LEAD" } })).toBe(1);
    }
  });

  it("two leads removing each other at once leaves one", async () => {
    const ws = await f.createWorkspace();
    const a = await f.addMember({ workspaceId: ws.id, role: "CX_LEAD" });
    const b = await f.addMember({ workspaceId: ws.id, role: "CX_LEAD" });
    const results = await Promise.all([
      actingAs(a.user, () => removeMember({ membershipId: b.membership.id })),
      actingAs(b.user, () => removeMember({ membershipId: a.membership.id })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const prisma = await getPrisma();
    expect(await prisma.membership.count({ where: { workspaceId: ws.id, role: "CX_LEAD" } })).toBe(1);
  });
});

describe("getMembersPage", () => {
  it("lists members with departments and pending invitations, expired ones marked", async () => {
    const ws = await f.createWorkspace();
    const dept = await f.createDepartment({ workspaceId: ws.id, name: "Support" });
    const head = await f.addMember({ workspaceId: ws.id, role: "DEPARTMENT_HEAD", departmentId: dept.id });
    const prisma = await getPrisma();
    await prisma.invitation.create({
      data: {
        workspaceId: ws.id,
        email: "late@example.com",
        role: "VIEWER",
        tokenHash: "h1",
        expiresAt: new Date(Date.now() - 1000),
      },
    });
    await prisma.invitation.create({
      data: {
        workspaceId: ws.id,
        email: "used@example.com",
        role: "VIEWER",
        tokenHash: "h2",
        expiresAt: new Date(Date.now() + 1e6),
        usedAt: new Date(),
      },
    });
    const page = await getMembersPage({ workspaceId: ws.id, role: "CX_LEAD" });
    expect(page.members).toEqual([
      expect.objectContaining({
        userId: head.user.id,
        role: "DEPARTMENT_HEAD",
        department: { id: dept.id, name: "Support" },
      }),
    ]);
    expect(page.invitations).toEqual([
      expect.objectContaining({ email: "late@example.com", isExpired: true }),
    ]);
    expect(page.departments).toEqual([{ id: dept.id, name: "Support" }]);
  });

  it.each(["DEPARTMENT_HEAD", "EXECUTIVE", "VIEWER"] as const)(
    "never reads pending invitations (with their emails) for a %s",
    async (role) => {
      const ws = await f.createWorkspace();
      const prisma = await getPrisma();
      await prisma.invitation.create({
        data: {
          workspaceId: ws.id,
          email: "invitee@example.com",
          role: "VIEWER",
          tokenHash: `h-${role}`,
          expiresAt: new Date(Date.now() + 1e6),
        },
      });
      expect((await getMembersPage({ workspaceId: ws.id, role })).invitations).toEqual([]);
      expect((await getMembersPage({ workspaceId: ws.id, role: "CX_LEAD" })).invitations).toHaveLength(1);
    },
  );
});
