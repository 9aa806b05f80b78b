// Journey owners (DESIGN.md, Customer outcomes): a CX lead names one executive or CX lead of the workspace as a
// journey's owner, changes or clears it; an owner who stops being eligible or leaves no longer owns it.
import { beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import type { MemberRole } from "../../lib/db/generated/enums";
import { changeMemberRole, removeMember } from "../../lib/members/actions";
import { setJourneyOwner } from "../../lib/outcomes/journey-owner-actions";
import {
  getJourneyOwner,
  listJourneyOwnerCandidates,
  listJourneyOwners,
} from "../../lib/outcomes/journey-owner-queries";
import { registerTestDb } from "../setup/test-db";
import { actingAs, signInAs } from "./auth";
import * as f from "./factories";

registerTestDb();

type User = { id: string; email: string; name: string };
let workspace: { id: string };
let department: { id: string };
let lead: User;
let leadMembershipId: string;

beforeAll(async () => {
  workspace = await f.createWorkspace();
  department = await f.createDepartment({ workspaceId: workspace.id });
  const added = await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" });
  lead = added.user;
  leadMembershipId = added.membership.id;
});

async function addNamed(role: MemberRole, name: string, workspaceId = workspace.id) {
  const user = await f.createUser({ name });
  const departmentId = role === "DEPARTMENT_HEAD" ? department.id : undefined;
  return (await f.addMember({ workspaceId, role, departmentId, userId: user.id })).membership;
}

async function ownerIdOf(journeyId: string): Promise<string | null> {
  const prisma = await getPrisma();
  return (await prisma.journey.findUniqueOrThrow({ where: { id: journeyId } })).ownerMembershipId;
}

async function eventsOf(journeyId: string) {
  const prisma = await getPrisma();
  return prisma.auditEvent.findMany({
    where: { workspaceId: workspace.id, journeyId, action: { startsWith: "journey.owner" } },
    orderBy: { id: "asc" },
    select: { action: true, actorId: true, entityId: true, before: true, after: true },
  });
}

describe("setJourneyOwner", () => {
  it("sets, changes and clears the owner, each audited with the owners' names", async () => {
    signInAs(lead);
    const journey = await f.createJourney({ workspaceId: workspace.id, name: "Buy online" });
    const erin = await addNamed("EXECUTIVE", "Erin Executive");
    const casey = await addNamed("CX_LEAD", "Casey Lead");

    expect(await setJourneyOwner({ journeyId: journey.id, membershipId: erin.id })).toEqual({
      ok: true,
      data: { journeyId: journey.id, owner: { membershipId: erin.id, name: "Erin Executive" } },
    });
    expect(await ownerIdOf(journey.id)).toBe(erin.id);
    expect(await setJourneyOwner({ journeyId: journey.id, membershipId: casey.id })).toMatchObject({
      ok: true,
    });
    expect(await ownerIdOf(journey.id)).toBe(casey.id);
    expect(await setJourneyOwner({ journeyId: journey.id, membershipId: null })).toEqual({
      ok: true,
      data: { journeyId: journey.id, owner: null },
    });
    expect(await ownerIdOf(journey.id)).toBeNull();

    const named = { journeyName: "Buy online" };
    expect(await eventsOf(journey.id)).toEqual([
      {
        action: "journey.owner_set",
        actorId: lead.id,
        entityId: journey.id,
        before: { ...named, ownerMembershipId: null, ownerName: null },
        after: { ...named, ownerMembershipId: erin.id, ownerName: "Erin Executive" },
      },
      {
        action: "journey.owner_set",
        actorId: lead.id,
        entityId: journey.id,
        before: { ...named, ownerMembershipId: erin.id, ownerName: "Erin Executive" },
        after: { ...named, ownerMembershipId: casey.id, ownerName: "Casey Lead" },
      },
      {
        action: "journey.owner_cleared",
        actorId: lead.id,
        entityId: journey.id,
        before: { ...named, ownerMembershipId: casey.id, ownerName: "Casey Lead" },
        after: { ...named, ownerMembershipId: null, ownerName: null },
      },
    ]);
  });

  it("treats a blank choice as clearing, and says when there is nothing to change", async () => {
    signInAs(lead);
    const journey = await f.createJourney({ workspaceId: workspace.id });
    expect(await setJourneyOwner({ journeyId: journey.id, membershipId: "" })).toMatchObject({
      ok: false,
      code: "invalid",
      formError: "This journey has no owner to clear.",
    });
    await setJourneyOwner({ journeyId: journey.id, membershipId: leadMembershipId });
    expect(await setJourneyOwner({ journeyId: journey.id, membershipId: leadMembershipId })).toMatchObject({
      ok: false,
      code: "invalid",
      formError: `${lead.name} already owns this journey.`,
    });
    expect(await setJourneyOwner({ journeyId: journey.id, membershipId: "" })).toMatchObject({ ok: true });
    expect(await ownerIdOf(journey.id)).toBeNull();
    expect(await eventsOf(journey.id)).toHaveLength(2);
  });

  it("refuses a department head or a viewer as owner, with the reason under the picker", async () => {
    signInAs(lead);
    const journey = await f.createJourney({ workspaceId: workspace.id });
    for (const [role, name] of [
      ["DEPARTMENT_HEAD", "Hana Head"],
      ["VIEWER", "Vic Viewer"],
    ] as const) {
      const member = await addNamed(role, name);
      const message = `${name} cannot own a journey: a journey owner is an executive or a CX lead.`;
      expect(await setJourneyOwner({ journeyId: journey.id, membershipId: member.id })).toEqual({
        ok: false,
        code: "invalid",
        formError: message,
        fieldErrors: { membershipId: [message] },
      });
    }
    expect(await ownerIdOf(journey.id)).toBeNull();
    expect(await eventsOf(journey.id)).toEqual([]);
  });

  it("reads another workspace's member, or its journey, as not found", async () => {
    signInAs(lead);
    const journey = await f.createJourney({ workspaceId: workspace.id });
    const elsewhere = await f.createWorkspace();
    const stranger = await addNamed("EXECUTIVE", "Sam Elsewhere", elsewhere.id);
    expect(await setJourneyOwner({ journeyId: journey.id, membershipId: stranger.id })).toMatchObject({
      ok: false,
      code: "not_found",
      formError: "That member was not found. They may have left the workspace.",
    });
    const theirJourney = await f.createJourney({ workspaceId: elsewhere.id });
    expect(
      await setJourneyOwner({ journeyId: theirJourney.id, membershipId: leadMembershipId }),
    ).toMatchObject({
      ok: false,
      code: "not_found",
      formError: "Journey was not found. It may have been deleted.",
    });
    expect([await ownerIdOf(journey.id), await ownerIdOf(theirJourney.id)]).toEqual([null, null]);
  });

  it("is refused to executives, department heads and viewers, who change nothing", async () => {
    const journey = await f.createJourney({ workspaceId: workspace.id });
    const prisma = await getPrisma();
    for (const role of ["EXECUTIVE", "DEPARTMENT_HEAD", "VIEWER"] as const) {
      const departmentId = role === "DEPARTMENT_HEAD" ? department.id : undefined;
      const { user, membership } = await f.addMember({ workspaceId: workspace.id, role, departmentId });
      signInAs(user);
      // Even naming themselves: an executive may own a journey, but only a CX lead names owners.
      const target = role === "EXECUTIVE" ? membership.id : leadMembershipId;
      expect(await setJourneyOwner({ journeyId: journey.id, membershipId: target })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await ownerIdOf(journey.id)).toBeNull();
    expect(await prisma.auditEvent.count({ where: { journeyId: journey.id } })).toBe(0);
  });
});

describe("when an owner stops being eligible", () => {
  it("clears the journeys of an owner who leaves the workspace, audited with the reason", async () => {
    signInAs(lead);
    const first = await f.createJourney({ workspaceId: workspace.id });
    const second = await f.createJourney({ workspaceId: workspace.id });
    const other = await f.createJourney({ workspaceId: workspace.id });
    const leaving = await addNamed("EXECUTIVE", "Lee Leaving");
    await setJourneyOwner({ journeyId: first.id, membershipId: leaving.id });
    await setJourneyOwner({ journeyId: second.id, membershipId: leaving.id });
    await setJourneyOwner({ journeyId: other.id, membershipId: leadMembershipId });

    expect(await removeMember({ membershipId: leaving.id })).toEqual({
      ok: true,
      data: {
        membershipId: leaving.id,
        releasedJourneys: [first.name, second.name].sort((a, b) => a.localeCompare(b)),
      },
    });
    expect([await ownerIdOf(first.id), await ownerIdOf(second.id)]).toEqual([null, null]);
    expect(await ownerIdOf(other.id)).toBe(leadMembershipId);
    expect((await eventsOf(first.id)).at(-1)).toEqual({
      action: "journey.owner_cleared",
      actorId: lead.id,
      entityId: first.id,
      before: { journeyName: first.name, ownerMembershipId: leaving.id, ownerName: "Lee Leaving" },
      after: { journeyName: first.name, ownerMembershipId: null, ownerName: null, reason: "member_removed" },
    });
  });

  it("leaves the journey ownerless when the membership goes by any other way (the foreign key)", async () => {
    const journey = await f.createJourney({ workspaceId: workspace.id });
    const gone = await addNamed("EXECUTIVE", "Gil Gone");
    signInAs(lead);
    await setJourneyOwner({ journeyId: journey.id, membershipId: gone.id });
    const prisma = await getPrisma();
    await prisma.membership.delete({ where: { id: gone.id } });
    expect(await ownerIdOf(journey.id)).toBeNull();
    expect(await getJourneyOwner({ workspaceId: workspace.id, journeyId: journey.id })).toBeNull();
  });

  it("clears an owner's journeys when their role changes to head or viewer, but not between eligible roles", async () => {
    signInAs(lead);
    const journey = await f.createJourney({ workspaceId: workspace.id });
    const owner = await addNamed("EXECUTIVE", "Rae Roles");
    await setJourneyOwner({ journeyId: journey.id, membershipId: owner.id });

    expect(await changeMemberRole({ membershipId: owner.id, role: "CX_LEAD" })).toEqual({
      ok: true,
      data: { membershipId: owner.id, releasedJourneys: [] },
    });
    expect(await ownerIdOf(journey.id)).toBe(owner.id);

    const demoted = await changeMemberRole({
      membershipId: owner.id,
      role: "DEPARTMENT_HEAD",
      departmentId: department.id,
    });
    expect(demoted).toEqual({ ok: true, data: { membershipId: owner.id, releasedJourneys: [journey.name] } });
    expect(await ownerIdOf(journey.id)).toBeNull();
    const prisma = await getPrisma();
    const [latest, previous] = await prisma.auditEvent.findMany({
      where: { workspaceId: workspace.id, entityId: { in: [owner.id, journey.id] } },
      orderBy: { id: "desc" },
      take: 2,
    });
    expect(previous).toMatchObject({ action: "member.role_changed", entityId: owner.id });
    expect(latest).toMatchObject({
      action: "journey.owner_cleared",
      actorId: lead.id,
      journeyId: journey.id,
      before: { ownerName: "Rae Roles", ownerMembershipId: owner.id },
      after: { ownerName: null, reason: "role_changed", role: "DEPARTMENT_HEAD" },
    });
  });

  it("never leaves a viewer as owner when a role change and the naming race", async () => {
    const journey = await f.createJourney({ workspaceId: workspace.id });
    const owner = await addNamed("EXECUTIVE", "Cal Concurrent");
    const [named, demoted] = await Promise.all([
      actingAs(lead, () => setJourneyOwner({ journeyId: journey.id, membershipId: owner.id })),
      actingAs(lead, () => changeMemberRole({ membershipId: owner.id, role: "VIEWER" })),
    ]);
    expect(demoted).toMatchObject({ ok: true });
    // Whichever ran first, the viewer does not own the journey: refused, or named and then released.
    expect(await ownerIdOf(journey.id)).toBeNull();
    if (named.ok) expect(demoted).toMatchObject({ data: { releasedJourneys: [journey.name] } });
    else expect(named).toMatchObject({ code: "invalid" });
  });
});

describe("journey owner queries", () => {
  it("list each journey in order with its owner's name, one journey's owner, and who may be named", async () => {
    const ws = await f.createWorkspace();
    const erin = await addNamed("EXECUTIVE", "Erin Executive", ws.id);
    const casey = await addNamed("CX_LEAD", "Casey Lead", ws.id);
    await addNamed("VIEWER", "Vic Viewer", ws.id);
    const buy = await f.createJourney({ workspaceId: ws.id, name: "Buy online" });
    const help = await f.createJourney({ workspaceId: ws.id, name: "Get help" });
    const renew = await f.createJourney({ workspaceId: ws.id, name: "Renew" });
    // A CX lead of that workspace names the owners.
    const caller = await f.createUser({ name: "Ann Admin" });
    await f.addMember({ workspaceId: ws.id, role: "CX_LEAD", userId: caller.id });
    signInAs(caller);
    await setJourneyOwner({ journeyId: buy.id, membershipId: erin.id });
    await setJourneyOwner({ journeyId: help.id, membershipId: casey.id });

    expect(await listJourneyOwners(ws.id)).toEqual([
      {
        journeyId: buy.id,
        journeyName: "Buy online",
        owner: { membershipId: erin.id, name: "Erin Executive", role: "EXECUTIVE" },
      },
      {
        journeyId: help.id,
        journeyName: "Get help",
        owner: { membershipId: casey.id, name: "Casey Lead", role: "CX_LEAD" },
      },
      { journeyId: renew.id, journeyName: "Renew", owner: null },
    ]);
    expect(await getJourneyOwner({ workspaceId: ws.id, journeyId: help.id })).toMatchObject({
      name: "Casey Lead",
    });
    expect(await getJourneyOwner({ workspaceId: ws.id, journeyId: renew.id })).toBeNull();
    // Another workspace's journey id finds nothing.
    expect(await getJourneyOwner({ workspaceId: workspace.id, journeyId: help.id })).toBeNull();
    expect((await listJourneyOwnerCandidates(ws.id)).map((m) => m.name)).toEqual([
      "Ann Admin",
      "Casey Lead",
      "Erin Executive",
    ]);
  });
});
