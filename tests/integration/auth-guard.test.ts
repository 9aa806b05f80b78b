// authorize, the one check every page, action and route makes: caller → membership → role (lib/auth/policy.ts).
import { beforeAll, describe, expect, it } from "vitest";
import { authorize, getSessionCaller } from "../../lib/auth/guard";
import { MEMBER_ROLES, type Permission } from "../../lib/auth/policy";
import type { MemberRole } from "../../lib/db/generated/enums";
import { registerTestDb } from "../setup/test-db";
import { signInAs, signOut } from "./auth";
import { addMember, createMappedWorkspace, createUser, createWorkspace } from "./factories";

registerTestDb();

let workspaceId = "";
let departmentId = "";
const members = new Map<MemberRole, { id: string; email: string; name: string }>();

beforeAll(async () => {
  const mapped = await createMappedWorkspace();
  workspaceId = mapped.workspace.id;
  departmentId = mapped.departments[0]!.id;
  for (const role of MEMBER_ROLES) {
    const { user } = await addMember({
      workspaceId,
      role,
      departmentId: role === "DEPARTMENT_HEAD" ? departmentId : undefined,
    });
    members.set(role, user);
  }
});

/** What an action asks: may the signed-in caller do `permission` in the workspace with this id? */
async function requireWorkspaceRole(id: string, permission: Permission) {
  const { actor } = await authorize({ caller: await getSessionCaller(), workspace: { id }, permission });
  return actor;
}

describe("authorize", () => {
  it("refuses a caller without a session as unauthorized", async () => {
    signOut();
    await expect(requireWorkspaceRole(workspaceId, "workspace.read")).rejects.toMatchObject({
      code: "unauthorized",
    });
  });

  it("answers not_found to a signed-in user who is not a member, as for a workspace that does not exist", async () => {
    const stranger = await createUser();
    const elsewhere = await createWorkspace();
    await addMember({ workspaceId: elsewhere.id, role: "CX_LEAD", userId: stranger.id });
    signInAs(stranger);
    const refusal = await requireWorkspaceRole(workspaceId, "workspace.read").catch((e: Error) => e);
    const missing = await requireWorkspaceRole(
      "00000000-0000-7000-8000-000000000000",
      "workspace.read",
    ).catch((e: Error) => e);
    expect(refusal).toMatchObject({ code: "not_found" });
    expect((refusal as Error).message).toBe((missing as Error).message);
  });

  it.each(MEMBER_ROLES.map((role) => [role]))("lets a %s read, and edit only as a CX lead", async (role) => {
    signInAs(members.get(role)!);
    const actor = await requireWorkspaceRole(workspaceId, "workspace.read");
    expect(actor).toEqual({
      userId: members.get(role)!.id,
      workspaceId,
      role,
      departmentId: role === "DEPARTMENT_HEAD" ? departmentId : null,
    });
    const edit = requireWorkspaceRole(workspaceId, "map.edit");
    if (role === "CX_LEAD") await expect(edit).resolves.toMatchObject({ role });
    else await expect(edit).rejects.toMatchObject({ code: "forbidden" });
  });

  it("uses the role of the workspace asked about, not another one the user holds", async () => {
    const viewer = members.get("VIEWER")!;
    const own = await createWorkspace();
    await addMember({ workspaceId: own.id, role: "CX_LEAD", userId: viewer.id });
    signInAs(viewer);
    await expect(requireWorkspaceRole(own.id, "map.edit")).resolves.toMatchObject({ role: "CX_LEAD" });
    await expect(requireWorkspaceRole(workspaceId, "map.edit")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("answers a slug no workspace could have as not found, without asking the database", async () => {
    signInAs(members.get("CX_LEAD")!);
    for (const slug of ["demo\u0000", "Demo", "a", "x".repeat(200), "two--hyphens", "../etc"])
      await expect(
        authorize({ caller: await getSessionCaller(), workspace: { slug }, permission: "workspace.read" }),
      ).rejects.toMatchObject({ code: "not_found" });
  });
});
