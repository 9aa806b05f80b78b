// A replace import through the API that would remove the whole map, or more than half of its touchpoints, needs
// allowMassRemoval=1: a header alone once deleted 2,171 touchpoints in one call. The settings page previews and
// asks before applying, so its actions are not held back.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postImport } from "../../app/api/v1/import/route";
import { createApiToken } from "../../lib/api-tokens/actions";
import { getPrisma } from "../../lib/db/client";
import { applySheet, previewSheet } from "../../lib/sheets/actions";
import { registerTestDb } from "../setup/test-db";
import { signInAs, signOut } from "./auth";
import * as f from "./factories";

registerTestDb();

type Workspace = { id: string; slug: string };
let lead: { id: string; email: string; name: string };
let token: string;
let workspace: Workspace;

beforeAll(async () => {
  workspace = await f.createWorkspace();
  lead = (await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" })).user;
});

/** A fresh workspace of the lead's, holding `csv` (merged in), and a token for it. */
async function workspaceWith(csv: string | null): Promise<Workspace> {
  workspace = await f.createWorkspace();
  await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD", userId: lead.id });
  signInAs(lead);
  const created = await createApiToken({ workspaceId: workspace.id, name: "Sync" });
  signOut();
  if (!created.ok) throw new Error(created.formError);
  token = created.data.token;
  if (csv) expect((await importApi(csv, { mode: "merge" })).status).toBe(200);
  return workspace;
}

async function importApi(csv: string, query: Record<string, string>) {
  const params = new URLSearchParams({ workspace: workspace.slug, ...query });
  const response = await postImport(
    new Request(`http://localhost/api/v1/import?${params}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "text/csv" },
      body: csv,
    }),
  );
  return { status: response.status, body: await response.json() };
}

const HEADER = "journey,stage,touchpoint,channel,Sales";
const sheetOf = (touchpoints: number[]) =>
  [HEADER, ...touchpoints.map((i) => `J${i % 2},S,T${i},web,A`)].join("\n");
const TEN = sheetOf([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

async function expectHeldBack(csv: string, message: RegExp) {
  const before = await f.countRows();
  const refused = await importApi(csv, { mode: "replace" });
  expect(refused).toEqual({
    status: 409,
    body: { error: { code: "conflict", message: expect.any(String) } },
  });
  expect(refused.body.error.message).toMatch(message);
  expect(refused.body.error.message).toMatch(/nothing was written.*allowMassRemoval=1/i);
  expect(await f.countRows()).toEqual(before);
}

describe("a replace import through the API", () => {
  it("that removes every touchpoint (a header alone) is held back with 409", async () => {
    await workspaceWith(TEN);
    await expectHeldBack(HEADER, /10 of the map's 10 touchpoints/);
  });

  it("that removes more than half of the touchpoints is held back; half is not", async () => {
    await workspaceWith(TEN);
    await expectHeldBack(sheetOf([0, 1, 2, 3]), /6 of the map's 10 touchpoints/);
    const half = await importApi(sheetOf([0, 1, 2, 3, 4]), { mode: "replace" });
    expect(half).toMatchObject({ status: 200, body: { applied: true, counts: { touchpointsRemoved: 5 } } });
  });

  it("that removes a map of journeys without touchpoints is held back too", async () => {
    await workspaceWith("journey,stage,touchpoint,channel\nEmpty,,,\nAlso empty,Stage,,\n");
    await expectHeldBack(HEADER, /2 journeys/);
  });

  it("goes ahead with allowMassRemoval=1", async () => {
    await workspaceWith(TEN);
    const confirmed = await importApi(HEADER, { mode: "replace", allowMassRemoval: "1" });
    expect(confirmed).toMatchObject({
      status: 200,
      body: { applied: true, counts: { touchpointsRemoved: 10, journeysRemoved: 2 } },
    });
    const prisma = await getPrisma();
    expect(await prisma.touchpoint.count({ where: { workspaceId: workspace.id } })).toBe(0);
  });

  it("is shown as a dry run without the parameter, and merge and empty workspaces are never held back", async () => {
    await workspaceWith(TEN);
    const dry = await importApi(HEADER, { mode: "replace", dryRun: "1" });
    expect(dry).toMatchObject({ status: 200, body: { applied: false, counts: { touchpointsRemoved: 10 } } });
    expect((await importApi(HEADER, { mode: "merge" })).status).toBe(200);
    await workspaceWith(null);
    expect((await importApi(HEADER, { mode: "replace" })).status).toBe(200);
  });

  it("refuses a malformed allowMassRemoval with 400", async () => {
    await workspaceWith(TEN);
    const bad = await importApi(HEADER, { mode: "replace", allowMassRemoval: "yes" });
    expect(bad).toMatchObject({ status: 400, body: { error: { code: "invalid" } } });
  });
});

describe("the settings page's preview and apply", () => {
  it("are not held back: the page shows what goes and asks before applying", async () => {
    const { id } = await workspaceWith(TEN);
    signInAs(lead);
    const preview = await previewSheet({ workspaceId: id, mode: "replace", csv: HEADER });
    if (!preview.ok || !preview.data.ok) throw new Error("preview failed");
    expect(preview.data.summary.counts.touchpointsRemoved).toBe(10);
    const fingerprint = preview.data.fingerprint;
    const applied = await applySheet({ workspaceId: id, mode: "replace", csv: HEADER, fingerprint });
    signOut();
    expect(applied).toMatchObject({ ok: true, data: { ok: true, applied: true } });
  });
});
