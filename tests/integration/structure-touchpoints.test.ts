import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { createTouchpoint, deleteTouchpoint, updateTouchpoint } from "../../lib/structure/actions";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import {
  countRows,
  createMappedWorkspace,
  createStage as makeStage,
  createTouchpoint as makeTouchpoint,
  setRole,
} from "./factories";

registerTestDb();
signInAsLeadOfNewWorkspaces();

const UNKNOWN = "00000000-0000-7000-8000-000000000000";

async function touchpointOrder(stageId: string) {
  const prisma = await getPrisma();
  const rows = await prisma.touchpoint.findMany({ where: { stageId }, orderBy: { position: "asc" } });
  return rows.map((t) => [t.name, t.position]);
}

describe("createTouchpoint", () => {
  it("appends a touchpoint with its channel to the stage and audits it with the journey", async () => {
    const { stage, journey, touchpoint } = await createMappedWorkspace();
    const result = await createTouchpoint({
      stageId: stage.id,
      name: "Order confirmation",
      channel: "EMAIL",
      description: "Sent after checkout",
    });
    expect(result).toMatchObject({
      ok: true,
      data: { name: "Order confirmation", channel: "EMAIL", position: 1, journeyId: journey.id, version: 0 },
    });
    expect(await touchpointOrder(stage.id)).toEqual([
      [touchpoint.name, 0],
      ["Order confirmation", 1],
    ]);
    const prisma = await getPrisma();
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "touchpoint.created" } });
    expect(event).toMatchObject({
      journeyId: journey.id,
      entityType: "touchpoint",
      after: { channel: "EMAIL" },
    });
  });

  it.each([
    ["an unknown channel", { channel: "PIGEON" }, "invalid", /channel from the list/],
    ["a channel slug instead of its value", { channel: "web" }, "invalid", /channel from the list/],
    ["an empty name", { name: "" }, "invalid", /Enter a name/],
    ["a name over 120 characters", { name: "t".repeat(121) }, "invalid", /120/],
    ["an unknown stage", { stageId: UNKNOWN }, "not_found", /Stage was not found/],
    ["a name the stage already has", { name: "Taken" }, "conflict", /already has a touchpoint named “Taken”/],
  ])("refuses %s and writes nothing", async (_what, override, code, message) => {
    const { stage } = await createMappedWorkspace();
    await makeTouchpoint({ stageId: stage.id, name: "Taken" });
    const before = await countRows();
    const result = await createTouchpoint({
      stageId: stage.id,
      name: "New",
      channel: "WEB",
      ...override,
    } as Parameters<typeof createTouchpoint>[0]);
    expect(result).toMatchObject({ ok: false, code });
    const text = result.ok
      ? ""
      : [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ");
    expect(text).toMatch(message);
    expect(await countRows()).toEqual(before);
  });
});

describe("updateTouchpoint", () => {
  it("renames, re-channels and re-describes, bumping the version and auditing", async () => {
    const { touchpoint, journey } = await createMappedWorkspace();
    const result = await updateTouchpoint({ id: touchpoint.id, name: "Checkout", channel: "MOBILE_APP" });
    expect(result).toMatchObject({ ok: true, data: { name: "Checkout", channel: "MOBILE_APP", version: 1 } });
    const again = await updateTouchpoint({ id: touchpoint.id, description: "Pays", version: 1 });
    expect(again).toMatchObject({ ok: true, data: { description: "Pays", version: 2 } });
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { action: "touchpoint.updated" },
      orderBy: { id: "asc" },
    });
    expect(events[0]).toMatchObject({
      journeyId: journey.id,
      before: { name: touchpoint.name, channel: "WEB", version: 0 },
      after: { name: "Checkout", channel: "MOBILE_APP", version: 1 },
    });
  });

  it("refuses a stale version, a duplicate name, an unknown channel and an unknown id, writing nothing", async () => {
    const { touchpoint, stage } = await createMappedWorkspace();
    await makeTouchpoint({ stageId: stage.id, name: "Other" });
    const before = await countRows();
    const stale = await updateTouchpoint({ id: touchpoint.id, name: "Late", version: 5 });
    expect(stale).toMatchObject({ ok: false, code: "conflict", formError: expect.stringMatching(/Reload/) });
    expect(await updateTouchpoint({ id: touchpoint.id, name: "Other" })).toMatchObject({ code: "conflict" });
    const badChannel = { id: touchpoint.id, channel: "FAX" } as unknown as Parameters<
      typeof updateTouchpoint
    >[0];
    expect(await updateTouchpoint(badChannel)).toMatchObject({ ok: false, code: "invalid" });
    expect(await updateTouchpoint({ id: UNKNOWN, name: "X" })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await countRows()).toEqual(before);
    const prisma = await getPrisma();
    expect(await prisma.touchpoint.findUniqueOrThrow({ where: { id: touchpoint.id } })).toMatchObject({
      name: touchpoint.name,
      version: 0,
    });
  });
});

describe("deleteTouchpoint", () => {
  it("deletes a touchpoint with its roles, recording them, and closes the gap in its stage", async () => {
    const { stage, touchpoint, departments, journey } = await createMappedWorkspace();
    const second = await makeTouchpoint({ stageId: stage.id, name: "Second" });
    const third = await makeTouchpoint({ stageId: stage.id, name: "Third" });
    await setRole({ touchpointId: touchpoint.id, departmentId: departments[0]!.id, role: "A" });
    await setRole({ touchpointId: touchpoint.id, departmentId: departments[1]!.id, role: "R" });
    expect(await deleteTouchpoint({ id: touchpoint.id })).toEqual({ ok: true, data: { id: touchpoint.id } });
    expect(await touchpointOrder(stage.id)).toEqual([
      [second.name, 0],
      [third.name, 1],
    ]);
    const prisma = await getPrisma();
    expect(await prisma.assignment.count()).toBe(0);
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: "touchpoint.deleted" } });
    expect(event).toMatchObject({ journeyId: journey.id, before: { name: touchpoint.name, assignments: 2 } });
  });

  it("refuses an unknown id and writes nothing", async () => {
    const { journey } = await createMappedWorkspace();
    await makeStage({ journeyId: journey.id });
    const before = await countRows();
    expect(await deleteTouchpoint({ id: UNKNOWN })).toMatchObject({ ok: false, code: "not_found" });
    expect(await countRows()).toEqual(before);
  });
});
