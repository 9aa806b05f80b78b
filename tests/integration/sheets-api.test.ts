// /api/v1/export, /api/v1/import and /api/v1/coverage with a bearer token and with the session.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getCoverage } from "../../app/api/v1/coverage/route";
import { GET as getExport } from "../../app/api/v1/export/route";
import { POST as postImport } from "../../app/api/v1/import/route";
import { createApiToken, revokeApiToken } from "../../lib/api-tokens/actions";
import { getPrisma } from "../../lib/db/client";
import type { MemberRole } from "../../lib/db/generated/enums";
import { SHEET_LIMITS } from "../../lib/sheets/format";
import { registerTestDb } from "../setup/test-db";
import { signInAs, signOut } from "./auth";
import * as f from "./factories";

registerTestDb();

type User = { id: string; email: string; name: string };
let workspace: { id: string; slug: string };
let other: { id: string; slug: string };
const users = new Map<MemberRole, User>();

async function tokenFor(user: User, workspaceId = workspace.id): Promise<string> {
  signInAs(user);
  const created = await createApiToken({ workspaceId, name: "CI" });
  signOut();
  if (!created.ok) throw new Error(created.formError);
  return created.data.token;
}

// Keeps the byte-order mark, which Response.text() would drop.
const textOf = async (response: Response) =>
  new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const url = (path: string, query: Record<string, string>) =>
  `http://localhost/api/v1/${path}?${new URLSearchParams(query)}`;
const importRequest = (opts: { token?: string; query?: Record<string, string>; body: BodyInit }) =>
  new Request(url("import", { workspace: workspace.slug, ...opts.query }), {
    method: "POST",
    // A session caller's import must come from the app's own origin.
    headers: {
      "content-type": "text/csv",
      ...(opts.token ? bearer(opts.token) : { origin: "http://localhost" }),
    },
    body: opts.body,
  });

beforeAll(async () => {
  workspace = await f.createWorkspace();
  other = await f.createWorkspace();
  for (const role of ["CX_LEAD", "VIEWER", "EXECUTIVE"] as const) {
    users.set(role, (await f.addMember({ workspaceId: workspace.id, role })).user);
  }
  await f.addMember({ workspaceId: other.id, role: "CX_LEAD", userId: users.get("CX_LEAD")!.id });
});

const CSV = "journey,stage,touchpoint,channel,Sales,Billing\nBuy,Pay,Card,web,A,R\n";

describe("with a bearer token", () => {
  it("a CX lead's token imports (dry run writes nothing), exports and reads coverage", async () => {
    const token = await tokenFor(users.get("CX_LEAD")!);
    const before = await f.countRows();
    const dry = await postImport(importRequest({ token, query: { dryRun: "1" }, body: CSV }));
    expect(dry.status).toBe(200);
    expect(await dry.json()).toMatchObject({ applied: false, counts: { touchpointsCreated: 1 } });
    expect(await f.countRows()).toEqual(before);

    const applied = await postImport(importRequest({ token, query: { mode: "replace" }, body: CSV }));
    expect(applied.status).toBe(200);
    expect(await applied.json()).toMatchObject({
      applied: true,
      mode: "replace",
      newDepartments: ["Sales", "Billing"],
    });

    const exported = await getExport(
      new Request(url("export", { workspace: workspace.slug }), { headers: bearer(token) }),
    );
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-type")).toMatch(/text\/csv/);
    expect(await textOf(exported)).toBe(`\uFEFF${CSV.replaceAll("\n", "\r\n")}`);

    const json = await getExport(
      new Request(url("export", { workspace: workspace.slug, format: "json" }), { headers: bearer(token) }),
    );
    expect(await json.json()).toMatchObject({
      workspace: { slug: workspace.slug },
      journeys: [
        {
          name: "Buy",
          stages: [
            {
              name: "Pay",
              touchpoints: [{ name: "Card", channel: "web", roles: { Sales: "A", Billing: "R" } }],
            },
          ],
        },
      ],
    });
    const coverage = await getCoverage(
      new Request(url("coverage", { workspace: workspace.slug }), { headers: bearer(token) }),
    );
    expect(coverage.status).toBe(200);

    const prisma = await getPrisma();
    const row = await prisma.apiToken.findFirstOrThrow({
      where: { userId: users.get("CX_LEAD")!.id, workspaceId: workspace.id },
    });
    expect(row.lastUsedAt).not.toBeNull();
    expect(row.tokenHash).not.toContain(token);
  });

  it("a viewer's token reads but may not import", async () => {
    const token = await tokenFor(users.get("VIEWER")!);
    const exported = await getExport(
      new Request(url("export", { workspace: workspace.slug }), { headers: bearer(token) }),
    );
    expect(exported.status).toBe(200);
    const before = await f.countRows();
    const refused = await postImport(importRequest({ token, body: CSV }));
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: "forbidden", message: expect.any(String) } });
    expect(await f.countRows()).toEqual(before);
  });

  it("a revoked token, a mistyped one and a malformed header are 401", async () => {
    const lead = users.get("CX_LEAD")!;
    const token = await tokenFor(lead);
    signInAs(lead);
    const prisma = await getPrisma();
    const { id } = await prisma.apiToken.findFirstOrThrow({
      where: { userId: lead.id },
      orderBy: { createdAt: "desc" },
    });
    expect(await revokeApiToken({ id })).toMatchObject({ ok: true });
    signOut();
    for (const headers of [bearer(token), bearer(`${token}x`), { authorization: `Basic ${token}` }]) {
      const response = await getExport(
        new Request(url("export", { workspace: workspace.slug }), { headers }),
      );
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe("unauthorized");
    }
  });

  it("works only in its own workspace, and stops when its creator leaves", async () => {
    const lead = users.get("CX_LEAD")!;
    const token = await tokenFor(lead, other.id);
    const before = await f.countRows();
    const elsewhere = await postImport(importRequest({ token, body: CSV }));
    expect(elsewhere.status).toBe(404);
    expect(await f.countRows()).toEqual(before);
    const own = await getExport(
      new Request(url("export", { workspace: other.slug }), { headers: bearer(token) }),
    );
    expect(own.status).toBe(200);
    const prisma = await getPrisma();
    await prisma.membership.delete({
      where: { workspaceId_userId: { workspaceId: other.id, userId: lead.id } },
    });
    const gone = await getExport(
      new Request(url("export", { workspace: other.slug }), { headers: bearer(token) }),
    );
    expect(gone.status).toBe(401);
    await f.addMember({ workspaceId: other.id, role: "CX_LEAD", userId: lead.id });
  });
});

describe("with the session", () => {
  it("exports one journey and imports as a CX lead; signed out is 401", async () => {
    signInAs(users.get("CX_LEAD")!);
    const response = await postImport(
      importRequest({
        query: { mode: "merge" },
        body: "journey,stage,touchpoint,channel,Sales\nRenew,Ask,Mail,post,A\n",
      }),
    );
    expect(response.status).toBe(200);
    const prisma = await getPrisma();
    const renew = await prisma.journey.findFirstOrThrow({
      where: { workspaceId: workspace.id, name: "Renew" },
    });
    const exported = await getExport(
      new Request(url("export", { workspace: workspace.slug, journey: renew.id })),
    );
    expect(await textOf(exported)).toBe(
      "\uFEFFjourney,stage,touchpoint,channel,Sales,Billing\r\nRenew,Ask,Mail,post,A,\r\n",
    );
    const unknownJourney = await getExport(
      new Request(url("export", { workspace: workspace.slug, journey: other.id })),
    );
    expect(unknownJourney.status).toBe(404);
    const badQuery = await getExport(
      new Request(url("export", { workspace: workspace.slug, format: "xlsx" })),
    );
    expect(badQuery.status).toBe(400);
    signOut();
    expect((await getExport(new Request(url("export", { workspace: workspace.slug })))).status).toBe(401);
  });
});

describe("hostile sheets", () => {
  let token: string;
  beforeAll(async () => {
    token = await tokenFor(users.get("CX_LEAD")!);
  });

  async function expectRefused(body: BodyInit, status: number) {
    const before = await f.countRows();
    const response = await postImport(importRequest({ token, query: { mode: "replace" }, body }));
    const json = await response.json();
    expect(response.status).toBe(status);
    expect(json.error.code).toBe(status === 413 ? "too_large" : "unprocessable");
    expect(await f.countRows()).toEqual(before);
    return json;
  }

  it("refuses problems with 422, every one with its row and column, writing nothing", async () => {
    const json = await expectRefused(
      "journey,stage,touchpoint,channel,Sales\nBuy,Pay,Card,web,A\nBuy,Pay,Cash,fax,Q\n",
      422,
    );
    expect(json.errors).toEqual([
      { row: 3, column: "Sales", message: expect.any(String) },
      { row: 3, column: "channel", message: expect.any(String) },
    ]);
    expect(json.errorCount).toBe(2);
  });

  it("refuses binary, 100,000 rows, enormous cells and bodies over the limit", async () => {
    await expectRefused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), 422);
    const rows = Array.from({ length: 100_000 }, (_, i) => `J,S,${i},web`).join("\n");
    await expectRefused(`journey,stage,touchpoint,channel\n${rows}`, 422);
    await expectRefused(`journey,stage,touchpoint,channel\nJ,S,${"x".repeat(500_000)},web`, 422);
    await expectRefused(`journey,stage,touchpoint,channel\n${"x".repeat(SHEET_LIMITS.bytes + 1)}`, 413);
  });

  it("imports formula cells as text and neutralises them on export", async () => {
    const formula = '=HYPERLINK("http://evil.example","click")';
    const body = `journey,stage,touchpoint,channel,Sales\nBuy,Pay,"${formula.replaceAll('"', '""')}",web,A\n`;
    // Replacing the earlier tests' map removes all of it: confirmed, as an API caller must.
    const query = { mode: "replace", allowMassRemoval: "1" };
    const response = await postImport(importRequest({ token, query, body }));
    expect(response.status).toBe(200);
    const prisma = await getPrisma();
    expect(await prisma.touchpoint.count({ where: { workspaceId: workspace.id, name: formula } })).toBe(1);
    const exported = await (
      await getExport(new Request(url("export", { workspace: workspace.slug }), { headers: bearer(token) }))
    ).text();
    expect(exported).toContain(`"'${formula.replaceAll('"', '""')}"`);
    expect(exported.split("\r\n").some((line) => line.split(",").some((cell) => /^[=+\-@]/.test(cell)))).toBe(
      false,
    );
  });
});
