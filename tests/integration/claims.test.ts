// Every claim transition (claim, withdraw, release, approve, reject, resolve) and every refusal, plus the two
// races of issue #5, on whichever database the run uses (PGlite by default, PostgreSQL with TEST_DATABASE_URL).
import { beforeEach, describe, expect, it } from "vitest";
import { createClaim, releaseRole, withdrawClaim } from "../../lib/claims/actions";
import { decideClaim, resolveContest } from "../../lib/claims/decision-actions";
import { getPrisma } from "../../lib/db/client";
import { getTouchpointOwnership } from "../../lib/ownership";
import { registerTestDb } from "../setup/test-db";
import { signInAs } from "./auth";
import { runAsUser } from "./auth-state";
import * as f from "./factories";

registerTestDb();

type User = { id: string; email: string; name: string };
let ws: Awaited<ReturnType<typeof setUp>>;

async function setUp() {
  const mapped = await f.createMappedWorkspace({ departments: 3 });
  const [billing, sales, contact] = mapped.departments as [
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
  ];
  const workspaceId = mapped.workspace.id;
  const lead = (await f.addMember({ workspaceId, role: "CX_LEAD" })).user;
  const secondLead = (await f.addMember({ workspaceId, role: "CX_LEAD" })).user;
  const billingHead = (await f.addMember({ workspaceId, role: "DEPARTMENT_HEAD", departmentId: billing.id }))
    .user;
  const salesHead = (await f.addMember({ workspaceId, role: "DEPARTMENT_HEAD", departmentId: sales.id }))
    .user;
  const executive = (await f.addMember({ workspaceId, role: "EXECUTIVE" })).user;
  return { ...mapped, billing, sales, contact, lead, secondLead, billingHead, salesHead, executive };
}

beforeEach(async () => {
  ws = await setUp();
});

async function ownershipOf(touchpointId: string) {
  const prisma = await getPrisma();
  const [assignments, openClaims] = await Promise.all([
    prisma.assignment.findMany({ where: { touchpointId }, select: { departmentId: true, role: true } }),
    prisma.claim.findMany({
      where: { touchpointId, status: "PENDING" },
      select: { departmentId: true, role: true },
    }),
  ]);
  return { ...getTouchpointOwnership({ assignments, openClaims }), assignments };
}

async function snapshotToday(workspaceId: string) {
  const coverage = await f.getTodaysCoverage(workspaceId);
  expect(coverage.isMarkedToday).toBe(true);
  return coverage;
}

async function claimAs(user: User, role: "A" | "R" = "A", touchpointId = ws.touchpoint.id) {
  signInAs(user);
  const result = await createClaim({ touchpointId, role, reason: `${user.name} wants it` });
  if (!result.ok) throw new Error(result.formError);
  return result.data.id;
}

async function actions(entityId: string) {
  const prisma = await getPrisma();
  const events = await prisma.auditEvent.findMany({ where: { entityId }, orderBy: { id: "asc" } });
  return events.map((e) => e.action);
}

describe("claiming", () => {
  it("records a pending claim for the head's own department, audited, and counts it in the snapshot", async () => {
    const id = await claimAs(ws.billingHead);
    const prisma = await getPrisma();
    const claim = await prisma.claim.findUniqueOrThrow({ where: { id } });
    expect(claim).toMatchObject({
      departmentId: ws.billing.id,
      role: "A",
      status: "PENDING",
      authorId: ws.billingHead.id,
    });
    expect(await actions(id)).toEqual(["claim.created"]);
    expect((await ownershipOf(ws.touchpoint.id)).status).toBe("UNOWNED");
    expect(await snapshotToday(ws.workspace.id)).toMatchObject({ touchpoints: 1, unowned: 1 });
  });

  it("refuses a second pending claim from the same department, a role it holds, and a blank or long reason", async () => {
    await claimAs(ws.billingHead);
    signInAs(ws.billingHead);
    expect(await createClaim({ touchpointId: ws.touchpoint.id, role: "R", reason: "Again" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const other = await f.createTouchpoint({ stageId: ws.stage.id });
    await f.setRole({ touchpointId: other.id, departmentId: ws.billing.id, role: "R" });
    expect(await createClaim({ touchpointId: other.id, role: "R", reason: "Ours" })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    const blank = await createClaim({ touchpointId: other.id, role: "A", reason: "   " });
    expect(blank).toMatchObject({ ok: false, code: "invalid", fieldErrors: { reason: ["Write a reason."] } });
    const long = await createClaim({ touchpointId: other.id, role: "A", reason: "x".repeat(501) });
    expect(long).toMatchObject({ ok: false, code: "invalid" });
  });

  it("takes the department from the membership: CX leads, executives and other workspaces cannot claim", async () => {
    const before = await f.countRows();
    for (const user of [ws.lead, ws.executive]) {
      signInAs(user);
      expect(await createClaim({ touchpointId: ws.touchpoint.id, role: "A", reason: "Mine" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    const elsewhere = await f.createMappedWorkspace();
    const stranger = (
      await f.addMember({
        workspaceId: elsewhere.workspace.id,
        role: "DEPARTMENT_HEAD",
        departmentId: elsewhere.departments[0]!.id,
      })
    ).user;
    signInAs(stranger);
    expect(await createClaim({ touchpointId: ws.touchpoint.id, role: "A", reason: "Mine" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await f.countRows()).toMatchObject({ claims: before.claims, auditEvents: before.auditEvents });
  });
});

describe("withdrawing", () => {
  it("withdraws the department's pending claim once; a second withdraw is told it is no longer pending", async () => {
    const id = await claimAs(ws.billingHead);
    signInAs(ws.billingHead);
    expect(await withdrawClaim({ claimId: id })).toMatchObject({ ok: true });
    const prisma = await getPrisma();
    expect((await prisma.claim.findUniqueOrThrow({ where: { id } })).status).toBe("WITHDRAWN");
    expect(await withdrawClaim({ claimId: id })).toMatchObject({
      ok: false,
      code: "conflict",
      formError:
        "This claim is no longer pending: it was already withdrawn. Reload the page to see its current state.",
    });
    expect(await actions(id)).toEqual(["claim.created", "claim.withdrawn"]);
  });

  it("tells a head withdrawing a claim decided meanwhile that it was approved, not that it was decided twice", async () => {
    const id = await claimAs(ws.billingHead);
    signInAs(ws.lead);
    expect(await decideClaim({ claimId: id, decision: "approve", note: "Yours" })).toMatchObject({
      ok: true,
    });
    signInAs(ws.billingHead);
    const result = await withdrawClaim({ claimId: id });
    expect(result).toMatchObject({ ok: false, code: "conflict" });
    expect(!result.ok && result.formError).toBe(
      "This claim is no longer pending: it was already approved. Reload the page to see its current state.",
    );
  });

  it("refuses another department's head and a CX lead", async () => {
    const id = await claimAs(ws.billingHead);
    signInAs(ws.salesHead);
    expect(await withdrawClaim({ claimId: id })).toMatchObject({ ok: false, code: "forbidden" });
    signInAs(ws.lead);
    expect(await withdrawClaim({ claimId: id })).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("releasing", () => {
  it("releases the department's A, leaving the touchpoint unowned and saying so", async () => {
    await f.setRole({ touchpointId: ws.touchpoint.id, departmentId: ws.billing.id, role: "A" });
    signInAs(ws.billingHead);
    const result = await releaseRole({ touchpointId: ws.touchpoint.id });
    expect(result).toMatchObject({ ok: true, data: { released: "A", isUnowned: true } });
    expect((await ownershipOf(ws.touchpoint.id)).assignments).toEqual([]);
    const prisma = await getPrisma();
    expect((await prisma.touchpoint.findUniqueOrThrow({ where: { id: ws.touchpoint.id } })).version).toBe(1);
    expect(await actions(ws.touchpoint.id)).toEqual(["role.released"]);
    expect(await snapshotToday(ws.workspace.id)).toMatchObject({ owned: 0, unowned: 1 });
  });

  it("cannot release another department's role, or a role the department does not hold", async () => {
    await f.setRole({ touchpointId: ws.touchpoint.id, departmentId: ws.sales.id, role: "A" });
    signInAs(ws.billingHead);
    expect(await releaseRole({ touchpointId: ws.touchpoint.id })).toMatchObject({
      ok: false,
      code: "conflict",
    });
    expect((await ownershipOf(ws.touchpoint.id)).ownerId).toBe(ws.sales.id);
  });
});

describe("deciding", () => {
  it("approves an A claim on an unowned touchpoint: the department becomes owner, the version moves on", async () => {
    const id = await claimAs(ws.billingHead);
    signInAs(ws.lead);
    const result = await decideClaim({ claimId: id, decision: "approve", note: "Yours" });
    expect(result).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    expect(await ownershipOf(ws.touchpoint.id)).toMatchObject({ status: "OWNED", ownerId: ws.billing.id });
    const prisma = await getPrisma();
    expect(await prisma.claim.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "APPROVED",
      decisionNote: "Yours",
      decidedById: ws.lead.id,
    });
    expect((await prisma.touchpoint.findUniqueOrThrow({ where: { id: ws.touchpoint.id } })).version).toBe(1);
    expect(await snapshotToday(ws.workspace.id)).toMatchObject({ owned: 1, unowned: 0 });
  });

  it("asks what the current A holder becomes, then applies both in one step", async () => {
    await f.setRole({ touchpointId: ws.touchpoint.id, departmentId: ws.sales.id, role: "A" });
    const id = await claimAs(ws.billingHead);
    expect((await ownershipOf(ws.touchpoint.id)).status).toBe("CONTESTED");
    signInAs(ws.lead);
    const asked = await decideClaim({ claimId: id, decision: "approve", note: "Billing" });
    expect(asked).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { demoteTo: [expect.any(String)] },
    });
    const prisma = await getPrisma();
    expect((await prisma.claim.findUniqueOrThrow({ where: { id } })).status).toBe("PENDING");
    const done = await decideClaim({ claimId: id, decision: "approve", note: "Billing", demoteTo: "C" });
    expect(done).toMatchObject({ ok: true });
    const after = await ownershipOf(ws.touchpoint.id);
    expect(after).toMatchObject({ status: "OWNED", ownerId: ws.billing.id });
    expect(after.assignments).toContainEqual({ departmentId: ws.sales.id, role: "C" });
    expect(await actions(id)).toEqual(["claim.created", "claim.approved"]);
  });

  it("approves an R claim without touching A, and rejects a claim with its note", async () => {
    const rId = await claimAs(ws.billingHead, "R");
    const aId = await claimAs(ws.salesHead, "A");
    signInAs(ws.lead);
    expect(await decideClaim({ claimId: rId, decision: "approve", note: "Do the work" })).toMatchObject({
      ok: true,
    });
    expect(await decideClaim({ claimId: aId, decision: "reject", note: "Not yours" })).toMatchObject({
      ok: true,
      data: { status: "REJECTED" },
    });
    const after = await ownershipOf(ws.touchpoint.id);
    expect(after.assignments).toEqual([{ departmentId: ws.billing.id, role: "R" }]);
    expect(after.status).toBe("UNOWNED");
  });

  it("refuses deciding twice, deciding as a head or executive, and a missing note", async () => {
    const id = await claimAs(ws.billingHead);
    for (const user of [ws.billingHead, ws.executive]) {
      signInAs(user);
      expect(await decideClaim({ claimId: id, decision: "approve", note: "Me" })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    signInAs(ws.lead);
    expect(await decideClaim({ claimId: id, decision: "reject", note: "" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await decideClaim({ claimId: id, decision: "reject", note: "No" })).toMatchObject({ ok: true });
    const again = await decideClaim({ claimId: id, decision: "approve", note: "Yes after all" });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    expect(!again.ok && again.formError).toBe(
      "This claim was already rejected, so it cannot be decided again. Reload the page to see its current state.",
    );
    expect((await ownershipOf(ws.touchpoint.id)).assignments).toEqual([]);
  });

  it("refuses a CX lead of another workspace as not found", async () => {
    const id = await claimAs(ws.billingHead);
    const elsewhere = await f.createWorkspace();
    signInAs((await f.addMember({ workspaceId: elsewhere.id, role: "CX_LEAD" })).user);
    expect(await decideClaim({ claimId: id, decision: "approve", note: "Mine" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
  });
});

describe("resolving a contest", () => {
  it("names the accountable department and settles every pending A claim at once", async () => {
    await f.setRole({ touchpointId: ws.touchpoint.id, departmentId: ws.contact.id, role: "A" });
    const billingClaim = await claimAs(ws.billingHead);
    const salesClaim = await claimAs(ws.salesHead);
    signInAs(ws.lead);
    const result = await resolveContest({
      touchpointId: ws.touchpoint.id,
      departmentId: ws.sales.id,
      note: "Sales runs it",
      demoteTo: "I",
    });
    expect(result).toMatchObject({
      ok: true,
      data: { approved: [ws.sales.name], rejected: [ws.billing.name] },
    });
    const prisma = await getPrisma();
    const claims = await prisma.claim.findMany({ where: { id: { in: [billingClaim, salesClaim] } } });
    expect(Object.fromEntries(claims.map((c) => [c.id, [c.status, c.decisionNote]]))).toEqual({
      [billingClaim]: ["REJECTED", "Sales runs it"],
      [salesClaim]: ["APPROVED", "Sales runs it"],
    });
    const after = await ownershipOf(ws.touchpoint.id);
    expect(after).toMatchObject({ status: "OWNED", ownerId: ws.sales.id });
    expect(after.assignments).toContainEqual({ departmentId: ws.contact.id, role: "I" });
    expect(await actions(ws.touchpoint.id)).toEqual(["contest.resolved"]);
    expect(await snapshotToday(ws.workspace.id)).toMatchObject({ owned: 1, contested: 0 });
  });

  it("refuses a department outside the contest, a touchpoint no longer contested, and a non-lead", async () => {
    await claimAs(ws.billingHead);
    await claimAs(ws.salesHead);
    const input = { touchpointId: ws.touchpoint.id, departmentId: ws.contact.id, note: "Contact" };
    signInAs(ws.salesHead);
    expect(await resolveContest({ ...input, departmentId: ws.sales.id })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    signInAs(ws.lead);
    expect(await resolveContest(input)).toMatchObject({ ok: false, code: "invalid" });
    expect(await resolveContest({ ...input, departmentId: ws.billing.id })).toMatchObject({ ok: true });
    expect(await resolveContest({ ...input, departmentId: ws.sales.id })).toMatchObject({
      ok: false,
      code: "conflict",
    });
  });
});

describe("races", () => {
  it("two CX leads deciding the same claim at once: one wins, the other hears it was already decided", async () => {
    const id = await claimAs(ws.billingHead);
    const results = await Promise.all([
      runAsUser(ws.lead, () => decideClaim({ claimId: id, decision: "approve", note: "First" })),
      runAsUser(ws.secondLead, () => decideClaim({ claimId: id, decision: "reject", note: "Second" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser).toMatchObject({ ok: false, code: "conflict", formError: expect.stringMatching(/already/) });
    expect((await actions(id)).filter((a) => a !== "claim.created")).toHaveLength(1);
  });

  it("two heads claiming A on the same unowned touchpoint at once: both recorded, the touchpoint contested", async () => {
    // Each call acts as its own user for its whole run, as two browsers would.
    const claim = (user: User) =>
      runAsUser(user, () =>
        createClaim({ touchpointId: ws.touchpoint.id, role: "A", reason: `${user.name} first` }),
      );
    const results = await Promise.all([claim(ws.billingHead), claim(ws.salesHead)]);
    expect(results.every((r) => r.ok)).toBe(true);
    const prisma = await getPrisma();
    expect(await prisma.claim.count({ where: { touchpointId: ws.touchpoint.id, status: "PENDING" } })).toBe(
      2,
    );
    expect((await ownershipOf(ws.touchpoint.id)).status).toBe("CONTESTED");
    expect(await snapshotToday(ws.workspace.id)).toMatchObject({ contested: 1 });
  });
});
