// The inbox (who sees what, and the navigation count agrees with the list) and touchpoint comments.
import { beforeEach, describe, expect, it } from "vitest";
import { createClaim, releaseRole } from "../../lib/claims/actions";
import { getContestsPage, getTouchpointDetail } from "../../lib/claims/contest-queries";
import { decideClaim } from "../../lib/claims/decision-actions";
import { getDepartmentClaims } from "../../lib/claims/head-queries";
import { countInbox, getInbox } from "../../lib/claims/inbox-queries";
import { addComment } from "../../lib/comments/actions";
import { getTouchpointComments } from "../../lib/comments/queries";
import { getPrisma } from "../../lib/db/client";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import { signInAs } from "./auth";
import * as f from "./factories";

const getDb = registerTestDb();

let ws: Awaited<ReturnType<typeof setUp>>;

async function setUp() {
  const mapped = await f.createMappedWorkspace({ departments: 2 });
  const [billing, sales] = mapped.departments as [
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
  ];
  const workspaceId = mapped.workspace.id;
  const lead = (await f.addMember({ workspaceId, role: "CX_LEAD" })).user;
  const billingHead = (await f.addMember({ workspaceId, role: "DEPARTMENT_HEAD", departmentId: billing.id }))
    .user;
  const salesHead = (await f.addMember({ workspaceId, role: "DEPARTMENT_HEAD", departmentId: sales.id }))
    .user;
  const viewer = (await f.addMember({ workspaceId, role: "VIEWER" })).user;
  const member = (role: "CX_LEAD" | "DEPARTMENT_HEAD" | "VIEWER", departmentId: string | null = null) => ({
    workspaceId,
    role,
    departmentId,
  });
  return { ...mapped, billing, sales, lead, billingHead, salesHead, viewer, member };
}

beforeEach(async () => {
  ws = await setUp();
});

describe("inbox", () => {
  it("shows a CX lead the newest pending claims and the first contests with their totals, and counts the pending claims", async () => {
    signInAs(ws.billingHead);
    await createClaim({ touchpointId: ws.touchpoint.id, role: "A", reason: "Billing answers" });
    signInAs(ws.salesHead);
    await createClaim({ touchpointId: ws.touchpoint.id, role: "A", reason: "Sales sells" });
    const inbox = await getInbox(ws.member("CX_LEAD"));
    expect(inbox.kind).toBe("lead");
    if (inbox.kind !== "lead") return;
    // Newest first: what just arrived is what an inbox is for (the Claims page is the oldest-first queue).
    expect(inbox.pending.items.map((c) => c.reason)).toEqual(["Sales sells", "Billing answers"]);
    expect(inbox.pending.info.total).toBe(2);
    expect(inbox.contests.items).toHaveLength(1);
    expect(inbox.contests.info.total).toBe(1);
    expect(
      inbox.contests.items[0]!.sides.map((s) => [s.departmentName, s.isHolder, s.claim?.reason]),
    ).toEqual([
      [ws.billing.name, false, "Billing answers"],
      [ws.sales.name, false, "Sales sells"],
    ]);
    expect(await countInbox(ws.member("CX_LEAD"))).toBe(2);
    expect(await countInbox(ws.member("VIEWER"))).toBe(0);
  });

  it("shows a head the decisions on their department's claims and touchpoints just left unowned near them", async () => {
    const neighbour = await f.createTouchpoint({ stageId: ws.stage.id });
    await f.setRole({ touchpointId: ws.touchpoint.id, departmentId: ws.sales.id, role: "A" });
    await f.setRole({ touchpointId: neighbour.id, departmentId: ws.billing.id, role: "C" });
    signInAs(ws.salesHead);
    expect(await releaseRole({ touchpointId: ws.touchpoint.id })).toMatchObject({ ok: true });
    signInAs(ws.billingHead);
    const claimed = await createClaim({ touchpointId: neighbour.id, role: "R", reason: "We bill" });
    signInAs(ws.lead);
    await decideClaim({ claimId: claimed.ok ? claimed.data.id : "", decision: "reject", note: "Not now" });

    const billing = ws.member("DEPARTMENT_HEAD", ws.billing.id);
    const inbox = await getInbox(billing);
    if (inbox.kind !== "head") throw new Error("expected a head's inbox");
    expect(inbox.decisions.map((d) => [d.status, d.decisionNote, d.touchpoint.id])).toEqual([
      ["REJECTED", "Not now", neighbour.id],
    ]);
    expect(inbox.leftUnowned.map((t) => t.id)).toEqual([ws.touchpoint.id]);
    expect(await countInbox(billing)).toBe(2);
    // Fifteen days later both have left the window.
    const later = new Date(Date.now() + 15 * 24 * 60 * 60 * 1000);
    expect(await countInbox(billing, later)).toBe(0);
    // A department with no role in that stage is not told.
    const other = await f.createDepartment({ workspaceId: ws.workspace.id });
    expect(await countInbox(ws.member("DEPARTMENT_HEAD", other.id))).toBe(0);
  });
});

describe("claims page and touchpoint reads", () => {
  it("lists a head's pending claims, held roles and candidates with unowned first", async () => {
    const owned = await f.createTouchpoint({ stageId: ws.stage.id });
    const unowned = await f.createTouchpoint({ stageId: ws.stage.id });
    await f.setRole({ touchpointId: owned.id, departmentId: ws.sales.id, role: "A" });
    await f.setRole({ touchpointId: ws.touchpoint.id, departmentId: ws.billing.id, role: "R" });
    signInAs(ws.billingHead);
    await createClaim({ touchpointId: ws.touchpoint.id, role: "A", reason: "We do the work already" });
    const page = await getDepartmentClaims({
      workspaceId: ws.workspace.id,
      departmentId: ws.billing.id,
      page: 1,
      filters: {},
    });
    expect(page.pending.map((c) => c.touchpoint.id)).toEqual([ws.touchpoint.id]);
    expect(page.held.map((h) => [h.id, h.role])).toEqual([[ws.touchpoint.id, "R"]]);
    expect(page.candidates.items.map((c) => [c.id, c.status])).toEqual([
      [unowned.id, "UNOWNED"],
      [owned.id, "OWNED"],
    ]);
  });

  it("reads a touchpoint only inside its workspace, with its claims and contest sides", async () => {
    await f.setRole({ touchpointId: ws.touchpoint.id, departmentId: ws.sales.id, role: "A" });
    signInAs(ws.billingHead);
    await createClaim({ touchpointId: ws.touchpoint.id, role: "A", reason: "Ours" });
    const detail = await getTouchpointDetail({
      workspaceId: ws.workspace.id,
      touchpointId: ws.touchpoint.id,
    });
    expect(detail?.ownership.status).toBe("CONTESTED");
    expect(detail?.sides.map((s) => [s.departmentName, s.isHolder])).toEqual([
      [ws.sales.name, true],
      [ws.billing.name, false],
    ]);
    const contests = await getContestsPage({ workspaceId: ws.workspace.id, page: 1 });
    expect(contests.items.map((c) => c.id)).toEqual([ws.touchpoint.id]);
    const elsewhere = await f.createWorkspace();
    expect(
      await getTouchpointDetail({ workspaceId: elsewhere.id, touchpointId: ws.touchpoint.id }),
    ).toBeNull();
  });
});

describe("comments", () => {
  it("lets CX leads and heads comment, stores the text as typed, and audits it in the same step", async () => {
    signInAs(ws.billingHead);
    const body = "<script>alert(1)</script> who answers?";
    const result = await addComment({ touchpointId: ws.touchpoint.id, body: `  ${body}  ` });
    expect(result).toMatchObject({ ok: true });
    signInAs(ws.lead);
    expect(await addComment({ touchpointId: ws.touchpoint.id, body: "Billing" })).toMatchObject({ ok: true });
    const thread = await getTouchpointComments({
      workspaceId: ws.workspace.id,
      touchpointId: ws.touchpoint.id,
    });
    expect(thread.map((c) => [c.body, c.authorName])).toEqual([
      [body, ws.billingHead.name],
      ["Billing", ws.lead.name],
    ]);
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { action: "comment.added", workspaceId: ws.workspace.id },
    });
    expect(events).toHaveLength(2);
  });

  it("refuses viewers, blank and overlong comments, and other workspaces' readers of the thread", async () => {
    signInAs(ws.viewer);
    expect(await addComment({ touchpointId: ws.touchpoint.id, body: "Hi" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    signInAs(ws.lead);
    expect(await addComment({ touchpointId: ws.touchpoint.id, body: " " })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await addComment({ touchpointId: ws.touchpoint.id, body: "x".repeat(1001) })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    const elsewhere = await f.createWorkspace();
    expect(
      await getTouchpointComments({ workspaceId: elsewhere.id, touchpointId: ws.touchpoint.id }),
    ).toEqual([]);
  });
});

describe("query counts", () => {
  it("counts the inbox badge in one query, and reads contests in the same number of queries at any size", async () => {
    expect(await countQueries(getDb(), () => countInbox(ws.member("CX_LEAD")))).toBe(1);
    expect(await countQueries(getDb(), () => countInbox(ws.member("DEPARTMENT_HEAD", ws.billing.id)))).toBe(
      1,
    );
    const contest = async () => {
      const t = await f.createTouchpoint({ stageId: ws.stage.id });
      await f.setRole({ touchpointId: t.id, departmentId: ws.billing.id, role: "A" });
      await f.setRole({ touchpointId: t.id, departmentId: ws.sales.id, role: "A" });
    };
    await contest();
    const firstPage = () => getContestsPage({ workspaceId: ws.workspace.id, page: 1 });
    const one = await countQueries(getDb(), firstPage);
    for (let i = 0; i < 5; i++) await contest();
    expect(await countQueries(getDb(), firstPage)).toBe(one);
    expect((await firstPage()).info.total).toBe(6);
  });
});
