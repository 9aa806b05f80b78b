// Measures end to end on a real database: the CX lead's actions (create, edit, delete, with their refusals and
// audit events), the Measures page's list, and GET / POST /api/v1/measures with tokens and the session.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getMeasures, POST as postMeasures } from "../../app/api/v1/measures/route";
import { createApiToken } from "../../lib/api-tokens/actions";
import { describeAuditEvent } from "../../lib/audit/describe";
import { getPrisma } from "../../lib/db/client";
import { createMeasure, deleteMeasure, updateMeasure } from "../../lib/outcomes/measure-actions";
import { listMeasures } from "../../lib/outcomes/measures";
import { registerTestDb } from "../setup/test-db";
import { signInAs, signOut } from "./auth";
import * as f from "./factories";

registerTestDb();

type User = { id: string; email: string; name: string };
const UNKNOWN = "00000000-0000-7000-8000-000000000000";

let map: Awaited<ReturnType<typeof f.createMappedWorkspace>>;
let other: { id: string; slug: string };
let lead: User;
let head: User;
let viewer: User;

beforeAll(async () => {
  map = await f.createMappedWorkspace({ departments: 1 });
  other = await f.createWorkspace();
  lead = (await f.addMember({ workspaceId: map.workspace.id, role: "CX_LEAD" })).user;
  const departmentId = map.departments[0]!.id;
  head = (await f.addMember({ workspaceId: map.workspace.id, role: "DEPARTMENT_HEAD", departmentId })).user;
  viewer = (await f.addMember({ workspaceId: map.workspace.id, role: "VIEWER" })).user;
  signInAs(lead);
});

let counter = 0;
const uniqueName = (prefix: string) => `${prefix} ${++counter}`;

async function newMeasure(input: Partial<Parameters<typeof createMeasure>[0]> = {}) {
  const result = await createMeasure({
    workspaceId: map.workspace.id,
    name: uniqueName("CSAT"),
    kind: "SCORE",
    direction: "HIGHER",
    min: 1,
    max: 10,
    ...input,
  });
  if (!result.ok) throw new Error(result.formError);
  return result.data;
}

/** `targets` on fresh touchpoints and `readings` month by month on the map's touchpoint (test set-up only). */
async function addValues(measureId: string, opts: { targets?: number[]; readings?: number[] }) {
  const prisma = await getPrisma();
  const { workspace, journey, stage, touchpoint } = map;
  for (const value of opts.targets ?? []) {
    const scope = await f.createTouchpoint({ stageId: stage.id });
    await prisma.outcomeTarget.create({
      data: {
        ...{ workspaceId: workspace.id, measureId, journeyId: journey.id },
        ...{ touchpointId: scope.id, scopeId: scope.id, value },
      },
    });
  }
  await prisma.outcomeReading.createMany({
    data: (opts.readings ?? []).map((value, i) => ({
      ...{ workspaceId: workspace.id, measureId, journeyId: journey.id },
      ...{ touchpointId: touchpoint.id, scopeId: touchpoint.id, value },
      month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
    })),
  });
}

async function measureRow(id: string) {
  return (await getPrisma()).measure.findUnique({ where: { id } });
}

async function auditOf(action: string, entityId?: string) {
  const prisma = await getPrisma();
  return prisma.auditEvent.findMany({ where: { action, entityId }, orderBy: { id: "asc" } });
}

function errorText(result: { ok: boolean; formError?: string; fieldErrors?: Record<string, unknown> }) {
  return result.ok ? "" : [result.formError, ...Object.values(result.fieldErrors ?? {}).flat()].join(" ");
}

describe("createMeasure", () => {
  it("defines a score with its scale and records it", async () => {
    const result = await createMeasure({
      workspaceId: map.workspace.id,
      name: "  Effort  ",
      kind: "SCORE",
      direction: "LOWER",
      min: 1,
      max: 7,
      unit: " points ",
    });
    expect(result).toMatchObject({
      ok: true,
      data: { name: "Effort", kind: "SCORE", direction: "LOWER", scaleMin: 1, scaleMax: 7, unit: "points" },
    });
    if (!result.ok) return;
    expect(await measureRow(result.data.id)).toMatchObject({ workspaceId: map.workspace.id, name: "Effort" });
    const [event] = await auditOf("measure.created", result.data.id);
    expect(event).toMatchObject({ workspaceId: map.workspace.id, actorId: lead.id, entityType: "measure" });
    expect(event?.after).toEqual({
      name: "Effort",
      kind: "SCORE",
      direction: "LOWER",
      scale: { min: 1, max: 7 },
      unit: "points",
    });
    expect(describeAuditEvent({ action: "measure.created", before: null, after: event?.after })).toBe(
      "Created measure Effort (score 1 to 7, lower is better)",
    );
  });

  it("stores no scale for percent, NPS and count", async () => {
    for (const kind of ["PERCENT", "NPS", "COUNT"] as const) {
      const { id } = await newMeasure({ kind, min: undefined, max: undefined });
      expect(await measureRow(id)).toMatchObject({ kind, scaleMin: null, scaleMax: null, unit: "" });
    }
  });

  it.each([
    [
      "a name the workspace already uses",
      { name: "Taken" },
      "conflict",
      /A measure named “Taken” already exists/,
    ],
    ["a blank name", { name: "  " }, "invalid", /Enter a name/],
    ["a name over 80 characters", { name: "x".repeat(81) }, "invalid", /80 characters/],
    ["a score without its scale", { min: undefined, max: undefined }, "invalid", /lowest value/],
    ["a score whose max is not above min", { min: 5, max: 5 }, "invalid", /above the lowest/],
    ["an infinite max", { max: Number.POSITIVE_INFINITY }, "invalid", /highest value of the scale/],
    ["a scale on a percent", { kind: "PERCENT" as const, max: 5, min: undefined }, "invalid", /Only a score/],
    ["an unknown kind", { kind: "STARS" as never }, "invalid", /Choose a kind/],
  ])("refuses %s with a clear message and writes nothing", async (_what, override, code, message) => {
    await newMeasure({ name: "Taken" }).catch(() => undefined);
    const before = await f.countRows();
    const measures = await (await getPrisma()).measure.count();
    const result = await createMeasure({
      workspaceId: map.workspace.id,
      name: "Fresh",
      kind: "SCORE",
      direction: "HIGHER",
      min: 1,
      max: 5,
      ...override,
    });
    expect(result).toMatchObject({ ok: false, code });
    expect(errorText(result)).toMatch(message);
    expect(await f.countRows()).toEqual(before);
    expect(await (await getPrisma()).measure.count()).toBe(measures);
  });

  it("reads an unknown workspace and another workspace alike: not found", async () => {
    for (const workspaceId of [UNKNOWN, other.id]) {
      const result = await createMeasure({
        workspaceId,
        name: "Elsewhere",
        kind: "NPS",
        direction: "HIGHER",
      });
      expect(result).toMatchObject({ ok: false, code: "not_found" });
      expect(errorText(result)).toMatch(/workspace was not found/);
    }
  });

  it("may only be done by a CX lead", async () => {
    for (const [user, code] of [
      [head, "forbidden"],
      [viewer, "forbidden"],
    ] as const) {
      signInAs(user);
      const result = await createMeasure({
        ...{ workspaceId: map.workspace.id, name: "Mine", kind: "NPS", direction: "HIGHER" },
      });
      expect(result).toMatchObject({ ok: false, code });
    }
  });
});

describe("updateMeasure", () => {
  it("renames and edits, recording before and after", async () => {
    const measure = await newMeasure();
    const name = uniqueName("Satisfaction");
    const result = await updateMeasure({
      ...{ id: measure.id, name, kind: "SCORE", direction: "LOWER", min: 0, max: 10, unit: "pts" },
    });
    expect(result).toMatchObject({ ok: true, data: { name, scaleMin: 0, scaleMax: 10, direction: "LOWER" } });
    const [event] = await auditOf("measure.updated", measure.id);
    expect(event?.before).toMatchObject({
      name: measure.name,
      scale: { min: 1, max: 10 },
      direction: "HIGHER",
    });
    expect(event?.after).toMatchObject({ name, scale: { min: 0, max: 10 }, direction: "LOWER", unit: "pts" });
  });

  it("writes and records nothing when saved unchanged", async () => {
    const measure = await newMeasure();
    const before = await f.countRows();
    const result = await updateMeasure({ ...measure, min: 1, max: 10 });
    expect(result).toMatchObject({ ok: true });
    expect(await f.countRows()).toEqual(before);
  });

  it("refuses a name another measure has", async () => {
    const [a, b] = [await newMeasure(), await newMeasure()];
    const result = await updateMeasure({
      id: b.id,
      name: a.name,
      kind: "SCORE",
      direction: "HIGHER",
      min: 1,
      max: 10,
    });
    expect(result).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { name: [expect.any(String)] },
    });
    expect(errorText(result)).toContain(`A measure named “${a.name}” already exists`);
    expect((await measureRow(b.id))?.name).toBe(b.name);
  });

  it("refuses a kind or scale its targets and readings fall outside, and allows one that holds them", async () => {
    const measure = await newMeasure();
    await addValues(measure.id, { targets: [8], readings: [2, 6.5, 9] });
    const edit = (change: Partial<Parameters<typeof updateMeasure>[0]>) =>
      updateMeasure({ id: measure.id, name: measure.name, kind: "SCORE", direction: "HIGHER", ...change });
    const before = await f.countRows();

    const narrower = await edit({ min: 1, max: 5 });
    expect(narrower).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { min: [expect.any(String)] },
    });
    expect(errorText(narrower)).toContain(
      `“${measure.name}” cannot become a score (1 to 5): its 1 target and 3 readings include 9, which must be between 1 and 5.`,
    );
    const above = await edit({ min: 3, max: 10 });
    expect(errorText(above)).toContain("include 2, which must be between 3 and 10");
    const count = await edit({ kind: "COUNT", min: undefined, max: undefined });
    expect(count).toMatchObject({ ok: false, fieldErrors: { kind: [expect.any(String)] } });
    expect(errorText(count)).toContain("include 6.5, which must be a whole number");
    expect(await f.countRows()).toEqual(before);
    expect(await measureRow(measure.id)).toMatchObject({ kind: "SCORE", scaleMin: 1, scaleMax: 10 });

    expect(await edit({ min: 2, max: 9 })).toMatchObject({ ok: true });
    expect(await edit({ kind: "PERCENT", min: undefined, max: undefined })).toMatchObject({ ok: true });
    expect(await measureRow(measure.id)).toMatchObject({ kind: "PERCENT", scaleMin: null, scaleMax: null });
  });

  it("reads another workspace's measure as not found", async () => {
    const prisma = await getPrisma();
    const foreign = await prisma.measure.create({
      data: { workspaceId: other.id, name: "Theirs", kind: "NPS", direction: "HIGHER" },
    });
    const result = await updateMeasure({
      id: foreign.id,
      name: "Mine now",
      kind: "NPS",
      direction: "HIGHER",
    });
    expect(result).toMatchObject({ ok: false, code: "not_found" });
    expect(await deleteMeasure({ id: foreign.id })).toMatchObject({ ok: false, code: "not_found" });
    expect(await measureRow(foreign.id)).toMatchObject({ name: "Theirs" });
  });
});

describe("deleteMeasure and the list", () => {
  it("lists each measure with its counts, and a delete takes its targets and readings, saying how many", async () => {
    const measure = await newMeasure();
    const kept = await newMeasure({ kind: "COUNT", min: undefined, max: undefined });
    await addValues(measure.id, { targets: [5, 6, 7], readings: [1, 2, 3, 4] });
    await addValues(kept.id, { readings: [3] });
    const listed = await listMeasures(map.workspace.id);
    expect(listed.find((m) => m.id === measure.id)).toMatchObject({ targets: 3, readings: 4, scaleMax: 10 });
    expect(listed.find((m) => m.id === kept.id)).toMatchObject({ targets: 0, readings: 1, kind: "COUNT" });
    const elsewhere = await listMeasures(other.id);
    expect(elsewhere.some((m) => m.id === measure.id || m.id === kept.id)).toBe(false);

    const result = await deleteMeasure({ id: measure.id });
    expect(result).toMatchObject({ ok: true, data: { id: measure.id, targets: 3, readings: 4 } });
    const prisma = await getPrisma();
    expect(await measureRow(measure.id)).toBeNull();
    expect(await prisma.outcomeTarget.count({ where: { measureId: measure.id } })).toBe(0);
    expect(await prisma.outcomeReading.count({ where: { measureId: measure.id } })).toBe(0);
    expect(await prisma.outcomeReading.count({ where: { measureId: kept.id } })).toBe(1);
    const [event] = await auditOf("measure.deleted", measure.id);
    expect(event?.before).toMatchObject({ name: measure.name, kind: "SCORE", targets: 3, readings: 4 });
    expect(describeAuditEvent({ action: "measure.deleted", before: event?.before, after: null })).toBe(
      `Deleted measure ${measure.name} with 3 targets and 4 readings`,
    );
    expect(await deleteMeasure({ id: measure.id })).toMatchObject({ ok: false, code: "not_found" });
  });
});

// --- /api/v1/measures --------------------------------------------------------------------------------------

async function tokenFor(user: User, workspaceId = map.workspace.id): Promise<string> {
  signInAs(user);
  const created = await createApiToken({ workspaceId, name: "Script" });
  signInAs(lead);
  if (!created.ok) throw new Error(created.formError);
  return created.data.token;
}

const url = (slug = map.workspace.slug) => `http://localhost/api/v1/measures?workspace=${slug}`;
const get = (token?: string, slug?: string) =>
  getMeasures(new Request(url(slug), { headers: token ? { authorization: `Bearer ${token}` } : {} }));
const post = (
  body: unknown,
  opts: { token?: string; slug?: string; headers?: Record<string, string> } = {},
) =>
  postMeasures(
    new Request(url(opts.slug), {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : { origin: "http://localhost" }),
        ...opts.headers,
      },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );

describe("/api/v1/measures", () => {
  let api: Awaited<ReturnType<typeof f.createMappedWorkspace>>;
  let apiLead: User;
  let leadToken: string;
  beforeAll(async () => {
    // A workspace of its own, so the list holds only what these tests send.
    api = await f.createMappedWorkspace({ departments: 1 });
    apiLead = (await f.addMember({ workspaceId: api.workspace.id, role: "CX_LEAD" })).user;
    leadToken = await tokenFor(apiLead, api.workspace.id);
  });
  const slug = () => api.workspace.slug;

  it("upserts by name, all or nothing, with one audit event, and lists them in the same shape", async () => {
    const body = [
      { name: "CSAT", kind: "score", min: 1, max: 5, direction: "higher", unit: "points" },
      { name: "Complaints", kind: "count", direction: "lower" },
    ];
    const first = await post(body, { token: leadToken, slug: slug() });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ created: 2, updated: 0, unchanged: 0 });

    const second = await post(
      [
        { name: "CSAT", kind: "score", min: 1, max: 10, direction: "higher", unit: "points" },
        { name: "Complaints", kind: "count", direction: "lower", unit: "" },
        { name: "NPS", kind: "nps", direction: "higher", min: null },
      ],
      { token: leadToken, slug: slug() },
    );
    expect(await second.json()).toEqual({ created: 1, updated: 1, unchanged: 1 });

    const listed = await get(leadToken, slug());
    expect(listed.status).toBe(200);
    expect(await listed.json()).toEqual([
      { name: "Complaints", kind: "count", direction: "lower", unit: "" },
      { name: "CSAT", kind: "score", direction: "higher", min: 1, max: 10, unit: "points" },
      { name: "NPS", kind: "nps", direction: "higher", unit: "" },
    ]);
    const prisma = await getPrisma();
    const events = await prisma.auditEvent.findMany({
      where: { workspaceId: api.workspace.id, action: "measures.imported" },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.after)).toEqual([
      { created: 2, updated: 0, unchanged: 0, createdNames: ["CSAT", "Complaints"], updatedNames: [] },
      { created: 1, updated: 1, unchanged: 1, createdNames: ["NPS"], updatedNames: ["CSAT"] },
    ]);
    expect(events[0]).toMatchObject({
      actorId: apiLead.id,
      entityType: "workspace",
      entityId: api.workspace.id,
    });
  });

  it("refuses problems with 422, each with its row and field, and writes nothing", async () => {
    const before = await f.countRows();
    const measures = await (await getPrisma()).measure.count();
    const response = await post(
      [
        { name: "Fine", kind: "percent", direction: "higher" },
        { name: "", kind: "score", min: 1, max: 5, direction: "higher" },
        { name: "Scaled percent", kind: "percent", direction: "higher", min: 0 },
        { name: "Odd", kind: "stars", direction: "up", colour: "red" },
        { name: "Upside down", kind: "score", min: 5, max: 1, direction: "lower" },
        "CSAT",
        { name: "Fine", kind: "nps", direction: "higher" },
      ],
      { token: leadToken, slug: slug() },
    );
    expect(response.status).toBe(422);
    const json = await response.json();
    expect(json.error.code).toBe("unprocessable");
    expect(json.errors).toEqual([
      { row: 2, column: "name", message: "Enter a name." },
      { row: 3, column: "min", message: expect.stringContaining("Only a score") },
      { row: 4, column: "kind", message: expect.stringContaining("score, percent, nps, count") },
      { row: 4, column: "direction", message: expect.stringContaining("higher or lower") },
      { row: 4, column: "colour", message: expect.stringContaining("Unknown field “colour”") },
      { row: 5, column: "max", message: "The highest value must be above the lowest." },
      { row: 6, column: null, message: expect.stringContaining("JSON object") },
      { row: 7, column: "name", message: "“Fine” is also row 1: send each measure once." },
    ]);
    expect(json.errorCount).toBe(8);
    expect(await f.countRows()).toEqual(before);
    expect(await (await getPrisma()).measure.count()).toBe(measures);
  });

  it("refuses a change of scale its values fall outside with 422, writing none of the request", async () => {
    const prisma = await getPrisma();
    const csat = await prisma.measure.findFirstOrThrow({
      where: { workspaceId: api.workspace.id, name: "CSAT" },
    });
    await prisma.outcomeReading.create({
      data: {
        ...{ workspaceId: api.workspace.id, measureId: csat.id, journeyId: api.journey.id },
        ...{ touchpointId: api.touchpoint.id, scopeId: api.touchpoint.id, month: "2026-10", value: 8 },
      },
    });
    const response = await post(
      [
        { name: "Brand new", kind: "percent", direction: "higher" },
        { name: "CSAT", kind: "score", min: 1, max: 5, direction: "higher", unit: "points" },
      ],
      { token: leadToken, slug: slug() },
    );
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { row: 2, column: "min", message: expect.stringContaining("include 8, which must be between 1 and 5") },
    ]);
    const kindChange = await post([{ name: "CSAT", kind: "count", direction: "higher" }], {
      token: leadToken,
      slug: slug(),
    });
    expect(kindChange.status).toBe(200);
    expect(await prisma.measure.count({ where: { workspaceId: api.workspace.id, name: "Brand new" } })).toBe(
      0,
    );
  });

  it("answers 400 for a body that is not a JSON array, 415 for another type, 413 when too large", async () => {
    const opts = { token: leadToken, slug: slug() };
    for (const body of ["{not json", JSON.stringify({ name: "CSAT" })]) {
      const response = await post(body, opts);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("invalid");
    }
    const csv = await post("name,kind\nCSAT,score\n", { ...opts, headers: { "content-type": "text/csv" } });
    expect(csv.status).toBe(415);
    expect((await csv.json()).error.code).toBe("unsupported_media_type");
    const huge = await post(`[${" ".repeat(300 * 1024)}]`, opts);
    expect(huge.status).toBe(413);
  });

  it("lets every member's token read, and only a CX lead's write", async () => {
    for (const user of [viewer, head]) {
      const token = await tokenFor(user);
      expect((await get(token)).status).toBe(200);
      const before = await f.countRows();
      const refused = await post([{ name: "Sneaky", kind: "nps", direction: "higher" }], { token });
      expect(refused.status).toBe(403);
      expect((await refused.json()).error.code).toBe("forbidden");
      expect(await f.countRows()).toEqual(before);
    }
  });

  it("is 401 signed out, 404 for a workspace the caller is not in, 403 for a session post from elsewhere", async () => {
    signOut();
    expect((await get()).status).toBe(401);
    expect((await post([])).status).toBe(401);
    // The map's CX lead is no member of `api`'s workspace: it reads exactly like one that does not exist.
    signInAs(lead);
    const notMember = await get(undefined, slug());
    expect(notMember.status).toBe(404);
    expect((await post([], { slug: slug() })).status).toBe(404);
    expect((await get(undefined, "no-such-workspace")).status).toBe(404);
    const otherToken = await tokenFor(lead);
    expect((await get(otherToken, slug())).status).toBe(404);
    // The session from another site: refused before the body is read.
    signInAs(apiLead);
    const crossSite = await post([], { slug: slug(), headers: { origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    const sameSite = await post([], { slug: slug() });
    expect(sameSite.status).toBe(200);
    expect(await sameSite.json()).toEqual({ created: 0, updated: 0, unchanged: 0 });
  });
});
