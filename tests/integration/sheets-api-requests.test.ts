// What every /api/v1 request must look like before any work is done: a well-formed workspace slug (a NUL byte
// once reached PostgreSQL and answered 500), a CSV body for import (415 otherwise), and for session callers an
// import from the app's own origin, so a page on a sibling subdomain cannot post a sheet with the cookie.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { GET as getCoverage } from "../../app/api/v1/coverage/route";
import { GET as getExport } from "../../app/api/v1/export/route";
import { POST as postImport } from "../../app/api/v1/import/route";
import { defineRoute } from "../../lib/api/route";
import { createApiToken } from "../../lib/api-tokens/actions";
import { registerTestDb } from "../setup/test-db";
import { signInAs, signOut } from "./auth";
import * as f from "./factories";

registerTestDb();

let workspace: { id: string; slug: string };
let lead: { id: string; email: string; name: string };
let token: string;

beforeAll(async () => {
  workspace = await f.createWorkspace();
  lead = (await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" })).user;
  signInAs(lead);
  const created = await createApiToken({ workspaceId: workspace.id, name: "CI" });
  signOut();
  if (!created.ok) throw new Error(created.formError);
  token = created.data.token;
});

const CSV = "journey,stage,touchpoint,channel,Sales\nBuy,Pay,Card,web,A\n";
const url = (path: string, query: string) => `http://localhost/api/v1/${path}?${query}`;
const post = (headers: Record<string, string>, body: BodyInit = CSV, query = `workspace=${workspace.slug}`) =>
  postImport(new Request(url("import", query), { method: "POST", headers, body }));
const bearer = { authorization: "" };
beforeAll(() => {
  bearer.authorization = `Bearer ${token}`;
});

/** Calls `send` and checks its status and error code, and that nothing was written. */
async function expectAnswer(send: () => Promise<Response>, status: number, code?: string) {
  const before = await f.countRows();
  const response = await send();
  expect(response.status).toBe(status);
  if (code) {
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
    expect(await f.countRows()).toEqual(before);
  }
  return response;
}

describe("the workspace parameter", () => {
  const MALFORMED = [
    "demo%00",
    "%00",
    "de%20mo",
    "Demo",
    "demo--x",
    "-demo",
    "x",
    "a".repeat(49),
    "..%2Fdemo",
  ];

  it.each(MALFORMED)("workspace=%s is 400 on every route, as JSON", async (slug) => {
    const query = `workspace=${slug}`;
    await expectAnswer(
      () => getCoverage(new Request(url("coverage", query), { headers: bearer })),
      400,
      "invalid",
    );
    await expectAnswer(
      () => getExport(new Request(url("export", query), { headers: bearer })),
      400,
      "invalid",
    );
    await expectAnswer(() => post({ ...bearer, "content-type": "text/csv" }, CSV, query), 400, "invalid");
    signInAs(lead);
    await expectAnswer(() => getCoverage(new Request(url("coverage", query))), 400, "invalid");
    signOut();
  });

  it("is checked by defineRoute for a route whose own schema forgot the shared one", async () => {
    const loose = defineRoute({
      query: z.strictObject({ workspace: z.string() }),
      permission: "workspace.read",
      run: async () => ({ status: 200, body: {} }),
    });
    await expectAnswer(
      () => loose(new Request(url("any", "workspace=demo%00"), { headers: bearer })),
      400,
      "invalid",
    );
    await expectAnswer(
      () => loose(new Request(url("any", `workspace=${workspace.slug}`), { headers: bearer })),
      200,
    );
  });

  it("a well-formed slug of no workspace is still 404", async () => {
    await expectAnswer(
      () => getCoverage(new Request(url("coverage", "workspace=no-such-workspace"), { headers: bearer })),
      404,
      "not_found",
    );
  });
});

describe("POST /api/v1/import: the body's type", () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

  it.each([
    ["a PNG", "image/png", PNG],
    ["JSON", "application/json", JSON.stringify({ journeys: [] })],
    ["plain text", "text/plain", CSV],
    ["a form", "application/x-www-form-urlencoded", CSV],
    ["CSV in Latin-1", "text/csv; charset=iso-8859-1", CSV],
  ])("refuses %s with 415, writing nothing", async (_name, type, body) => {
    await expectAnswer(() => post({ ...bearer, "content-type": type }, body), 415, "unsupported_media_type");
  });

  it("refuses a body without a content type with 415", async () => {
    await expectAnswer(() => post(bearer, new TextEncoder().encode(CSV)), 415, "unsupported_media_type");
  });

  it.each(["text/csv", "text/csv; charset=utf-8", "Text/CSV;charset=UTF-8"])("accepts %s", async (type) => {
    await expectAnswer(() => post({ ...bearer, "content-type": type }), 200);
  });
});

describe("POST /api/v1/import with the session cookie: same origin only", () => {
  const session = (headers: Record<string, string>, type = "text/csv") => {
    signInAs(lead);
    return post({ "content-type": type, ...headers }).finally(signOut);
  };

  it.each([
    ["a sibling subdomain (same-site)", { "sec-fetch-site": "same-site", origin: "http://evil.localhost" }],
    ["another site", { "sec-fetch-site": "cross-site", origin: "https://evil.example" }],
    ["a foreign Origin from an older browser", { origin: "http://evil.localhost" }],
    [
      "a same-origin claim with a foreign Origin",
      { "sec-fetch-site": "same-origin", origin: "https://x.test" },
    ],
    ["neither header (a script holding the cookie)", {}],
    ["an opaque Origin", { origin: "null" }],
  ])("refuses a request from %s with 403, writing nothing", async (_name, headers) => {
    await expectAnswer(() => session(headers), 403, "forbidden");
  });

  it.each([
    ["Sec-Fetch-Site: same-origin", { "sec-fetch-site": "same-origin" }],
    ["both, same origin", { "sec-fetch-site": "same-origin", origin: "http://localhost" }],
    ["a matching Origin without Sec-Fetch-Site", { origin: "http://localhost" }],
    ["the Host a proxy passes on", { host: "app.example", origin: "https://app.example" }],
    ["the host a proxy forwards", { "x-forwarded-host": "app.example", origin: "https://app.example" }],
  ])("accepts %s", async (_name, headers) => {
    await expectAnswer(() => session(headers), 200);
  });

  it("still wants CSV from its own origin (415)", async () => {
    await expectAnswer(
      () => session({ "sec-fetch-site": "same-origin" }, "text/plain"),
      415,
      "unsupported_media_type",
    );
  });

  it("leaves bearer tokens alone: a script has no Origin, and a token is not sent by browsers", async () => {
    const headers = {
      ...bearer,
      "content-type": "text/csv",
      "sec-fetch-site": "cross-site",
      origin: "https://x.test",
    };
    await expectAnswer(() => post(headers), 200);
  });
});
