// Every server action and route, called by every kind of caller: CX lead, department head, executive, viewer,
// nobody signed in, and a CX lead of another workspace. Who is allowed comes from the one policy table
// (lib/auth/policy.ts) and the permission each action and route declares; allowed calls succeed, refused ones
// fail with the right code and write nothing. A new action belongs in ACTIONS below (a test checks that).
import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/v1/coverage/route";
import { GET as getExport } from "../../app/api/v1/export/route";
import { POST as postImport } from "../../app/api/v1/import/route";
import { GET as getMeasures, POST as postMeasures } from "../../app/api/v1/measures/route";
import { GET as getOpenApi } from "../../app/api/v1/openapi.json/route";
import { GET as getOutcomes } from "../../app/api/v1/outcomes/route";
import { GET as getReadings, POST as postReadings } from "../../app/api/v1/readings/route";
import { GET as getTargets, POST as postTargets } from "../../app/api/v1/targets/route";
import type { WorkspaceAction } from "../../lib/actions/define";
import { createApiToken, revokeApiToken } from "../../lib/api-tokens/actions";
import { type Permission, POLICY } from "../../lib/auth/policy";
import { createClaim, releaseRole, withdrawClaim } from "../../lib/claims/actions";
import { decideClaim, resolveContest } from "../../lib/claims/decision-actions";
import { addComment } from "../../lib/comments/actions";
import { getPrisma } from "../../lib/db/client";
import type { MemberRole } from "../../lib/db/generated/enums";
import { setAssignment } from "../../lib/matrix/actions";
import { acceptInvitation } from "../../lib/members/accept-actions";
import { addMember, changeMemberRole, removeMember } from "../../lib/members/actions";
import { reissueInvitation, revokeInvitation } from "../../lib/members/invitation-actions";
import { issuePasswordReset } from "../../lib/members/reset-actions";
import { createInvitationToken } from "../../lib/members/tokens";
import { setNotificationPreferences } from "../../lib/notifications/actions";
import { setJourneyOwner } from "../../lib/outcomes/journey-owner-actions";
import { createMeasure, deleteMeasure, updateMeasure } from "../../lib/outcomes/measure-actions";
import { applyReadings, previewReadings } from "../../lib/outcomes/sheet-actions";
import { clearTarget, recordReading, setTarget } from "../../lib/outcomes/target-actions";
import { completeSetup } from "../../lib/setup/actions";
import { applySheet, previewSheet } from "../../lib/sheets/actions";
import {
  createDepartment,
  createJourney,
  createStage,
  createTouchpoint,
  deleteDepartment,
  deleteJourney,
  deleteStage,
  deleteTouchpoint,
  moveTouchpoint,
  reorderDepartment,
  reorderJourney,
  reorderStage,
  reorderTouchpoint,
  updateDepartment,
  updateJourney,
  updateStage,
  updateTouchpoint,
} from "../../lib/structure/actions";
import {
  confirmDepartmentOwnership,
  confirmOwnership,
  setVerificationCadence,
} from "../../lib/verification/actions";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  resendWebhookDelivery,
  rotateWebhookSecret,
  setWebhookEndpointActive,
  updateWebhookEndpoint,
} from "../../lib/webhooks/actions";
import { setRequestHeaders } from "../setup/request-headers";
import { registerTestDb } from "../setup/test-db";
import { signInAs, signOut } from "./auth";
import { getSignedInUser, setSignedInUser } from "./auth-state";
import * as f from "./factories";

setRequestHeaders({ "x-forwarded-for": "192.0.2.10" });

registerTestDb();

type User = { id: string; email: string; name: string };
type Caller =
  | "CX lead"
  | "department head"
  | "executive"
  | "viewer"
  | "signed out"
  | "another workspace's lead";
const CALLERS: readonly Caller[] = [
  "CX lead",
  "department head",
  "executive",
  "viewer",
  "signed out",
  "another workspace's lead",
];

let workspace: { id: string; slug: string };
/** The department the department head belongs to: claims and releases act for it. */
let headDepartmentId: string;
let headDepartmentName: string;
/** The executive's membership: one a journey may be given to as its owner. */
let executiveMembershipId: string;
const users = new Map<Caller, User>();

function actAs(caller: Caller): void {
  const user = users.get(caller);
  if (user) signInAs(user);
  else signOut();
}

beforeAll(async () => {
  const mapped = await f.createMappedWorkspace();
  workspace = mapped.workspace;
  const roles: [Caller, MemberRole][] = [
    ["CX lead", "CX_LEAD"],
    ["department head", "DEPARTMENT_HEAD"],
    ["executive", "EXECUTIVE"],
    ["viewer", "VIEWER"],
  ];
  headDepartmentId = mapped.departments[0]!.id;
  headDepartmentName = mapped.departments[0]!.name;
  for (const [caller, role] of roles) {
    const departmentId = role === "DEPARTMENT_HEAD" ? mapped.departments[0]!.id : undefined;
    const { user, membership } = await f.addMember({ workspaceId: workspace.id, role, departmentId });
    users.set(caller, user);
    if (role === "EXECUTIVE") executiveMembershipId = membership.id;
  }
  const other = await f.createWorkspace();
  const { user } = await f.addMember({ workspaceId: other.id, role: "CX_LEAD" });
  users.set("another workspace's lead", user);
});

/** Fresh rows for one call, so an allowed call changes only what it was given. */
async function createFixture() {
  const department = await f.createDepartment({ workspaceId: workspace.id });
  const journey = await f.createJourney({ workspaceId: workspace.id });
  const stage = await f.createStage({ journeyId: journey.id });
  const otherStage = await f.createStage({ journeyId: journey.id });
  const touchpoint = await f.createTouchpoint({ stageId: stage.id });
  await f.createTouchpoint({ stageId: stage.id });
  // Contested: the fixture's department holds A and the head's department has a pending A claim.
  const contested = await f.createTouchpoint({ stageId: otherStage.id });
  await f.setRole({ touchpointId: contested.id, departmentId: department.id, role: "A" });
  const prisma = await getPrisma();
  const claim = await prisma.claim.create({
    data: {
      workspaceId: workspace.id,
      touchpointId: contested.id,
      departmentId: headDepartmentId,
      role: "A",
      reason: "We answer these calls",
    },
  });
  const held = await f.createTouchpoint({ stageId: otherStage.id });
  await f.setRole({ touchpointId: held.id, departmentId: headDepartmentId, role: "R" });
  // The head's department is Accountable here, so the head may record its readings.
  const accountable = await f.createTouchpoint({ stageId: otherStage.id });
  await f.setRole({ touchpointId: accountable.id, departmentId: headDepartmentId, role: "A" });
  const measure = await prisma.measure.create({
    data: {
      workspaceId: workspace.id,
      name: `On time ${touchpoint.id}`,
      kind: "PERCENT",
      direction: "HIGHER",
    },
  });
  await prisma.outcomeTarget.create({
    data: {
      workspaceId: workspace.id,
      measureId: measure.id,
      journeyId: journey.id,
      touchpointId: touchpoint.id,
      scopeId: touchpoint.id,
      value: 90,
    },
  });
  const { membership } = await f.addMember({ workspaceId: workspace.id, role: "VIEWER" });
  const invitation = await createInvitation();
  // A public literal address, so saving it needs neither DNS nor THROUGHLINE_WEBHOOK_ALLOW_PRIVATE.
  const webhook = await prisma.webhookEndpoint.create({
    data: { workspaceId: workspace.id, url: WEBHOOK_URL, events: ["claim.created"], secret: "whsec_fixture" },
  });
  const event = await prisma.outboxEvent.create({
    data: { workspaceId: workspace.id, type: "claim.created", data: {}, dispatchedAt: new Date() },
  });
  const delivery = await prisma.webhookDelivery.create({
    data: { workspaceId: workspace.id, endpointId: webhook.id, eventId: event.id, status: "FAILED" },
  });
  return {
    webhook,
    delivery,
    accountable,
    measure,
    department,
    journey,
    stage,
    otherStage,
    touchpoint,
    contested,
    claim,
    held,
    membership,
    invitation,
  };
}

const WEBHOOK_URL = "https://203.0.113.10/hooks";

let invitationCounter = 0;
async function createInvitation() {
  const prisma = await getPrisma();
  const link = createInvitationToken();
  const email = `matrix-invitee-${++invitationCounter}@example.com`;
  const row = await prisma.invitation.create({
    data: {
      workspaceId: workspace.id,
      email,
      role: "VIEWER",
      tokenHash: link.tokenHash,
      expiresAt: link.expiresAt,
    },
  });
  return { ...row, token: link.token };
}
type Fixture = Awaited<ReturnType<typeof createFixture>>;

const ROLE_OF: Partial<Record<Caller, MemberRole>> = {
  "CX lead": "CX_LEAD",
  "department head": "DEPARTMENT_HEAD",
  executive: "EXECUTIVE",
  viewer: "VIEWER",
};

/** What the policy table lets this caller do; nobody signed in and another workspace's members, nothing. */
function isAllowed(caller: Caller, permission: Permission): boolean {
  const role = ROLE_OF[caller];
  return role !== undefined && (POLICY[permission] as readonly MemberRole[]).includes(role);
}

const ACTIONS: [string, (x: Fixture) => Promise<{ ok: boolean }>][] = [
  [
    "setAssignment",
    (x) =>
      setAssignment({
        touchpointId: x.touchpoint.id,
        departmentId: x.department.id,
        role: "A",
        expectedVersion: 0,
      }),
  ],
  [
    "createDepartment",
    (x) =>
      createDepartment({ workspaceId: workspace.id, name: `New ${x.department.name}`, color: "#123456" }),
  ],
  [
    "updateDepartment",
    (x) => updateDepartment({ id: x.department.id, name: `Renamed ${x.department.name}` }),
  ],
  // The fixture's department and journey were appended last, so moving them first always changes the order.
  ["reorderDepartment", (x) => reorderDepartment({ id: x.department.id, toIndex: 0 })],
  ["deleteDepartment", (x) => deleteDepartment({ id: x.department.id })],
  ["createJourney", (x) => createJourney({ workspaceId: workspace.id, name: `New ${x.journey.name}` })],
  ["updateJourney", (x) => updateJourney({ id: x.journey.id, name: `Renamed ${x.journey.name}` })],
  ["reorderJourney", (x) => reorderJourney({ id: x.journey.id, toIndex: 0 })],
  ["deleteJourney", (x) => deleteJourney({ id: x.journey.id })],
  ["createStage", (x) => createStage({ journeyId: x.journey.id, name: "Added" })],
  ["updateStage", (x) => updateStage({ id: x.stage.id, name: "Renamed" })],
  ["reorderStage", (x) => reorderStage({ id: x.otherStage.id, toIndex: 0 })],
  ["deleteStage", (x) => deleteStage({ id: x.otherStage.id })],
  ["createTouchpoint", (x) => createTouchpoint({ stageId: x.stage.id, name: "Added", channel: "EMAIL" })],
  ["updateTouchpoint", (x) => updateTouchpoint({ id: x.touchpoint.id, name: "Renamed" })],
  ["reorderTouchpoint", (x) => reorderTouchpoint({ id: x.touchpoint.id, toIndex: 1 })],
  ["moveTouchpoint", (x) => moveTouchpoint({ id: x.touchpoint.id, stageId: x.otherStage.id })],
  ["deleteTouchpoint", (x) => deleteTouchpoint({ id: x.touchpoint.id })],
  ["createClaim", (x) => createClaim({ touchpointId: x.touchpoint.id, role: "A", reason: "Ours" })],
  ["withdrawClaim", (x) => withdrawClaim({ claimId: x.claim.id })],
  ["releaseRole", (x) => releaseRole({ touchpointId: x.held.id })],
  [
    "decideClaim (approve)",
    (x) => decideClaim({ claimId: x.claim.id, decision: "approve", note: "Agreed", demoteTo: "R" }),
  ],
  ["decideClaim (reject)", (x) => decideClaim({ claimId: x.claim.id, decision: "reject", note: "No" })],
  [
    "resolveContest",
    (x) =>
      resolveContest({
        touchpointId: x.contested.id,
        departmentId: headDepartmentId,
        note: "Settled",
        demoteTo: "C",
      }),
  ],
  ["addComment", (x) => addComment({ touchpointId: x.touchpoint.id, body: "Who answers these?" })],
  [
    "setTarget",
    (x) =>
      setTarget({ scope: { kind: "touchpoint", id: x.touchpoint.id }, measureId: x.measure.id, value: 80 }),
  ],
  [
    "clearTarget",
    (x) => clearTarget({ scope: { kind: "touchpoint", id: x.touchpoint.id }, measureId: x.measure.id }),
  ],
  [
    "recordReading",
    (x) =>
      recordReading({
        scope: { kind: "touchpoint", id: x.accountable.id },
        measureId: x.measure.id,
        month: "2026-11",
        value: 70,
      }),
  ],
  [
    "applySheet",
    async (x) => {
      // The fingerprint of the map as the CX lead previewed it; a refused caller never gets that far.
      const csv = `journey,stage,touchpoint,channel,${x.department.name}\n${x.journey.name},Imported,Row,web,A\n`;
      const fingerprint = await previewFingerprint(csv);
      return applySheet({ workspaceId: workspace.id, mode: "merge", csv, fingerprint });
    },
  ],
  [
    "addMember",
    (x) => addMember({ workspaceId: workspace.id, email: `added-${x.invitation.email}`, role: "EXECUTIVE" }),
  ],
  ["changeMemberRole", (x) => changeMemberRole({ membershipId: x.membership.id, role: "EXECUTIVE" })],
  ["removeMember", (x) => removeMember({ membershipId: x.membership.id })],
  ["reissueInvitation", (x) => reissueInvitation({ invitationId: x.invitation.id })],
  ["revokeInvitation", (x) => revokeInvitation({ invitationId: x.invitation.id })],
  ["issuePasswordReset", (x) => issuePasswordReset({ membershipId: x.membership.id })],
  [
    "setJourneyOwner",
    (x) => setJourneyOwner({ journeyId: x.journey.id, membershipId: executiveMembershipId }),
  ],
  [
    "createMeasure",
    (x) =>
      createMeasure({
        workspaceId: workspace.id,
        name: `NPS ${x.department.name}`,
        kind: "NPS",
        direction: "HIGHER",
      }),
  ],
  [
    "updateMeasure",
    (x) =>
      updateMeasure({
        // Its target of 90 stays on the scale, so the change is allowed.
        ...{ id: x.measure.id, name: `Renamed ${x.measure.name}`, kind: "PERCENT", direction: "LOWER" },
      }),
  ],
  ["deleteMeasure", (x) => deleteMeasure({ id: x.measure.id })],
  ["applyReadings", (x) => applyReadings({ workspaceId: workspace.id, csv: readingsSheet(x) })],
  // The head's department alone is Accountable for `accountable`: the head and a CX lead may confirm it.
  ["confirmOwnership", (x) => confirmOwnership({ touchpointId: x.accountable.id })],
  [
    "confirmDepartmentOwnership",
    async (x) => {
      // Exactly one stale ownership of the head's department to confirm: this fixture's.
      const prisma = await getPrisma();
      await prisma.touchpoint.updateMany({
        where: { workspaceId: workspace.id },
        data: { ownershipConfirmedAt: new Date() },
      });
      await prisma.touchpoint.update({
        where: { id: x.accountable.id },
        data: { ownershipConfirmedAt: new Date("2020-01-01T00:00:00Z") },
      });
      return confirmDepartmentOwnership({ departmentId: headDepartmentId });
    },
  ],
  // Each caller's own membership: its first choice changes something, so an allowed call records one event.
  [
    "setNotificationPreferences",
    () =>
      setNotificationPreferences({
        workspaceId: workspace.id,
        modes: { "claim.created": "DIGEST", "ownership.lost": "OFF" },
      }),
  ],
  // A new cadence each call: setting the one in force is refused as no change.
  [
    "setVerificationCadence",
    () => setVerificationCadence({ workspaceId: workspace.id, days: 30 + ++cadenceCalls }),
  ],
  [
    "createWebhookEndpoint",
    () => createWebhookEndpoint({ workspaceId: workspace.id, url: WEBHOOK_URL, events: ["claim.created"] }),
  ],
  [
    "updateWebhookEndpoint",
    (x) => updateWebhookEndpoint({ id: x.webhook.id, url: `${WEBHOOK_URL}/v2`, events: ["contest.opened"] }),
  ],
  ["setWebhookEndpointActive", (x) => setWebhookEndpointActive({ id: x.webhook.id, active: false })],
  ["deleteWebhookEndpoint", (x) => deleteWebhookEndpoint({ id: x.webhook.id })],
  ["rotateWebhookSecret", (x) => rotateWebhookSecret({ id: x.webhook.id })],
  ["resendWebhookDelivery", (x) => resendWebhookDelivery({ deliveryId: x.delivery.id })],
];
let cadenceCalls = 0;

/** One reading on the touchpoint the head's department is Accountable for, as a readings sheet. */
function readingsSheet(x: Fixture): string {
  const at = `${x.journey.name},${x.otherStage.name},${x.accountable.name},${x.measure.name}`;
  return `journey,stage,touchpoint,measure,month,value\n${at},2026-11,70\n`;
}

async function previewFingerprint(csv: string): Promise<string> {
  const current = getSignedInUser();
  signInAs(users.get("CX lead")!);
  const preview = await previewSheet({ workspaceId: workspace.id, mode: "merge", csv });
  setSignedInUser(current);
  if (!preview.ok || !preview.data.ok) throw new Error("preview failed");
  return preview.data.fingerprint;
}

const REFUSAL: Record<Caller, string> = {
  "CX lead": "forbidden",
  "department head": "forbidden",
  executive: "forbidden",
  viewer: "forbidden",
  "signed out": "unauthorized",
  "another workspace's lead": "not_found",
};

/** Every workspace action under test, by name: each declares the permission it needs. */
const UNDER_TEST: Record<string, WorkspaceAction<never, unknown>> = {
  setAssignment,
  createDepartment,
  updateDepartment,
  reorderDepartment,
  deleteDepartment,
  createJourney,
  updateJourney,
  reorderJourney,
  deleteJourney,
  createStage,
  updateStage,
  reorderStage,
  deleteStage,
  createTouchpoint,
  updateTouchpoint,
  reorderTouchpoint,
  moveTouchpoint,
  deleteTouchpoint,
  createClaim,
  withdrawClaim,
  releaseRole,
  decideClaim,
  resolveContest,
  addComment,
  setTarget,
  clearTarget,
  recordReading,
  applySheet,
  addMember,
  changeMemberRole,
  removeMember,
  reissueInvitation,
  revokeInvitation,
  issuePasswordReset,
  setJourneyOwner,
  createMeasure,
  updateMeasure,
  deleteMeasure,
  applyReadings,
  confirmOwnership,
  confirmDepartmentOwnership,
  setVerificationCadence,
  setNotificationPreferences,
  createWebhookEndpoint,
  updateWebhookEndpoint,
  setWebhookEndpointActive,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  resendWebhookDelivery,
};
const permissionOf = (name: string): Permission => {
  const action = UNDER_TEST[name.split(" ")[0] ?? name];
  if (!action) throw new Error(`${name} is not in UNDER_TEST`);
  return action.permission;
};

// Vite reads every actions module, so an action added anywhere without a row here fails this test.
const ACTION_MODULES = import.meta.glob<Record<string, unknown>>("../../lib/**/*actions.ts", { eager: true });

describe("the matrix itself", () => {
  it("covers every server action the app exports", () => {
    const exported = Object.values(ACTION_MODULES).flatMap((module) =>
      Object.entries(module)
        .filter(([, value]) => typeof value === "function")
        .map(([name]) => name),
    );
    const covered = new Set([
      ...ACTIONS.map(([name]) => name.split(" ")[0]),
      // Apart below: previewSheet writes nothing, tokens depend on whose they are, the public ones need no member.
      ...["previewSheet", "previewReadings", "createApiToken", "revokeApiToken", "acceptInvitation"],
      "completeSetup",
      // A person's own account, in no workspace: tests/integration/account.test.ts (signed out → unauthorized),
      // and the public end of a reset link, whose token is the credential.
      ...["changePassword", "signOutEverywhere", "resetPassword"],
      // Signed in as the invited email, with the link as the credential: tests/integration/members.test.ts.
      "joinWithInvitation",
    ]);
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
    expect(exported.length).toBeGreaterThanOrEqual(35);
  });

  it("uses each action's own declared permission", () => {
    for (const [name] of ACTIONS) expect(POLICY[permissionOf(name)]).toBeDefined();
  });
});

const cases = ACTIONS.flatMap(([name, call]) => CALLERS.map((caller) => [name, caller, call] as const));

/**
 * The rows every refused call is given: a refused call writes nothing (each case checks), so the cases share them,
 * and the rows an allowed call changes are fresh for it.
 */
let untouched: Fixture | undefined;

describe("server actions × callers", () => {
  it.each(cases)("%s by %s", async (name, caller, call) => {
    const refusal = isAllowed(caller, permissionOf(name)) ? null : REFUSAL[caller];
    signInAs(users.get("CX lead")!);
    if (refusal !== null && untouched === undefined) untouched = await createFixture();
    const fixture = refusal === null ? await createFixture() : untouched!;
    actAs(caller);
    const before = await f.countRows();
    const result = await call(fixture);
    if (refusal === null) {
      expect(result).toMatchObject({ ok: true });
      expect((await f.countRows()).auditEvents).toBe((before.auditEvents ?? 0) + 1);
    } else {
      expect(result).toMatchObject({ ok: false, code: refusal });
      expect(await f.countRows()).toEqual(before);
    }
    // A workspace holds at most 200 departments (the RACI sheet's limit, which previewSheet checks below): each
    // allowed case's department goes once the case is done, so new rows here never push the workspace past it.
    if (fixture !== untouched)
      await (await getPrisma()).department.deleteMany({ where: { id: fixture.department.id } });
  });
});

describe("a signed-out caller", () => {
  it("hears 'unauthorized' for ids that do not exist too, so it cannot probe for ids", async () => {
    actAs("signed out");
    const unknown = "00000000-0000-7000-8000-000000000000";
    const before = await f.countRows();
    expect(await deleteStage({ id: unknown })).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await updateTouchpoint({ id: unknown, name: "Renamed" })).toMatchObject({
      ok: false,
      code: "unauthorized",
    });
    expect(
      await setAssignment({ touchpointId: unknown, departmentId: unknown, role: "A", expectedVersion: 0 }),
    ).toMatchObject({ ok: false, code: "unauthorized" });
    for (const result of [
      await createClaim({ touchpointId: unknown, role: "A", reason: "Ours" }),
      await withdrawClaim({ claimId: unknown }),
      await releaseRole({ touchpointId: unknown }),
      await decideClaim({ claimId: unknown, decision: "approve", note: "Yes" }),
      await resolveContest({ touchpointId: unknown, departmentId: unknown, note: "Yes" }),
      await addComment({ touchpointId: unknown, body: "Hello" }),
    ])
      expect(result).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await removeMember({ membershipId: unknown })).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await revokeInvitation({ invitationId: unknown })).toMatchObject({
      ok: false,
      code: "unauthorized",
    });
    expect(await deleteMeasure({ id: unknown })).toMatchObject({ ok: false, code: "unauthorized" });
    expect(await f.countRows()).toEqual(before);
  });
});

describe("public actions × callers", () => {
  // The invitation link is the credential: whoever holds it may accept it, signed in or not.
  it.each(CALLERS)("acceptInvitation by %s", async (caller) => {
    const invitation = await createInvitation();
    actAs(caller);
    const before = await f.countRows();
    const result = await acceptInvitation({
      token: invitation.token,
      name: "New Member",
      password: "long enough password",
      confirm: "long enough password",
    });
    expect(result).toMatchObject({
      ok: true,
      data: { email: invitation.email, workspaceSlug: workspace.slug },
    });
    const after = await f.countRows();
    const grew = (table: string) => (after[table] ?? 0) - (before[table] ?? 0);
    expect([grew("users"), grew("memberships"), grew("auditEvents")]).toEqual([1, 1, 1]);
  });
  // Setup works only on a database without accounts; here accounts exist, so it is gone for everyone.
  it.each(CALLERS)("completeSetup by %s", async (caller) => {
    actAs(caller);
    const before = await f.countRows();
    const result = await completeSetup({
      workspaceName: "Takeover",
      slug: "takeover",
      name: "Mallory",
      email: "mallory@example.com",
      password: "long enough password",
      setupToken: "whatever the log said",
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await f.countRows()).toEqual(before);
  });
});

const REFUSAL_STATUS: Record<string, number> = { forbidden: 403, unauthorized: 401, not_found: 404 };

/** The status a route answers this caller with: 200 when the policy allows its permission. */
function statusFor(caller: Caller, route: { permission: Permission }): number {
  return isAllowed(caller, route.permission) ? 200 : (REFUSAL_STATUS[REFUSAL[caller]] ?? 500);
}

const READ_ROUTES = [
  ["coverage", GET],
  ["outcomes", getOutcomes],
] as const;

describe.each(READ_ROUTES)("GET /api/v1/%s × callers", (path, route) => {
  it.each(CALLERS)("%s", async (caller) => {
    actAs(caller);
    const before = await f.countRows();
    const response = await route(new Request(`http://localhost/api/v1/${path}?workspace=${workspace.slug}`));
    const body = await response.json();
    expect(response.status).toBe(statusFor(caller, route));
    if (response.status === 200) expect(body.workspace.slug).toBe(workspace.slug);
    else expect(body.error.code).toBe(REFUSAL[caller]);
    // A non-member hears exactly what an unknown slug gets, so the workspace's existence is not confirmed.
    if (response.status === 404) {
      const unknown = await route(new Request(`http://localhost/api/v1/${path}?workspace=no-such-workspace`));
      expect((await unknown.json()).error.message).toBe(
        body.error.message.replace(workspace.slug, "no-such-workspace"),
      );
    }
    expect(await f.countRows()).toEqual(before);
  });
});

describe("previewSheet × callers (reads only, CX leads only)", () => {
  it.each(CALLERS)("%s", async (caller) => {
    actAs(caller);
    const before = await f.countRows();
    // An existing department: by now the fixtures have made about 200, and a new one would exceed the sheet
    // limit (lib/sheets/capacity.ts), which is not what this test is about.
    const csv = `journey,stage,touchpoint,channel,${headDepartmentName}\nBuy,Pay,Card,web,A\n`;
    const result = await previewSheet({ workspaceId: workspace.id, mode: "replace", csv });
    const refusal = isAllowed(caller, previewSheet.permission) ? null : REFUSAL[caller];
    if (refusal === null) expect(result).toMatchObject({ ok: true, data: { ok: true, applied: false } });
    else expect(result).toMatchObject({ ok: false, code: refusal });
    expect(await f.countRows()).toEqual(before);
  });
});

describe("previewReadings × callers (reads only; CX leads and department heads)", () => {
  it.each(CALLERS)("%s", async (caller) => {
    signInAs(users.get("CX lead")!);
    const fixture = await createFixture();
    actAs(caller);
    const before = await f.countRows();
    const result = await previewReadings({ workspaceId: workspace.id, csv: readingsSheet(fixture) });
    const refusal = isAllowed(caller, previewReadings.permission) ? null : REFUSAL[caller];
    if (refusal === null)
      expect(result).toMatchObject({ ok: true, data: { ok: true, created: 1, dryRun: true } });
    else expect(result).toMatchObject({ ok: false, code: refusal });
    expect(await f.countRows()).toEqual(before);
    await (await getPrisma()).department.deleteMany({ where: { id: fixture.department.id } });
  });
});

describe("API tokens × callers (any member creates; revokes their own, or any as a CX lead)", () => {
  it.each(CALLERS)("createApiToken then revokeApiToken by %s", async (caller) => {
    actAs(caller);
    const prisma = await getPrisma();
    const before = await prisma.apiToken.count();
    const created = await createApiToken({ workspaceId: workspace.id, name: "Script" });
    const refusal = isAllowed(caller, createApiToken.permission) ? null : REFUSAL[caller];
    if (refusal !== null) {
      expect(created).toMatchObject({ ok: false, code: refusal });
      expect(await prisma.apiToken.count()).toBe(before);
      return;
    }
    if (!created.ok) throw new Error(created.formError);
    // Another member who is not a CX lead may not revoke it: "not found", as if it did not exist.
    const colleague = caller === "executive" ? users.get("viewer")! : users.get("executive")!;
    signInAs(colleague);
    expect(await revokeApiToken({ id: created.data.id })).toMatchObject({ ok: false, code: "not_found" });
    actAs(caller);
    expect(await revokeApiToken({ id: created.data.id })).toMatchObject({ ok: true });
    expect(
      (await prisma.apiToken.findUniqueOrThrow({ where: { id: created.data.id } })).revokedAt,
    ).not.toBeNull();
  });

  // Whose token it is decides who else may revoke it: its creator, and the workspace's CX leads.
  const OWNERS: [string, Caller][] = [
    ["the CX lead's", "CX lead"],
    ["the viewer's", "viewer"],
  ];
  const revokeCases = OWNERS.flatMap(([whose, owner]) =>
    CALLERS.map((caller) => [whose, caller, owner] as const),
  );
  it.each(revokeCases)("revokeApiToken of %s token by %s", async (_whose, caller, owner) => {
    actAs(owner);
    const created = await createApiToken({ workspaceId: workspace.id, name: "Someone's" });
    if (!created.ok) throw new Error(created.formError);
    actAs(caller);
    const before = await f.countRows();
    const result = await revokeApiToken({ id: created.data.id });
    const prisma = await getPrisma();
    const { revokedAt } = await prisma.apiToken.findUniqueOrThrow({ where: { id: created.data.id } });
    if (caller === owner || isAllowed(caller, "apiTokens.manage")) {
      expect(result).toMatchObject({ ok: true });
      expect(revokedAt).not.toBeNull();
      expect((await f.countRows()).auditEvents).toBe((before.auditEvents ?? 0) + 1);
      return;
    }
    expect(result).toMatchObject({ ok: false, code: caller === "signed out" ? "unauthorized" : "not_found" });
    expect(revokedAt).toBeNull();
    expect(await f.countRows()).toEqual(before);
  });
});

describe("sheet routes × callers", () => {
  it.each(CALLERS)("GET /api/v1/export by %s", async (caller) => {
    actAs(caller);
    const before = await f.countRows();
    const response = await getExport(
      new Request(`http://localhost/api/v1/export?workspace=${workspace.slug}`),
    );
    expect(response.status).toBe(statusFor(caller, getExport));
    if (response.status !== 200) expect((await response.json()).error.code).toBe(REFUSAL[caller]);
    expect(await f.countRows()).toEqual(before);
  });
  it.each(CALLERS)("POST /api/v1/import by %s", async (caller) => {
    actAs(caller);
    const before = await f.countRows();
    const response = await postImport(
      new Request(`http://localhost/api/v1/import?workspace=${workspace.slug}&mode=merge`, {
        method: "POST",
        // A CSV body from the app's own origin, as the route requires of session callers.
        headers: { "content-type": "text/csv", origin: "http://localhost" },
        body: "journey,stage,touchpoint,channel\nImported journey,Stage,Touchpoint,web\n",
      }),
    );
    expect(response.status).toBe(statusFor(caller, postImport));
    const after = await f.countRows();
    if (response.status === 200) expect(after.auditEvents).toBe((before.auditEvents ?? 0) + 1);
    else {
      expect((await response.json()).error.code).toBe(REFUSAL[caller]);
      expect(after).toEqual(before);
    }
  });
  it.each(CALLERS)("GET /api/v1/openapi.json by %s (public)", async (caller) => {
    actAs(caller);
    expect((await getOpenApi()).status).toBe(200);
  });
});

describe("measures routes × callers", () => {
  it.each(CALLERS)("GET /api/v1/measures by %s", async (caller) => {
    actAs(caller);
    const before = await f.countRows();
    const response = await getMeasures(
      new Request(`http://localhost/api/v1/measures?workspace=${workspace.slug}`),
    );
    expect(response.status).toBe(statusFor(caller, getMeasures));
    if (response.status === 200) expect(Array.isArray(await response.json())).toBe(true);
    else expect((await response.json()).error.code).toBe(REFUSAL[caller]);
    expect(await f.countRows()).toEqual(before);
  });
  it.each(CALLERS)("POST /api/v1/measures by %s", async (caller) => {
    actAs(caller);
    const prisma = await getPrisma();
    const [before, measures] = [await f.countRows(), await prisma.measure.count()];
    const name = `Posted by ${caller}`;
    const response = await postMeasures(
      new Request(`http://localhost/api/v1/measures?workspace=${workspace.slug}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://localhost" },
        body: JSON.stringify([{ name, kind: "count", direction: "lower" }]),
      }),
    );
    expect(response.status).toBe(statusFor(caller, postMeasures));
    const after = await f.countRows();
    if (response.status === 200) {
      expect(await response.json()).toEqual({ created: 1, updated: 0, unchanged: 0 });
      expect(after.auditEvents).toBe((before.auditEvents ?? 0) + 1);
    } else {
      expect((await response.json()).error.code).toBe(REFUSAL[caller]);
      expect(after).toEqual(before);
      expect(await prisma.measure.count()).toBe(measures);
    }
  });
});

describe("targets and readings routes × callers", () => {
  const request = (path: string, body?: string) =>
    new Request(`http://localhost/api/v1/${path}?workspace=${workspace.slug}`, {
      ...(body === undefined
        ? {}
        : { method: "POST", headers: { "content-type": "text/csv", origin: "http://localhost" }, body }),
    });
  const routes: [
    string,
    { permission: Permission } & ((r: Request) => Promise<Response>),
    (x: Fixture) => Request,
  ][] = [
    ["GET /api/v1/targets", getTargets, () => request("targets")],
    [
      "POST /api/v1/targets",
      postTargets,
      // The fixture's target of 90 becomes 75: one change, one audit event.
      (x) =>
        request(
          "targets",
          `journey,stage,touchpoint,measure,target\n${x.journey.name},${x.stage.name},${x.touchpoint.name},${x.measure.name},75\n`,
        ),
    ],
    ["GET /api/v1/readings", getReadings, () => request("readings")],
    ["POST /api/v1/readings", postReadings, (x) => request("readings", readingsSheet(x))],
  ];
  const routeCases = routes.flatMap(([name, route, build]) =>
    CALLERS.map((caller) => [name, caller, route, build] as const),
  );
  it.each(routeCases)("%s by %s", async (name, caller, route, build) => {
    signInAs(users.get("CX lead")!);
    const fixture = await createFixture();
    actAs(caller);
    const before = await f.countRows();
    const response = await route(build(fixture));
    expect(response.status).toBe(statusFor(caller, route));
    const after = await f.countRows();
    if (response.status !== 200) {
      expect((await response.json()).error.code).toBe(REFUSAL[caller]);
      expect(after).toEqual(before);
    } else if (name.startsWith("POST")) expect(after.auditEvents).toBe((before.auditEvents ?? 0) + 1);
    else expect(after).toEqual(before);
    await (await getPrisma()).department.deleteMany({ where: { id: fixture.department.id } });
  });
});
