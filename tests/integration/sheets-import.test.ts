import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getPrisma } from "../../lib/db/client";
import { setAssignment } from "../../lib/matrix/actions";
import { applySheet, previewSheet } from "../../lib/sheets/actions";
import { importSheet } from "../../lib/sheets/api";
import { buildExportCsv } from "../../lib/sheets/export";
import { getCurrentMap } from "../../lib/sheets/queries";
import { countQueries } from "../bench/measure";
import { registerTestDb } from "../setup/test-db";
import { signInAsLeadOfNewWorkspaces } from "./auth";
import * as f from "./factories";
import { insertSheetWorkspace, sheetWorkspaceArb } from "./sheet-workspace-arb";

const getDb = registerTestDb();
signInAsLeadOfNewWorkspaces();

const HEADER = "journey,stage,touchpoint,channel,Sales,Billing";

async function importCsv(workspaceId: string, csv: string, mode: "merge" | "replace") {
  const preview = await previewSheet({ workspaceId, mode, csv });
  if (!preview.ok || !preview.data.ok) throw new Error(`preview failed: ${JSON.stringify(preview)}`);
  const applied = await applySheet({ workspaceId, mode, csv, fingerprint: preview.data.fingerprint });
  if (!applied.ok || !applied.data.ok) throw new Error(`apply failed: ${JSON.stringify(applied)}`);
  return applied.data;
}

/** The map as names, in journey order: what a sheet can express. */
async function describeMap(workspaceId: string) {
  const map = await getCurrentMap(workspaceId);
  return buildExportCsv(map);
}

describe("importing a sheet", () => {
  it("previews without writing, then builds the map in one audited transaction", async () => {
    const workspace = await f.createWorkspace();
    const csv = `${HEADER}\nBuy,Discover,Ad,web,A,\nBuy,Discover,Blog,web,A,a\nBuy,Pay,Invoice,email,C,R\n`;
    const before = await f.countRows();
    const preview = await previewSheet({ workspaceId: workspace.id, mode: "merge", csv });
    expect(await f.countRows()).toEqual(before);
    expect(preview).toMatchObject({
      ok: true,
      data: {
        ok: true,
        applied: false,
        summary: {
          counts: {
            departmentsCreated: 2,
            journeysCreated: 1,
            stagesCreated: 2,
            touchpointsCreated: 3,
            rolesSet: 5,
            contested: 1,
          },
          newDepartments: ["Sales", "Billing"],
          contested: [{ journey: "Buy", stage: "Discover", touchpoint: "Blog" }],
        },
      },
    });
    const result = await importCsv(workspace.id, csv, "merge");
    expect(result.applied).toBe(true);
    const after = await f.countRows();
    expect(after.auditEvents).toBe((before.auditEvents ?? 0) + 1);
    expect(after.touchpoints).toBe((before.touchpoints ?? 0) + 3);
    expect(await describeMap(workspace.id)).toBe(
      `\uFEFF${csv.replaceAll("\n", "\r\n").replace(",A,a", ",A,A")}`,
    );
    expect(await f.getTodaysCoverage(workspace.id)).toMatchObject({
      touchpoints: 3,
      owned: 1,
      contested: 1,
      unowned: 1,
      isMarkedToday: true,
    });
  });

  it("merges: updates what the sheet names, keeps the rest, bumps only changed touchpoints", async () => {
    const workspace = await f.createWorkspace();
    await importCsv(
      workspace.id,
      `${HEADER}\nBuy,Pay,Card,web,A,\nBuy,Pay,Cash,web,,R\nRenew,Ask,Mail,post,,A\n`,
      "merge",
    );
    const prisma = await getPrisma();
    const versions = async () =>
      Object.fromEntries(
        (await prisma.touchpoint.findMany({ where: { workspaceId: workspace.id } })).map((t) => [
          t.name,
          t.version,
        ]),
      );
    const v0 = await versions();
    const result = await importCsv(
      workspace.id,
      "journey,stage,touchpoint,channel,Billing,Legal\nBuy,Pay,Card,chat,A,\nBuy,Pay,New,web,,I\n",
      "merge",
    );
    expect(result.summary.counts).toMatchObject({
      departmentsCreated: 1,
      touchpointsCreated: 1,
      touchpointsChanged: 1,
      rolesSet: 2,
    });
    expect(await versions()).toEqual({ ...v0, Card: (v0.Card ?? 0) + 1, New: 0 });
    expect(await describeMap(workspace.id)).toBe(
      `\uFEFF${[
        "journey,stage,touchpoint,channel,Sales,Billing,Legal",
        "Buy,Pay,Card,chat,A,A,",
        "Buy,Pay,Cash,web,,R,",
        "Buy,Pay,New,web,,,I",
        "Renew,Ask,Mail,post,,A,",
      ].join("\r\n")}\r\n`,
    );
  });

  it("replaces: removes what the sheet does not name and clears unnamed departments, keeping them", async () => {
    const workspace = await f.createWorkspace();
    await importCsv(
      workspace.id,
      `${HEADER}\nBuy,Pay,Card,web,A,R\nBuy,Pay,Cash,web,,R\nBuy,Ship,Box,post,,\nRenew,Ask,Mail,post,,A\n`,
      "replace",
    );
    const result = await importCsv(
      workspace.id,
      "journey,stage,touchpoint,channel,Billing\nBuy,Pay,Card,web,A\n",
      "replace",
    );
    expect(result.summary.counts).toMatchObject({
      journeysRemoved: 1,
      stagesRemoved: 2,
      touchpointsRemoved: 3,
    });
    expect(result.summary.clearedDepartments).toEqual(["Sales"]);
    expect(await describeMap(workspace.id)).toBe(
      "\uFEFFjourney,stage,touchpoint,channel,Sales,Billing\r\nBuy,Pay,Card,web,,A\r\n",
    );
  });

  it("refuses to apply a preview of a map that changed since, writing nothing", async () => {
    const workspace = await f.createWorkspace();
    const csv = `${HEADER}\nBuy,Pay,Card,web,A,\n`;
    const preview = await previewSheet({ workspaceId: workspace.id, mode: "merge", csv });
    if (!preview.ok || !preview.data.ok) throw new Error("preview failed");
    await f.createDepartment({ workspaceId: workspace.id, name: "Ops" });
    const before = await f.countRows();
    const applied = await applySheet({
      workspaceId: workspace.id,
      mode: "merge",
      csv,
      fingerprint: preview.data.fingerprint,
    });
    expect(applied).toMatchObject({ ok: false, code: "conflict" });
    expect(await f.countRows()).toEqual(before);
  });

  it("writes nothing when the sheet has problems", async () => {
    const workspace = await f.createWorkspace();
    const csv = `${HEADER}\nBuy,Pay,Card,web,A,\nBuy,Pay,Cash,fax,,Z\n`;
    const before = await f.countRows();
    const preview = await previewSheet({ workspaceId: workspace.id, mode: "merge", csv });
    expect(preview).toMatchObject({
      ok: true,
      data: {
        ok: false,
        errorCount: 2,
        errors: [
          { row: 3, column: "Billing" },
          { row: 3, column: "channel" },
        ],
      },
    });
    expect(await f.countRows()).toEqual(before);
  });

  // Many generated workspaces in one test: room on a busy two-core machine (a guard, not a time budget).
  it("export → import(replace) into an empty workspace gives back exactly the same map", async () => {
    await fc.assert(
      fc.asyncProperty(sheetWorkspaceArb, async (spec) => {
        const source = await insertSheetWorkspace(spec);
        const csv = await describeMap(source.id);
        const target = await f.createWorkspace();
        await importCsv(target.id, csv, "replace");
        expect(await describeMap(target.id)).toBe(csv);
        const [a, b] = await Promise.all([getCurrentMap(source.id), getCurrentMap(target.id)]);
        const shape = (map: typeof a) => ({
          departments: map.departments.map((d) => [d.name, d.position]).sort(),
          journeys: map.journeys.map((j) => [j.name, j.position]).sort(),
          stages: map.stages.length,
          touchpoints: map.touchpoints.map((t) => [t.name, t.channel, t.position]).sort(),
          assignments: map.assignments.length,
        });
        expect(shape(b)).toEqual(shape(a));
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});

describe("importing at scale and alongside other writers", () => {
  const sheetOf = (touchpoints: number) =>
    [
      "journey,stage,touchpoint,channel,Sales,Billing,Ops",
      ...Array.from(
        { length: touchpoints },
        (_, i) => `J${i % 3},S${i % 7},T${i},web,A,${i % 2 ? "R" : ""},C`,
      ),
    ].join("\n");

  it("applies a sheet in the same number of queries whatever its size", async () => {
    const count = async (touchpoints: number) => {
      const workspace = await f.createWorkspace();
      await importCsv(workspace.id, sheetOf(5), "replace");
      const csv = sheetOf(touchpoints);
      const preview = await previewSheet({ workspaceId: workspace.id, mode: "replace", csv });
      if (!preview.ok || !preview.data.ok) throw new Error("preview failed");
      const fingerprint = preview.data.fingerprint;
      return countQueries(getDb(), () =>
        applySheet({ workspaceId: workspace.id, mode: "replace", csv, fingerprint }),
      );
    };
    const [small, large] = [await count(6), await count(400)];
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(30);
  });

  it("serialises concurrent imports and cell edits: each one whole, no errors, snapshot exact", async () => {
    const lead = await f.createUser();
    const workspace = await f.createWorkspace();
    const prisma = await getPrisma();
    await prisma.membership.create({ data: { workspaceId: workspace.id, userId: lead.id, role: "CX_LEAD" } });
    await importCsv(workspace.id, sheetOf(20), "replace");
    const touchpoint = await prisma.touchpoint.findFirstOrThrow({
      where: { workspaceId: workspace.id, name: "T3" },
    });
    const ops = await prisma.department.findFirstOrThrow({
      where: { workspaceId: workspace.id, name: "Ops" },
    });
    const [a, b] = [sheetOf(30), sheetOf(12).replaceAll(",A,", ",R,")];
    const api = (csv: string) =>
      importSheet(
        // Either import may remove most of the other's touchpoints: confirmed, as an API caller must.
        new Request(
          `http://localhost/api/v1/import?workspace=${workspace.slug}&mode=replace&allowMassRemoval=1`,
          {
            method: "POST",
            headers: { "content-type": "text/csv", origin: "http://localhost" },
            body: csv,
          },
        ),
      );
    const results = await Promise.all([
      api(a),
      setAssignment({
        touchpointId: touchpoint.id,
        departmentId: ops.id,
        role: "A",
        expectedVersion: touchpoint.version,
      }),
      api(b),
    ]);
    expect(results[0].status).toBe(200);
    expect(results[2].status).toBe(200);
    expect(results[1]).toMatchObject({ ok: expect.any(Boolean) });
    if (!results[1].ok) expect(results[1]).toMatchObject({ code: "conflict" });
    const final = await describeMap(workspace.id);
    const exported = (csv: string) => buildExportCsvFromSheet(csv);
    // Whichever import ran last decides the map; a cell edit that won its race may sit on top of it.
    const candidates = [exported(a), exported(b)];
    const withoutEdit = final.replace(/^(J0,S3,T3,web,\w?,\w?,)A\r$/m, "$1C\r");
    expect(candidates).toContain(withoutEdit);
    const coverage = await f.getTodaysCoverage(workspace.id);
    expect(coverage.isMarkedToday).toBe(true);
    expect(coverage.touchpoints).toBe(
      await prisma.touchpoint.count({ where: { workspaceId: workspace.id } }),
    );
  });
});

/** What export writes for a sheet made by sheetOf: rows grouped by journey, then stage, in first-appearance order. */
function buildExportCsvFromSheet(csv: string): string {
  const [header, ...rows] = csv.split("\n");
  const order = new Map<string, string[]>();
  for (const row of rows) {
    const [journey = "", stage = ""] = row.split(",");
    const key = `${journey}\u0000${stage}`;
    order.set(key, [...(order.get(key) ?? []), row]);
  }
  const journeys = [...new Set(rows.map((r) => r.split(",")[0]))];
  const lines = journeys.flatMap((j) =>
    [...order.entries()].filter(([k]) => k.startsWith(`${j}\u0000`)).flatMap(([, r]) => r),
  );
  return `\uFEFF${[header, ...lines].join("\r\n")}\r\n`;
}
