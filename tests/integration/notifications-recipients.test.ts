// Who each event type reaches (lib/notifications/recipients.ts): events written straight into the outbox, fanned
// out by the worker's real fan-outs, and the planned notifications read back per event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { resetEnvForTesting } from "../../lib/env";
import { dispatchEvents } from "../../lib/outbox/dispatch";
import { emitEvent } from "../../lib/outbox/emit";
import type { EventData, EventType } from "../../lib/outbox/events";
import { FAN_OUTS } from "../../lib/outbox/jobs";
import { registerTestDb } from "../setup/test-db";
import * as f from "./factories";

registerTestDb();

type Named = { id: string; name: string };
let workspaceId: string;
let departments: Named[];
let touchpoint: Named;
let journey: Named;
let stage: Named;
const users: Record<string, string> = {};

beforeAll(async () => {
  // Planning needs a mail server configured; nothing is sent in this file.
  process.env.SMTP_URL = "smtp://127.0.0.1:9";
  resetEnvForTesting();
  const mapped = await f.createMappedWorkspace({ departments: 4 });
  workspaceId = mapped.workspace.id;
  departments = mapped.departments;
  ({ touchpoint, journey, stage } = mapped);
  const add = async (
    key: string,
    role: "CX_LEAD" | "DEPARTMENT_HEAD" | "VIEWER" | "EXECUTIVE",
    d?: number,
  ) => {
    const departmentId = d === undefined ? undefined : departments[d]!.id;
    users[key] = (await f.addMember({ workspaceId, role, departmentId })).user.id;
  };
  await add("lead", "CX_LEAD");
  for (const d of [0, 1, 2, 3]) await add(`head${d}`, "DEPARTMENT_HEAD", d);
  await add("viewer", "VIEWER");
  await add("executive", "EXECUTIVE");
  // Another workspace's lead and heads never hear about this one.
  const other = await f.createWorkspace();
  await f.addMember({ workspaceId: other.id, role: "CX_LEAD" });
});

afterAll(() => {
  delete process.env.SMTP_URL;
  resetEnvForTesting();
});

/** The user keys that an event of this type and data reaches. */
async function recipientsOf<T extends EventType>(type: T, data: EventData<T>): Promise<string[]> {
  const prisma = await getPrisma();
  await prisma.$transaction((tx) => emitEvent(tx, { workspaceId, type, data }));
  while ((await dispatchEvents({ fanOuts: FAN_OUTS })) > 0);
  const event = await prisma.outboxEvent.findFirstOrThrow({
    where: { type },
    orderBy: { createdAt: "desc" },
  });
  const rows = await prisma.notification.findMany({ where: { eventId: event.id } });
  for (const row of rows) expect(row).toMatchObject({ kind: type, workspaceId, status: "PENDING" });
  const keyOf = new Map(Object.entries(users).map(([key, id]) => [id, key]));
  return rows.map((r) => keyOf.get(r.userId) ?? "stranger").sort();
}

const place = () => ({ touchpoint, journey });

describe("recipients per event type", () => {
  it("claim.created: every CX lead", async () => {
    const data = { ...place(), claim: { id: crypto.randomUUID(), role: "A" as const, reason: "Ours" } };
    expect(await recipientsOf("claim.created", { ...data, department: departments[0]! })).toEqual(["lead"]);
  });

  it("claim.decided: the claiming department's heads and the claim's author while a member", async () => {
    const prisma = await getPrisma();
    const claim = await prisma.claim.create({
      data: {
        workspaceId,
        touchpointId: touchpoint.id,
        departmentId: departments[1]!.id,
        role: "R",
        reason: "Ours",
        authorId: users.executive,
      },
    });
    const data = {
      ...place(),
      claim: { id: claim.id, role: "R" as const, decision: "approved" as const, note: "" },
      department: departments[1]!,
    };
    expect(await recipientsOf("claim.decided", data)).toEqual(["executive", "head1"]);
    // An author who left the workspace hears nothing.
    await prisma.membership.deleteMany({ where: { workspaceId, userId: users.executive } });
    expect(await recipientsOf("claim.decided", data)).toEqual(["head1"]);
  });

  it("contest.opened: CX leads and the heads of the contesting departments", async () => {
    const data = { ...place(), departments: [departments[0]!, departments[2]!] };
    expect(await recipientsOf("contest.opened", data)).toEqual(["head0", "head2", "lead"]);
  });

  it("ownership.lost: heads of the departments still on it and of the former owners", async () => {
    const data = {
      ...place(),
      stage,
      formerOwners: [{ id: departments[3]!.id, name: departments[3]!.name }],
      departments: [{ ...departments[1]!, role: "R" as const }],
    };
    expect(await recipientsOf("ownership.lost", data)).toEqual(["head1", "head3"]);
  });

  it("verification.due: the heads of the department, in its chosen mode", async () => {
    const data = { department: departments[2]!, touchpoints: [touchpoint], cadenceDays: 90 };
    expect(await recipientsOf("verification.due", data)).toEqual(["head2"]);
    const prisma = await getPrisma();
    const row = await prisma.notification.findFirstOrThrow({
      where: { userId: users.head2, kind: "verification.due" },
    });
    expect(row.mode).toBe("DIGEST");
  });

  it("outcome.off_target: the heads of the touchpoint's Accountable department, at once", async () => {
    const data = {
      ...place(),
      department: departments[1]!,
      measure: { id: crypto.randomUUID(), name: "CSAT", unit: "" },
      target: 4.2,
      value: 3.1,
      month: "2026-11",
    };
    expect(await recipientsOf("outcome.off_target", data)).toEqual(["head1"]);
    const prisma = await getPrisma();
    const row = await prisma.notification.findFirstOrThrow({
      where: { userId: users.head1, kind: "outcome.off_target" },
    });
    expect(row.mode).toBe("IMMEDIATE");
  });

  it("a member's own choice wins over the default, and OFF plans nothing", async () => {
    const prisma = await getPrisma();
    const membership = async (key: string) =>
      (await prisma.membership.findFirstOrThrow({ where: { workspaceId, userId: users[key] } })).id;
    await prisma.notificationPreference.create({
      data: { membershipId: await membership("head0"), kind: "contest.opened", mode: "OFF" },
    });
    await prisma.notificationPreference.create({
      data: { membershipId: await membership("lead"), kind: "contest.opened", mode: "DIGEST" },
    });
    const data = { ...place(), departments: [departments[0]!, departments[2]!] };
    expect(await recipientsOf("contest.opened", data)).toEqual(["head2", "lead"]);
    const lead = await prisma.notification.findFirstOrThrow({
      where: { userId: users.lead, kind: "contest.opened" },
      orderBy: { createdAt: "desc" },
    });
    expect(lead.mode).toBe("DIGEST");
  });
});
