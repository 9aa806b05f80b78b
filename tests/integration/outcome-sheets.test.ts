// The targets and readings sheets on a real database (issue #14, items 3-4 in bulk): /api/v1/targets and
// /api/v1/readings out and in, their round trips, upserts and clears, every problem as a 422 with nothing
// written, dry runs, who may import what (a department head only where their department is Accountable), tokens,
// the months filter, and the Settings page's preview and apply.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getReadings, POST as postReadings } from "../../app/api/v1/readings/route";
import { GET as getTargets, POST as postTargets } from "../../app/api/v1/targets/route";
import { createApiToken } from "../../lib/api-tokens/actions";
import { describeAuditEvent } from "../../lib/audit/describe";
import { getPrisma } from "../../lib/db/client";
import { applyReadings, previewReadings } from "../../lib/outcomes/sheet-actions";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import { actingAs, signInAs, signOut } from "./auth";
import * as f from "./factories";

const getDb = registerTestDb();

type User = { id: string; email: string; name: string };
let ws: Awaited<ReturnType<typeof setUp>>;
const tokens = new Map<string, string>();

async function setUp() {
  const mapped = await f.createMappedWorkspace({ departments: 2 });
  const { workspace, journey, stage, touchpoint } = mapped;
  const [billing, sales] = mapped.departments as [
    (typeof mapped.departments)[0],
    (typeof mapped.departments)[0],
  ];
  // Buy › Pay › [Checkout (Billing A), Receipt (Sales A)]; Buy › Receive › Delivery; Renew › Remind › Email.
  const receipt = await f.createTouchpoint({ stageId: stage.id });
  const receive = await f.createStage({ journeyId: journey.id });
  const delivery = await f.createTouchpoint({ stageId: receive.id });
  const renew = await f.createJourney({ workspaceId: workspace.id });
  const remind = await f.createStage({ journeyId: renew.id });
  const email = await f.createTouchpoint({ stageId: remind.id });
  await f.setRole({ touchpointId: touchpoint.id, departmentId: billing.id, role: "A" });
  await f.setRole({ touchpointId: receipt.id, departmentId: sales.id, role: "A" });
  await f.setRole({ touchpointId: receipt.id, departmentId: billing.id, role: "R" });
  const member = async (
    role: "CX_LEAD" | "DEPARTMENT_HEAD" | "EXECUTIVE" | "VIEWER",
    departmentId?: string,
  ) => (await f.addMember({ workspaceId: workspace.id, role, departmentId })).user;
  const prisma = await getPrisma();
  const measure = (data: {
    name: string;
    kind: "SCORE" | "COUNT" | "NPS";
    scaleMin?: number;
    scaleMax?: number;
  }) =>
    prisma.measure.create({
      data: { workspaceId: workspace.id, direction: "HIGHER", scaleMin: null, scaleMax: null, ...data },
    });
  return {
    ...mapped,
    billing,
    sales,
    receipt,
    receive,
    delivery,
    renew,
    remind,
    email,
    lead: await member("CX_LEAD"),
    billingHead: await member("DEPARTMENT_HEAD", billing.id),
    salesHead: await member("DEPARTMENT_HEAD", sales.id),
    executive: await member("EXECUTIVE"),
    viewer: await member("VIEWER"),
    csat: await measure({ name: "CSAT", kind: "SCORE", scaleMin: 1, scaleMax: 5 }),
    complaints: await measure({ name: "Complaints", kind: "COUNT" }),
    nps: await measure({ name: "NPS", kind: "NPS" }),
  };
}

async function tokenOf(user: User): Promise<string> {
  const known = tokens.get(user.id);
  if (known) return known;
  const created = await actingAs(user, () =>
    createApiToken({ workspaceId: ws.workspace.id, name: "Script" }),
  );
  if (!created.ok) throw new Error(created.formError);
  tokens.set(user.id, created.data.token);
  return created.data.token;
}

beforeAll(async () => {
  ws = await setUp();
});

beforeEach(async () => {
  const prisma = await getPrisma();
  await prisma.outcomeTarget.deleteMany({ where: { workspaceId: ws.workspace.id } });
  await prisma.outcomeReading.deleteMany({ where: { workspaceId: ws.workspace.id } });
  // Each test reads the audit events it caused.
  await prisma.auditEvent.deleteMany({ where: { workspaceId: ws.workspace.id } });
  signInAs(ws.lead);
});

type Caller = { token?: string; headers?: Record<string, string> };
const url = (path: string, query = "") =>
  `http://localhost/api/v1/${path}?workspace=${ws.workspace.slug}${query}`;
const auth = (caller: Caller): Record<string, string> =>
  caller.token ? { authorization: `Bearer ${caller.token}` } : { origin: "http://localhost" };

function send(
  route: (request: Request) => Promise<Response>,
  path: string,
  body: BodyInit,
  opts: Caller & { query?: string; type?: string } = {},
) {
  return route(
    new Request(url(path, opts.query), {
      method: "POST",
      headers: { "content-type": opts.type ?? "text/csv", ...auth(opts), ...opts.headers },
      body,
    }),
  );
}
const fetchAs = (
  route: (request: Request) => Promise<Response>,
  path: string,
  opts: Caller & { query?: string } = {},
) => route(new Request(url(path, opts.query), { headers: opts.token ? auth(opts) : {} }));

const TARGETS = "journey,stage,touchpoint,measure,target";
const READINGS = "journey,stage,touchpoint,measure,month,value,sample_size,source";
const csv = (...lines: string[]) => `${lines.join("\n")}\n`;
/** The map's names, as a sheet writes them. */
const at = {
  checkout: () => `${ws.journey.name},${ws.stage.name},${ws.touchpoint.name}`,
  receipt: () => `${ws.journey.name},${ws.stage.name},${ws.receipt.name}`,
  delivery: () => `${ws.journey.name},${ws.receive.name},${ws.delivery.name}`,
  email: () => `${ws.renew.name},${ws.remind.name},${ws.email.name}`,
  buy: () => `${ws.journey.name},,`,
  renew: () => `${ws.renew.name},,`,
};

async function events(action: string) {
  const prisma = await getPrisma();
  return prisma.auditEvent.findMany({
    where: { workspaceId: ws.workspace.id, action },
    orderBy: { id: "asc" },
  });
}

async function outcomeRows() {
  const prisma = await getPrisma();
  const where = { workspaceId: ws.workspace.id };
  const [targets, readings] = await Promise.all([
    prisma.outcomeTarget.findMany({
      where,
      select: { measureId: true, scopeId: true, value: true },
      orderBy: { id: "asc" },
    }),
    prisma.outcomeReading.findMany({
      where,
      select: {
        measureId: true,
        scopeId: true,
        month: true,
        value: true,
        sampleSize: true,
        source: true,
        updatedAt: true,
      },
      orderBy: [{ scopeId: "asc" }, { measureId: "asc" }, { month: "asc" }],
    }),
  ]);
  return { targets, readings };
}

describe("/api/v1/targets", () => {
  it("exports in journey order, the journey's own first, by measure name; export → import is exact", async () => {
    const sheet = csv(
      TARGETS,
      `${at.email()},CSAT,4`,
      `${at.buy()},NPS,30`,
      `${at.delivery()},Complaints,2`,
      `${at.checkout()},NPS,10`,
      `${at.checkout()},CSAT,4.25`,
      `${at.renew()},CSAT,3.5`,
    );
    const first = await send(postTargets, "targets", sheet);
    expect(await first.json()).toEqual({ created: 6, updated: 0, cleared: 0, unchanged: 0 });
    const exported = await fetchAs(getTargets, "targets", { token: await tokenOf(ws.viewer) });
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    // UTF-8 with a byte-order mark, so spreadsheets read accents right (text() drops it).
    expect([...new Uint8Array(await exported.clone().arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = await exported.text();
    expect(text).toBe(
      `${[
        TARGETS,
        `${at.buy()},NPS,30`,
        `${at.checkout()},CSAT,4.25`,
        `${at.checkout()},NPS,10`,
        `${at.delivery()},Complaints,2`,
        `${at.renew()},CSAT,3.5`,
        `${at.email()},CSAT,4`,
      ].join("\r\n")}\r\n`,
    );

    // The export sent back changes nothing and records nothing; into an empty workspace it rebuilds the same.
    const stored = await outcomeRows();
    const again = await send(postTargets, "targets", text);
    expect(await again.json()).toEqual({ created: 0, updated: 0, cleared: 0, unchanged: 6 });
    expect(await outcomeRows()).toEqual(stored);
    expect(await events("targets.imported")).toHaveLength(1);
    await (await getPrisma()).outcomeTarget.deleteMany({ where: { workspaceId: ws.workspace.id } });
    expect(await (await send(postTargets, "targets", text)).json()).toMatchObject({ created: 6 });
    expect(await (await fetchAs(getTargets, "targets", { token: await tokenOf(ws.lead) })).text()).toBe(text);
  });

  it("sets, changes and clears (an empty target) in one audited import", async () => {
    await send(postTargets, "targets", csv(TARGETS, `${at.checkout()},CSAT,4`, `${at.buy()},NPS,30`));
    const response = await send(
      postTargets,
      "targets",
      csv(
        TARGETS,
        `${at.checkout()},CSAT,4.5`,
        `${at.buy()},NPS,`,
        `${at.receipt()},CSAT,3`,
        `${at.delivery()},Complaints,`,
      ),
      { token: await tokenOf(ws.lead) },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ created: 1, updated: 1, cleared: 1, unchanged: 1 });
    const { targets } = await outcomeRows();
    expect(targets.map((t) => [t.scopeId, t.measureId, t.value]).sort()).toEqual(
      [
        [ws.touchpoint.id, ws.csat.id, 4.5],
        [ws.receipt.id, ws.csat.id, 3],
      ].sort(),
    );
    const [, event] = await events("targets.imported");
    expect(event).toMatchObject({
      actorId: ws.lead.id,
      entityType: "workspace",
      entityId: ws.workspace.id,
      journeyId: ws.journey.id,
      after: { created: 1, updated: 1, cleared: 1, unchanged: 1, measureNames: ["CSAT", "NPS"] },
    });
    expect(describeAuditEvent({ action: "targets.imported", before: null, after: event?.after })).toBe(
      "Imported targets of CSAT and NPS: 1 set, 1 changed, 1 cleared",
    );
  });

  it("refuses every problem with its row and column, and writes nothing", async () => {
    await send(postTargets, "targets", csv(TARGETS, `${at.checkout()},CSAT,4`));
    const before = await f.countRows();
    const response = await send(
      postTargets,
      "targets",
      csv(
        TARGETS,
        `${at.checkout()},CSAT,2`,
        `Nowhere,,,CSAT,3`,
        `${ws.journey.name},Nowhere,${ws.touchpoint.name},CSAT,3`,
        `${ws.journey.name},${ws.stage.name},Nowhere,CSAT,3`,
        `${at.checkout()},Stars,3`,
        `${at.receipt()},CSAT,7`,
        `${at.delivery()},Complaints,-1`,
        `${at.buy()},NPS,lots`,
        `${ws.journey.name.toUpperCase()},,,NPS,3`,
      ),
    );
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error).toEqual({
      code: "unprocessable",
      message: "The targets sheet has 8 problem(s); nothing was written.",
    });
    expect(body.errors).toEqual([
      { row: 3, column: "journey", message: "No journey is named “Nowhere”." },
      { row: 4, column: "stage", message: expect.stringContaining("has no stage named “Nowhere”") },
      { row: 5, column: "touchpoint", message: expect.stringContaining("has no touchpoint named “Nowhere”") },
      { row: 6, column: "measure", message: expect.stringContaining("No measure is named “Stars”") },
      { row: 7, column: "target", message: "CSAT must be between 1 and 5." },
      { row: 8, column: "target", message: "Complaints must be 0 or more." },
      { row: 9, column: "target", message: "Enter a number, like 4.2." },
      { row: 10, column: "journey", message: expect.stringContaining("No journey is named") },
    ]);
    expect(await f.countRows()).toEqual(before);
    expect((await outcomeRows()).targets.map((t) => t.value)).toEqual([4]);
  });

  it("lets every member read, and only a CX lead import", async () => {
    for (const user of [ws.billingHead, ws.executive, ws.viewer]) {
      const token = await tokenOf(user);
      expect((await fetchAs(getTargets, "targets", { token })).status).toBe(200);
      const refused = await send(postTargets, "targets", csv(TARGETS, `${at.checkout()},CSAT,4`), { token });
      expect(refused.status).toBe(403);
    }
    expect((await outcomeRows()).targets).toEqual([]);
    signOut();
    expect((await fetchAs(getTargets, "targets")).status).toBe(401);
    const json = await send(postTargets, "targets", "[]", {
      token: await tokenOf(ws.lead),
      type: "application/json",
    });
    expect(json.status).toBe(415);
  });
});

describe("POST /api/v1/readings", () => {
  const sheet = () =>
    csv(
      READINGS,
      `${at.checkout()},CSAT,2026-10,4.1,120,Survey`,
      `${at.checkout()},CSAT,2026-11,4.3,,`,
      `${at.buy()},NPS,2026-11,-12,300,Panel`,
    );

  it("records a sheet, leaves what is sent again as it is, and replaces what changed, one event each", async () => {
    const first = await send(postReadings, "readings", sheet(), { token: await tokenOf(ws.lead) });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ created: 3, replaced: 0, unchanged: 0, dryRun: false });
    const stored = await outcomeRows();
    expect(stored.readings.map(({ updatedAt, ...r }) => r)).toEqual(
      expect.arrayContaining([
        {
          measureId: ws.nps.id,
          scopeId: ws.journey.id,
          month: "2026-11",
          value: -12,
          sampleSize: 300,
          source: "Panel",
        },
        {
          measureId: ws.csat.id,
          scopeId: ws.touchpoint.id,
          month: "2026-10",
          value: 4.1,
          sampleSize: 120,
          source: "Survey",
        },
        {
          measureId: ws.csat.id,
          scopeId: ws.touchpoint.id,
          month: "2026-11",
          value: 4.3,
          sampleSize: null,
          source: null,
        },
      ]),
    );
    expect(stored.readings).toHaveLength(3);
    // New readings get time-ordered ids (UUID version 7) like every other row, though made in SQL.
    const ids = await (await getPrisma()).outcomeReading.findMany({
      where: { workspaceId: ws.workspace.id },
      select: { id: true },
    });
    for (const { id } of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Math.abs(Number.parseInt(id.replace("-", "").slice(0, 12), 16) - Date.now())).toBeLessThan(
        60_000,
      );
    }

    const again = await send(postReadings, "readings", sheet());
    expect(await again.json()).toEqual({ created: 0, replaced: 0, unchanged: 3, dryRun: false });
    expect(await outcomeRows()).toEqual(stored);

    const changed = await send(
      postReadings,
      "readings",
      csv(
        READINGS,
        `${at.checkout()},CSAT,2026-11,4.4,,`,
        `${at.checkout()},CSAT,2026-10,4.1,120,Email`,
        `${at.checkout()},CSAT,2026-12,4,,`,
      ),
    );
    expect(await changed.json()).toEqual({ created: 1, replaced: 2, unchanged: 0, dryRun: false });
    const recorded = await events("readings.imported");
    expect(recorded.map((e) => e.after)).toEqual([
      {
        created: 3,
        replaced: 0,
        unchanged: 0,
        from: "2026-10",
        to: "2026-11",
        measureNames: ["CSAT", "NPS"],
      },
      { created: 1, replaced: 2, unchanged: 0, from: "2026-10", to: "2026-12", measureNames: ["CSAT"] },
    ]);
    expect(recorded[1]).toMatchObject({ actorId: ws.lead.id, journeyId: ws.journey.id, departmentId: null });
    expect(describeAuditEvent({ action: "readings.imported", before: null, after: recorded[1]?.after })).toBe(
      "Imported readings of CSAT for 2026-10 to 2026-12: 1 reading recorded, 2 replaced",
    );
  });

  it("takes the same readings as JSON, and a dry run counts them without writing anything", async () => {
    const items = [
      {
        journey: ws.journey.name,
        stage: ws.stage.name,
        touchpoint: ws.touchpoint.name,
        measure: "CSAT",
        month: "2026-10",
        value: 4.1,
        sampleSize: 120,
        source: "Survey",
      },
      {
        journey: ws.journey.name,
        stage: null,
        touchpoint: null,
        measure: "NPS",
        month: "2026-11",
        value: -12,
      },
    ];
    const before = await f.countRows();
    const dry = await send(postReadings, "readings", JSON.stringify(items), {
      type: "application/json",
      query: "&dryRun=1",
    });
    expect(await dry.json()).toEqual({ created: 2, replaced: 0, unchanged: 0, dryRun: true });
    expect(await f.countRows()).toEqual(before);

    const applied = await send(postReadings, "readings", JSON.stringify(items), {
      type: "application/json; charset=utf-8",
    });
    expect(await applied.json()).toEqual({ created: 2, replaced: 0, unchanged: 0, dryRun: false });
    const dryAgain = await send(postReadings, "readings", JSON.stringify([{ ...items[1], value: 5 }]), {
      type: "application/json",
      query: "&dryRun=true",
    });
    expect(await dryAgain.json()).toEqual({ created: 0, replaced: 1, unchanged: 0, dryRun: true });
    expect((await outcomeRows()).readings.find((r) => r.scopeId === ws.journey.id)?.value).toBe(-12);
  });

  it("refuses every problem with its row and column, and writes nothing", async () => {
    const before = await f.countRows();
    const response = await send(
      postReadings,
      "readings",
      csv(
        READINGS,
        `${at.checkout()},CSAT,2026-11,4.3,,`,
        `${at.checkout()},CSAT,2026-11,4.4,,`,
        `${at.checkout()},CSAT,11/2026,4,,`,
        `${at.checkout()},Stars,2026-11,4,,`,
        `${at.delivery()},Complaints,2026-11,2.5,,`,
        `${ws.journey.name},${ws.stage.name},,CSAT,2026-11,4,,`,
        `${at.checkout()},CSAT,2026-10,4,none,`,
        `${at.checkout()},CSAT,2026-09,9,,`,
      ),
    );
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.message).toBe("The readings have 7 problem(s); nothing was written.");
    expect(body.errors).toEqual([
      { row: 3, column: "month", message: "This reading is also row 2: send each reading once." },
      { row: 4, column: "month", message: "Enter a month as YYYY-MM, like 2026-11." },
      { row: 5, column: "measure", message: expect.stringContaining("No measure is named “Stars”") },
      { row: 6, column: "value", message: "Complaints must be a whole number." },
      { row: 7, column: "touchpoint", message: expect.stringContaining("The touchpoint name is missing") },
      { row: 8, column: "sample_size", message: "Enter the number of responses, or leave it empty." },
      { row: 9, column: "value", message: "CSAT must be between 1 and 5." },
    ]);
    expect(await f.countRows()).toEqual(before);
  });

  it("answers 415 for another type, 400 for JSON that is not an array, 413 over the size limit", async () => {
    expect((await send(postReadings, "readings", sheet(), { type: "text/plain" })).status).toBe(415);
    for (const body of ["{", '{"journey":"Buy"}']) {
      const response = await send(postReadings, "readings", body, { type: "application/json" });
      expect(response.status).toBe(400);
    }
    const huge = await send(postReadings, "readings", "x".repeat(8 * 1024 * 1024 + 1));
    expect(huge.status).toBe(413);
    expect((await send(postReadings, "readings", sheet(), { query: "&dryRun=yes" })).status).toBe(400);
    expect(
      (await send(postReadings, "readings", sheet(), { headers: { origin: "https://evil.example" } })).status,
    ).toBe(403);
  });
});

describe("readings and department heads", () => {
  it("lets a head import for the touchpoints their department is Accountable for, and no other row", async () => {
    const token = await tokenOf(ws.billingHead);
    const ok = await send(postReadings, "readings", csv(READINGS, `${at.checkout()},CSAT,2026-11,4,,`), {
      token,
    });
    expect(await ok.json()).toEqual({ created: 1, replaced: 0, unchanged: 0, dryRun: false });
    const [event] = await events("readings.imported");
    expect(event).toMatchObject({ actorId: ws.billingHead.id, departmentId: ws.billing.id });

    const before = await f.countRows();
    const refused = await send(
      postReadings,
      "readings",
      csv(
        READINGS,
        `${at.checkout()},CSAT,2026-12,4,,`,
        `${at.receipt()},CSAT,2026-12,4,,`,
        `${at.buy()},NPS,2026-12,4,,`,
        `${at.delivery()},CSAT,2026-12,9,,`,
      ),
      { token },
    );
    // Rows that are not the head's to record are a matter of rights, as for one reading: 403, nothing written.
    expect(refused.status).toBe(403);
    const body = await refused.json();
    expect(body.error.code).toBe("forbidden");
    expect(body.error.message).toContain("Rows not yours: 3, 4, 5.");
    // Within their rights, a sheet's own problems are still 422 with row and column.
    const wrong = await send(postReadings, "readings", csv(READINGS, `${at.checkout()},CSAT,2026-12,9,,`), {
      token,
    });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors).toEqual([
      { row: 2, column: "value", message: "CSAT must be between 1 and 5." },
    ]);
    expect(await f.countRows()).toEqual(before);

    // Sales holds A on the receipt, not the checkout; a dry run says so too.
    const sales = await send(postReadings, "readings", csv(READINGS, `${at.checkout()},CSAT,2026-12,4,,`), {
      token: await tokenOf(ws.salesHead),
      query: "&dryRun=1",
    });
    expect(sales.status).toBe(403);
  });

  it("refuses executives and viewers, who may still export", async () => {
    for (const user of [ws.executive, ws.viewer]) {
      const token = await tokenOf(user);
      const refused = await send(
        postReadings,
        "readings",
        csv(READINGS, `${at.checkout()},CSAT,2026-11,4,,`),
        { token },
      );
      expect(refused.status).toBe(403);
      expect((await fetchAs(getReadings, "readings", { token })).status).toBe(200);
    }
    expect((await outcomeRows()).readings).toEqual([]);
  });
});

describe("GET /api/v1/readings", () => {
  beforeEach(async () => {
    const lines = [READINGS];
    for (const month of ["2026-09", "2026-10", "2026-11"]) {
      lines.push(`${at.email()},CSAT,${month},4,,`, `${at.checkout()},NPS,${month},-5,10,'=Panel`);
      lines.push(
        `${at.checkout()},CSAT,${month},3.5,,Survey, wave 2`.replace("Survey, wave 2", '"Survey, wave 2"'),
      );
      lines.push(`${at.buy()},CSAT,${month},4.5,,`);
    }
    const response = await send(postReadings, "readings", csv(...lines));
    expect(response.status).toBe(200);
  });

  it("exports in journey order, then measure, then month; from and to keep the months between", async () => {
    const response = await fetchAs(getReadings, "readings", {
      token: await tokenOf(ws.viewer),
      query: "&from=2026-10&to=2026-11",
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(
      `${[
        READINGS,
        `${at.buy()},CSAT,2026-10,4.5,,`,
        `${at.buy()},CSAT,2026-11,4.5,,`,
        `${at.checkout()},CSAT,2026-10,3.5,,"Survey, wave 2"`,
        `${at.checkout()},CSAT,2026-11,3.5,,"Survey, wave 2"`,
        `${at.checkout()},NPS,2026-10,-5,10,'=Panel`,
        `${at.checkout()},NPS,2026-11,-5,10,'=Panel`,
        `${at.email()},CSAT,2026-10,4,,`,
        `${at.email()},CSAT,2026-11,4,,`,
      ].join("\r\n")}\r\n`,
    );
    const from = await fetchAs(getReadings, "readings", {
      token: await tokenOf(ws.viewer),
      query: "&from=2026-11&format=json",
    });
    expect(await from.json()).toEqual([
      {
        journey: ws.journey.name,
        stage: null,
        touchpoint: null,
        measure: "CSAT",
        month: "2026-11",
        value: 4.5,
        sampleSize: null,
        source: null,
      },
      expect.objectContaining({ touchpoint: ws.touchpoint.name, measure: "CSAT", source: "Survey, wave 2" }),
      expect.objectContaining({
        touchpoint: ws.touchpoint.name,
        measure: "NPS",
        sampleSize: 10,
        source: "=Panel",
      }),
      expect.objectContaining({ touchpoint: ws.email.name, measure: "CSAT" }),
    ]);
    const to = await fetchAs(getReadings, "readings", {
      token: await tokenOf(ws.viewer),
      query: "&to=2026-09&format=json",
    });
    expect((await to.json()).map((r: { month: string }) => r.month)).toEqual([
      "2026-09",
      "2026-09",
      "2026-09",
      "2026-09",
    ]);
  });

  it("refuses malformed months and from after to", async () => {
    const token = await tokenOf(ws.viewer);
    for (const query of [
      "&from=2026-13",
      "&to=202611",
      "&from=2026-11&to=2026-10",
      "&format=xml",
      "&month=2026-11",
    ]) {
      const response = await fetchAs(getReadings, "readings", { token, query });
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("invalid");
    }
  });

  it("round-trips exactly, as CSV and as JSON", async () => {
    const token = await tokenOf(ws.lead);
    const exportCsv = async () => (await fetchAs(getReadings, "readings", { token })).arrayBuffer();
    const exportJson = async () =>
      (await fetchAs(getReadings, "readings", { token, query: "&format=json" })).text();
    // The bytes as downloaded, byte-order mark included.
    const [text, json] = [await exportCsv(), await exportJson()];
    const stored = await outcomeRows();
    expect(await (await send(postReadings, "readings", text, { token })).json()).toMatchObject({
      unchanged: 12,
    });
    expect(
      await (await send(postReadings, "readings", json, { token, type: "application/json" })).json(),
    ).toMatchObject({
      unchanged: 12,
    });
    expect(await outcomeRows()).toEqual(stored);
    const prisma = await getPrisma();
    for (const [body, type] of [
      [text, "text/csv"],
      [json, "application/json"],
    ] as const) {
      await prisma.outcomeReading.deleteMany({ where: { workspaceId: ws.workspace.id } });
      expect(await (await send(postReadings, "readings", body, { token, type })).json()).toMatchObject({
        created: 12,
      });
      expect(await exportCsv()).toEqual(text);
      expect(await exportJson()).toBe(json);
    }
  });

  it("imports in the same number of queries for 3 readings and for 600", async () => {
    const months = Array.from(
      { length: 100 },
      (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`,
    );
    const sheetOf = (count: number) =>
      csv(
        READINGS,
        ...months
          .flatMap((month) =>
            [at.checkout(), at.receipt(), at.delivery(), at.email(), at.buy(), at.renew()].map(
              (scope) => `${scope},CSAT,${month},3,,`,
            ),
          )
          .slice(0, count),
      );
    const post = (text: string) => async () => {
      const response = await send(postReadings, "readings", text);
      if (response.status !== 200) throw new Error(await response.text());
    };
    const few = await countQueries(getDb(), post(sheetOf(3)));
    expect(await countQueries(getDb(), post(sheetOf(600)))).toBe(few);
  });
});

describe("the Settings page's readings import", () => {
  it("previews without writing, then applies the same sheet; problems come back as rows", async () => {
    const text = csv(READINGS, `${at.checkout()},CSAT,2026-11,4,,`, `${at.buy()},NPS,2026-11,20,,`);
    const before = await f.countRows();
    const preview = await previewReadings({ workspaceId: ws.workspace.id, csv: text });
    expect(preview).toEqual({
      ok: true,
      data: { ok: true, created: 2, replaced: 0, unchanged: 0, dryRun: true },
    });
    expect(await f.countRows()).toEqual(before);
    const applied = await applyReadings({ workspaceId: ws.workspace.id, csv: text });
    expect(applied).toEqual({
      ok: true,
      data: { ok: true, created: 2, replaced: 0, unchanged: 0, dryRun: false },
    });
    expect((await f.countRows()).readings).toBe((before.readings ?? 0) + 2);

    const bad = await previewReadings({
      workspaceId: ws.workspace.id,
      csv: csv(READINGS, `${at.checkout()},CSAT,2026-11,40,,`),
    });
    expect(bad).toMatchObject({
      ok: true,
      data: { ok: false, errorCount: 1, errors: [{ row: 2, column: "value" }] },
    });
    signInAs(ws.salesHead);
    const refused = await applyReadings({ workspaceId: ws.workspace.id, csv: text });
    expect(refused).toMatchObject({ ok: true, data: { ok: false, errorCount: 2 } });
    signInAs(ws.viewer);
    expect(await previewReadings({ workspaceId: ws.workspace.id, csv: text })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
  });
});
