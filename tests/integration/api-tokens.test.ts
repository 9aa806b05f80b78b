// API tokens in settings: who sees which tokens (getApiTokenList) and who may revoke which (revokeApiToken).
// A CX lead sees and revokes every member's tokens in their workspace; everyone else only their own; nobody
// ever sees or touches another workspace's.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "../../app/api/v1/export/route";
import { createApiToken, revokeApiToken } from "../../lib/api-tokens/actions";
import { getApiTokenList } from "../../lib/api-tokens/queries";
import { TOKEN_LIST_LIMIT } from "../../lib/api-tokens/schemas";
import { describeAuditEvent } from "../../lib/audit/describe";
import { getActivityPage } from "../../lib/audit/queries";
import { getPrisma } from "../../lib/db/client";
import { registerTestDb } from "../setup/test-db";
import { signInAs, signOut } from "./auth";
import * as f from "./factories";

registerTestDb();

type User = { id: string; email: string; name: string };
type Created = { id: string; name: string; token: string };
let workspace: { id: string; slug: string };
let other: { id: string; slug: string };
let lead: User;
let head: User;
let viewer: User;
/** A CX lead of `workspace` who is only a viewer of `other`: a role counts in its own workspace alone. */
let otherLead: User;
const tokens: Record<"lead" | "head" | "viewer" | "elsewhere", Created> = {} as never;

async function createAs(user: User, opts: { workspaceId: string; name: string }): Promise<Created> {
  signInAs(user);
  const created = await createApiToken(opts);
  signOut();
  if (!created.ok) throw new Error(created.formError);
  return created.data;
}

async function exportWith(token: string, slug = workspace.slug): Promise<number> {
  const request = new Request(`http://localhost/api/v1/export?workspace=${slug}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return (await getExport(request)).status;
}

beforeAll(async () => {
  workspace = await f.createWorkspace();
  other = await f.createWorkspace();
  lead = (await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" })).user;
  const department = await f.createDepartment({ workspaceId: workspace.id });
  head = (
    await f.addMember({ workspaceId: workspace.id, role: "DEPARTMENT_HEAD", departmentId: department.id })
  ).user;
  viewer = (await f.addMember({ workspaceId: workspace.id, role: "VIEWER" })).user;
  otherLead = (await f.addMember({ workspaceId: other.id, role: "CX_LEAD" })).user;
  await f.addMember({ workspaceId: other.id, role: "VIEWER", userId: lead.id });
  tokens.lead = await createAs(lead, { workspaceId: workspace.id, name: "Lead's script" });
  tokens.head = await createAs(head, { workspaceId: workspace.id, name: "Head's report" });
  tokens.viewer = await createAs(viewer, { workspaceId: workspace.id, name: "CI export" });
  // The workspace's CX lead, in a workspace where they are a viewer.
  tokens.elsewhere = await createAs(lead, { workspaceId: other.id, name: "Elsewhere" });
  // Distinct creation times, so "newest first" does not rest on ids made within one millisecond.
  const prisma = await getPrisma();
  for (const [i, key] of (["lead", "head", "viewer"] as const).entries()) {
    await prisma.apiToken.update({
      where: { id: tokens[key].id },
      data: { createdAt: new Date(Date.UTC(2026, 10, 1 + i)) },
    });
  }
});

describe("getApiTokenList", () => {
  it("shows a CX lead every token of the workspace, newest first, with creator and state", async () => {
    signInAs(lead);
    const list = await getApiTokenList(workspace.id);
    expect(list.isWholeWorkspace).toBe(true);
    expect(list.total).toBe(3);
    expect(list.tokens.map((t) => t.id)).toEqual([tokens.viewer.id, tokens.head.id, tokens.lead.id]);
    expect(list.tokens[0]).toEqual({
      id: tokens.viewer.id,
      name: "CI export",
      createdAt: expect.any(Date),
      lastUsedAt: null,
      revokedAt: null,
      state: "active",
      creator: { name: viewer.name, email: viewer.email },
      isOwn: false,
    });
    expect(list.tokens[2]).toMatchObject({ isOwn: true, creator: { email: lead.email } });
    expect(JSON.stringify(list)).not.toContain("tokenHash");
  });

  it("shows every other member only their own tokens", async () => {
    for (const [user, own] of [
      [head, tokens.head],
      [viewer, tokens.viewer],
    ] as const) {
      signInAs(user);
      const list = await getApiTokenList(workspace.id);
      expect(list).toMatchObject({ isWholeWorkspace: false, total: 1 });
      expect(list.tokens.map((t) => [t.id, t.isOwn])).toEqual([[own.id, true]]);
    }
  });

  it("never shows another workspace's tokens, and refuses a workspace the caller is not in", async () => {
    signInAs(otherLead);
    const list = await getApiTokenList(other.id);
    expect(list.tokens.map((t) => t.id)).toEqual([tokens.elsewhere.id]);
    await expect(getApiTokenList(workspace.id)).rejects.toMatchObject({ code: "not_found" });
    // A CX lead here is a viewer there: only their own token in that workspace.
    signInAs(lead);
    expect((await getApiTokenList(other.id)).tokens.map((t) => t.id)).toEqual([tokens.elsewhere.id]);
    signOut();
    await expect(getApiTokenList(workspace.id)).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("keeps revoked tokens for 30 days, marks a departed creator's, and caps the list", async () => {
    const ws = await f.createWorkspace();
    const boss = (await f.addMember({ workspaceId: ws.id, role: "CX_LEAD" })).user;
    const { user: gone, membership } = await f.addMember({ workspaceId: ws.id, role: "VIEWER" });
    const prisma = await getPrisma();
    const now = new Date("2026-12-01T12:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const row = (name: string, createdAt: Date, extra: { userId?: string; revokedAt?: Date } = {}) => ({
      workspaceId: ws.id,
      userId: extra.userId ?? boss.id,
      name,
      tokenHash: `hash-${ws.id}-${name}`,
      createdAt,
      revokedAt: extra.revokedAt ?? null,
    });
    await prisma.apiToken.createMany({
      data: [
        row("old revoked", daysAgo(90), { revokedAt: daysAgo(31) }),
        row("recently revoked", daysAgo(80), { revokedAt: daysAgo(29) }),
        row("departed", daysAgo(70), { userId: gone.id }),
        ...Array.from({ length: TOKEN_LIST_LIMIT }, (_, i) => row(`bulk ${i}`, daysAgo(60 - i * 0.1))),
      ],
    });
    await prisma.membership.delete({ where: { id: membership.id } });
    signInAs(boss);
    const full = await getApiTokenList(ws.id, now);
    expect(full.total).toBe(TOKEN_LIST_LIMIT + 2);
    expect(full.tokens).toHaveLength(TOKEN_LIST_LIMIT);
    expect(full.tokens[0]?.name).toBe(`bulk ${TOKEN_LIST_LIMIT - 1}`);
    expect(full.tokens.map((t) => t.name)).not.toContain("departed");

    await prisma.apiToken.deleteMany({ where: { workspaceId: ws.id, name: { startsWith: "bulk" } } });
    const list = await getApiTokenList(ws.id, now);
    expect(list.tokens.map((t) => [t.name, t.state])).toEqual([
      ["departed", "creator_left"],
      ["recently revoked", "revoked"],
    ]);
    expect(list.tokens[0]?.creator).toEqual({ name: gone.name, email: gone.email });
  });
});

describe("revokeApiToken of another member's token", () => {
  it("by the CX lead: the token stops working and the audit trail names whose it was", async () => {
    const created = await createAs(viewer, { workspaceId: workspace.id, name: "Nightly sync" });
    expect(await exportWith(created.token)).toBe(200);
    signInAs(lead);
    expect(await revokeApiToken({ id: created.id })).toEqual({ ok: true, data: { id: created.id } });
    expect(await exportWith(created.token)).toBe(401);

    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { workspaceId: workspace.id, action: "api_token.revoked", entityId: created.id },
    });
    expect(event).toMatchObject({
      actorId: lead.id,
      entityType: "api_token",
      before: { name: "Nightly sync", ownerName: viewer.name, ownerEmail: viewer.email },
    });
    const page = await getActivityPage({
      workspaceId: workspace.id,
      filters: { action: "api_token.revoked" },
      pageSize: 1,
    });
    expect(page.events[0]?.actorName).toBe(lead.name);
    expect(describeAuditEvent(page.events[0]!)).toBe(
      `Revoked API token Nightly sync, created by ${viewer.name} (${viewer.email})`,
    );
    // Revoked, it stays on the lead's list for a while, marked so, and cannot be revoked twice.
    const listed = (await getApiTokenList(workspace.id)).tokens.find((t) => t.id === created.id);
    expect(listed).toMatchObject({ state: "revoked", revokedAt: expect.any(Date) });
    expect(await revokeApiToken({ id: created.id })).toMatchObject({ ok: false, code: "not_found" });
  });

  it("by the CX lead, of a member who has left (the token would work again if they came back)", async () => {
    const { user, membership } = await f.addMember({ workspaceId: workspace.id, role: "EXECUTIVE" });
    const created = await createAs(user, { workspaceId: workspace.id, name: "Left behind" });
    const prisma = await getPrisma();
    await prisma.membership.delete({ where: { id: membership.id } });
    signInAs(lead);
    expect(await revokeApiToken({ id: created.id })).toMatchObject({ ok: true });
    await f.addMember({ workspaceId: workspace.id, role: "EXECUTIVE", userId: user.id });
    expect(await exportWith(created.token)).toBe(401);
  });

  it("by a member who is not a CX lead: refused as if it did not exist, nothing written", async () => {
    signInAs(head);
    const before = await f.countRows();
    const result = await revokeApiToken({ id: tokens.viewer.id });
    expect(result).toEqual({
      ok: false,
      code: "not_found",
      formError: "The token was not found. It may have been deleted.",
    });
    // Exactly what an id that does not exist gets, so a member cannot tell a colleague's token is there.
    expect(await revokeApiToken({ id: "00000000-0000-7000-8000-000000000000" })).toEqual(result);
    expect(await f.countRows()).toEqual(before);
    expect(await exportWith(tokens.viewer.token)).toBe(200);
  });

  it("across workspaces: refused as if it did not exist, even for a CX lead", async () => {
    const before = await f.countRows();
    signInAs(otherLead);
    const foreign = await revokeApiToken({ id: tokens.viewer.id });
    expect(foreign).toMatchObject({ ok: false, code: "not_found" });
    // The lead of `workspace` is a viewer in `other`: they may not revoke otherLead's token there.
    const theirs = await createAs(otherLead, { workspaceId: other.id, name: "Other's" });
    const afterCreate = await f.countRows();
    signInAs(lead);
    expect(await revokeApiToken({ id: theirs.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await f.countRows()).toEqual(afterCreate);
    expect(afterCreate.auditEvents).toBe((before.auditEvents ?? 0) + 1);
    expect(await exportWith(tokens.viewer.token)).toBe(200);
    expect(await exportWith(theirs.token, other.slug)).toBe(200);
  });

  it("records only the name when a member revokes their own", async () => {
    signInAs(head);
    expect(await revokeApiToken({ id: tokens.head.id })).toMatchObject({ ok: true });
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { action: "api_token.revoked", entityId: tokens.head.id },
    });
    expect(event).toMatchObject({ actorId: head.id, before: { name: "Head's report" } });
    expect(describeAuditEvent(event)).toBe("Revoked API token Head's report");
  });
});
