// Backup and restore must always round-trip: whatever an import leaves, the workspace's own export imports back
// into it. A workspace once reached 247 departments through imports of up to 200 each, and its export was then
// refused ("limit is 200"); a sheet just under 2 MB with LF line ends exported as more than 2 MB (CRLF, BOM).
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getExport } from "../../app/api/v1/export/route";
import { POST as postImport } from "../../app/api/v1/import/route";
import { createApiToken } from "../../lib/api-tokens/actions";
import { previewSheet } from "../../lib/sheets/actions";
import { SHEET_LIMITS } from "../../lib/sheets/format";
import { registerTestDb } from "../setup/test-db";
import { signInAs, signOut } from "./auth";
import * as f from "./factories";

registerTestDb();

type Workspace = { id: string; slug: string; token: string };
let lead: { id: string; email: string; name: string };

async function createWorkspace(): Promise<Workspace> {
  const workspace = await f.createWorkspace();
  if (!lead) lead = (await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" })).user;
  else await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD", userId: lead.id });
  signInAs(lead);
  const created = await createApiToken({ workspaceId: workspace.id, name: "Backup" });
  signOut();
  if (!created.ok) throw new Error(created.formError);
  return { ...workspace, token: created.data.token };
}

const encoder = new TextEncoder();
const bytesOf = (text: string) => encoder.encode(text).byteLength;

async function importSheet(
  workspace: Workspace,
  body: string | Uint8Array<ArrayBuffer>,
  mode: "merge" | "replace",
) {
  const response = await postImport(
    new Request(`http://localhost/api/v1/import?workspace=${workspace.slug}&mode=${mode}`, {
      method: "POST",
      headers: { authorization: `Bearer ${workspace.token}`, "content-type": "text/csv" },
      body,
    }),
  );
  return { status: response.status, body: await response.json() };
}

async function exportSheet(workspace: Workspace): Promise<Uint8Array<ArrayBuffer>> {
  const response = await getExport(
    new Request(`http://localhost/api/v1/export?workspace=${workspace.slug}`, {
      headers: { authorization: `Bearer ${workspace.token}` },
    }),
  );
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}

/** Imports `body` and expects a 422 naming `message`, with nothing written. */
async function expectRefused(workspace: Workspace, body: string, message: RegExp) {
  const before = await f.countRows();
  const refused = await importSheet(workspace, body, "merge");
  expect(refused.status).toBe(422);
  expect(refused.body.errors[0]).toMatchObject({
    row: 1,
    column: null,
    message: expect.stringMatching(message),
  });
  expect(await f.countRows()).toEqual(before);
}

/** Export → import(replace) into the same workspace and into an empty one: nothing changes, nothing is lost. */
async function expectRoundTrip(workspace: Workspace) {
  const exported = await exportSheet(workspace);
  expect(exported.byteLength).toBeLessThanOrEqual(SHEET_LIMITS.bytes);
  const back = await importSheet(workspace, exported, "replace");
  expect(back.status).toBe(200);
  for (const [count, value] of Object.entries(back.body.counts)) expect([count, value]).toEqual([count, 0]);
  const fresh = await createWorkspace();
  expect((await importSheet(fresh, exported, "replace")).status).toBe(200);
  expect(await exportSheet(fresh)).toEqual(exported);
  return exported;
}

const departments = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `Dept ${String(from + i).padStart(3, "0")}`);
const sheetNaming = (names: string[], touchpoint: string) =>
  `journey,stage,touchpoint,channel,${names.join(",")}\nBuy,Pay,${touchpoint},web,A${",".repeat(names.length - 1)}\n`;

describe("the department limit", () => {
  let workspace: Workspace;
  beforeAll(async () => {
    workspace = await createWorkspace();
  });

  it("lets imports fill a workspace to 200 departments, and no further", async () => {
    expect((await importSheet(workspace, sheetNaming(departments(1, 150), "Card"), "merge")).status).toBe(
      200,
    );
    expect((await importSheet(workspace, sheetNaming(departments(151, 200), "Cash"), "merge")).status).toBe(
      200,
    );
    await expectRefused(
      workspace,
      sheetNaming(departments(190, 247), "Cheque"),
      /247 departments.*at most 200/,
    );
    // The settings page's preview says the same.
    signInAs(lead);
    const preview = await previewSheet({
      workspaceId: workspace.id,
      mode: "merge",
      csv: sheetNaming(departments(201, 201), "Coupon"),
    });
    signOut();
    expect(preview).toMatchObject({ ok: true, data: { ok: false, errors: [{ row: 1, column: null }] } });
  });

  it("exports a workspace at the limit as a sheet that imports back into it, and into an empty one", async () => {
    const exported = new TextDecoder().decode(await expectRoundTrip(workspace));
    expect(exported.split("\r\n")[0]?.split(",")).toHaveLength(4 + SHEET_LIMITS.departments);
  });
});

describe("the size limit", () => {
  // 120 three-byte characters make each name as large as a name may be: few rows reach 2 MB.
  const wide = (tag: string) => `${tag}${"漢".repeat(120 - tag.length)}`;
  const HEADER = "journey,stage,touchpoint,channel,Ops";
  const row = (i: number) => `${wide("J")},${wide(`S${Math.floor(i / 100)}`)},${wide(`T${i}`)},web,A`;
  /** The sheet as export writes it (BOM, CRLF) with as many rows as fit in `bytes`. */
  function exportShaped(bytes: number): { csv: string; rows: number } {
    const lines = [HEADER];
    let size = 3 + bytesOf(`${HEADER}\r\n`);
    for (let i = 0; ; i++) {
      const line = row(i);
      if (size + bytesOf(`${line}\r\n`) > bytes) return { csv: `\uFEFF${lines.join("\r\n")}\r\n`, rows: i };
      lines.push(line);
      size += bytesOf(`${line}\r\n`);
    }
  }

  it("refuses a sheet that fits in 2 MB but whose export would not", async () => {
    // LF line ends and no BOM: the export adds a CR to every row.
    const { csv } = exportShaped(SHEET_LIMITS.bytes + 1000);
    const lf = csv.replace("\uFEFF", "").replaceAll("\r\n", "\n");
    expect(bytesOf(lf)).toBeLessThanOrEqual(SHEET_LIMITS.bytes);
    await expectRefused(await createWorkspace(), lf, /export would be .* MB.*2 MB/);
  });

  it("exports a workspace at the limit as a sheet that imports back, and refuses one row more", async () => {
    const workspace = await createWorkspace();
    const { csv, rows } = exportShaped(SHEET_LIMITS.bytes);
    expect(bytesOf(csv)).toBeGreaterThan(SHEET_LIMITS.bytes - 1100);
    expect((await importSheet(workspace, csv, "replace")).status).toBe(200);
    expect(new TextDecoder().decode(await expectRoundTrip(workspace))).toBe(csv.replace("\uFEFF", ""));
    await expectRefused(workspace, `${HEADER}\n${row(rows)}\n`, /export would be .* MB.*2 MB/);
    // Three imports of 2 MB into a real database: minutes on a busy machine, seconds on a quiet one.
  }, 180_000);
});
