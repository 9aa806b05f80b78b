// Every /api/v1 route, called for real (in process, on a real database) for every status its OpenAPI operation
// documents, with tokens and with the session: each answer's status, media type and body must be in the
// document, checked by an independent validator (./openapi-check.ts), and each request a 200 answered must be
// one the document allows. A new route adds its cases to CASES; the last test fails until every status it
// documents has one.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { API_ROUTES, type HttpMethod, OPENAPI_DOCUMENT, OPENAPI_PATH } from "../../lib/api/openapi";
import { createApiToken } from "../../lib/api-tokens/actions";
import { getPrisma } from "../../lib/db/client";
import { MEASURE_IMPORT_LIMITS } from "../../lib/outcomes/schemas";
import { SHEET_LIMITS } from "../../lib/sheets/format";
import { registerTestDb } from "../setup/test-db";
import { actingAs } from "./auth";
import { runAsUser } from "./auth-state";
import * as f from "./factories";
import { type Checker, createChecker, loadApiRoutes, type RouteHandler } from "./openapi-check";

registerTestDb();

type User = { id: string; email: string; name: string };
/** Who calls: a token or the session of the workspace's CX lead or viewer, nobody, or a token that is no token. */
type Caller = "leadToken" | "viewerToken" | "leadSession" | "viewerSession" | "nobody" | "badToken";
type Case = {
  /** `GET /api/v1/coverage`: the operation, as the document names it. */
  op: string;
  status: number;
  name: string;
  as?: Caller;
  /** The query besides `workspace`, which is the test workspace's slug unless given. */
  query?: Record<string, string>;
  body?: { type: string; text: string };
  /** A session POST is sent from the app's own pages (Origin) unless this says otherwise. */
  isCrossSite?: boolean;
  /** A request whose headers cannot be read: the route's unexpected-failure path (500). */
  isBroken?: boolean;
  /** Lists in the answer that must hold something, so the schema of their items is put to the test. */
  fills?: string[];
};

/** Documented statuses that no in-process request can cause on purpose, and why. */
const NOT_PROVOKED: Record<string, string> = {
  "POST /api/v1/measures 409":
    "two requests creating the same measure at once: a race, which the embedded database serializes",
};

const SHEET = [
  "journey,stage,touchpoint,channel,Sales,Billing,Support",
  "Buy,Compare,Site,web,A,,I",
  "Buy,Compare,Chat,chat,R,A,",
  "Buy,Pay,Card,web,,A,R",
  "Buy,Pay,Invoice,email,A,A,",
  "Buy,Pay,Phone order,phone,,,",
  "Help,Ask,Bot,ai-agent,,C,A",
  "Help,Later,,,,,",
  "Renew,,,,,,",
].join("\n");
const csv = (text: string) => ({ type: "text/csv", text });
const json = (value: unknown) => ({ type: "application/json", text: JSON.stringify(value) });
const MEASURES = [
  { name: "CSAT", kind: "score", min: 1, max: 5, direction: "higher", unit: "points" },
  { name: "Complaints", kind: "count", direction: "lower" },
];
const otherWorkspace = { workspace: "" };

const CASES: Case[] = [
  // GET /api/v1/coverage
  {
    op: "GET /api/v1/coverage",
    status: 200,
    name: "the whole workspace, with a token",
    fills: ["journeys", "flaggedStages", "unowned", "contested", "departments", "handoffs", "history"],
  },
  {
    op: "GET /api/v1/coverage",
    status: 200,
    name: "filtered by department, sorted by claims, with the session",
    as: "viewerSession",
    query: { sort: "claims", limit: "all", department: "<Sales>" },
    fills: ["unowned", "contested", "handoffs"],
  },
  { op: "GET /api/v1/coverage", status: 400, name: "an unknown parameter", query: { colour: "red" } },
  { op: "GET /api/v1/coverage", status: 401, name: "nobody signed in", as: "nobody" },
  { op: "GET /api/v1/coverage", status: 401, name: "a token that is no token", as: "badToken" },
  { op: "GET /api/v1/coverage", status: 404, name: "another workspace", query: otherWorkspace },
  { op: "GET /api/v1/coverage", status: 404, name: "a journey not in it", query: { journey: "<random>" } },
  { op: "GET /api/v1/coverage", status: 500, name: "an unexpected failure", isBroken: true },
  // GET /api/v1/export
  { op: "GET /api/v1/export", status: 200, name: "CSV, with a token" },
  {
    op: "GET /api/v1/export",
    status: 200,
    name: "JSON, with the session",
    as: "viewerSession",
    query: { format: "json" },
    fills: ["departments", "journeys"],
  },
  { op: "GET /api/v1/export", status: 400, name: "an unknown format", query: { format: "xml" } },
  { op: "GET /api/v1/export", status: 401, name: "nobody signed in", as: "nobody" },
  { op: "GET /api/v1/export", status: 404, name: "a journey not in it", query: { journey: "<random>" } },
  { op: "GET /api/v1/export", status: 500, name: "an unexpected failure", isBroken: true },
  // POST /api/v1/import
  { op: "POST /api/v1/import", status: 200, name: "a merge, with a token", body: csv(SHEET) },
  {
    op: "POST /api/v1/import",
    status: 200,
    name: "a dry run of a replace, with the session",
    as: "leadSession",
    query: { mode: "replace", dryRun: "1" },
    body: csv(
      "journey,stage,touchpoint,channel,Sales,Billing\nBuy,Compare,Site,web,A,\nBuy,Pay,Invoice,email,A,A\n",
    ),
    fills: ["clearedDepartments", "contested", "changed", "removed"],
  },
  {
    op: "POST /api/v1/import",
    status: 400,
    name: "an unknown mode",
    query: { mode: "upsert" },
    body: csv(SHEET),
  },
  { op: "POST /api/v1/import", status: 401, name: "nobody signed in", as: "nobody", body: csv(SHEET) },
  { op: "POST /api/v1/import", status: 403, name: "a viewer's token", as: "viewerToken", body: csv(SHEET) },
  {
    op: "POST /api/v1/import",
    status: 403,
    name: "the session from another site",
    as: "leadSession",
    isCrossSite: true,
    body: csv(SHEET),
  },
  {
    op: "POST /api/v1/import",
    status: 404,
    name: "another workspace",
    query: otherWorkspace,
    body: csv(SHEET),
  },
  {
    op: "POST /api/v1/import",
    status: 409,
    name: "a replace removing the whole map, unconfirmed",
    query: { mode: "replace" },
    body: csv("journey,stage,touchpoint,channel\n"),
  },
  {
    op: "POST /api/v1/import",
    status: 413,
    name: "a sheet over the size limit",
    body: csv(`${SHEET}\n${"x".repeat(SHEET_LIMITS.bytes)}`),
  },
  { op: "POST /api/v1/import", status: 415, name: "JSON for a sheet", body: json({ sheet: SHEET }) },
  {
    op: "POST /api/v1/import",
    status: 422,
    name: "a sheet with problems",
    body: csv("journey,stage,touchpoint,channel,Sales\nBuy,Pay,Card,fax,Z\n"),
  },
  { op: "POST /api/v1/import", status: 500, name: "an unexpected failure", isBroken: true, body: csv(SHEET) },
  // GET /api/v1/measures
  { op: "GET /api/v1/measures", status: 200, name: "with a token", fills: [""] },
  { op: "GET /api/v1/measures", status: 200, name: "with the session", as: "viewerSession" },
  { op: "GET /api/v1/measures", status: 400, name: "a malformed workspace", query: { workspace: "No_Slug" } },
  { op: "GET /api/v1/measures", status: 401, name: "nobody signed in", as: "nobody" },
  { op: "GET /api/v1/measures", status: 404, name: "another workspace", query: otherWorkspace },
  { op: "GET /api/v1/measures", status: 500, name: "an unexpected failure", isBroken: true },
  // POST /api/v1/measures
  { op: "POST /api/v1/measures", status: 200, name: "an upsert, with a token", body: json(MEASURES) },
  {
    op: "POST /api/v1/measures",
    status: 200,
    name: "the same again, with the session",
    as: "leadSession",
    body: json(MEASURES),
  },
  { op: "POST /api/v1/measures", status: 400, name: "a body that is no array", body: json({ measures: [] }) },
  {
    op: "POST /api/v1/measures",
    status: 401,
    name: "a token that is no token",
    as: "badToken",
    body: json([]),
  },
  {
    op: "POST /api/v1/measures",
    status: 403,
    name: "a viewer's token",
    as: "viewerToken",
    body: json(MEASURES),
  },
  {
    op: "POST /api/v1/measures",
    status: 403,
    name: "the session from another site",
    as: "leadSession",
    isCrossSite: true,
    body: json(MEASURES),
  },
  {
    op: "POST /api/v1/measures",
    status: 404,
    name: "another workspace",
    query: otherWorkspace,
    body: json([]),
  },
  {
    op: "POST /api/v1/measures",
    status: 413,
    name: "a body over the size limit",
    body: { type: "application/json", text: `[${" ".repeat(MEASURE_IMPORT_LIMITS.bytes)}]` },
  },
  { op: "POST /api/v1/measures", status: 415, name: "a CSV body", body: csv("name,kind\nCSAT,score\n") },
  {
    op: "POST /api/v1/measures",
    status: 422,
    name: "measures with problems",
    body: json([{ name: "", kind: "stars", direction: "up" }, "CSAT"]),
  },
  { op: "POST /api/v1/measures", status: 500, name: "an unexpected failure", isBroken: true, body: json([]) },
  // GET /api/v1/openapi.json
  { op: `GET ${OPENAPI_PATH}`, status: 200, name: "to anyone", as: "nobody" },
];

let checker: Checker;
const handlers = new Map<string, RouteHandler>();
let workspace: { id: string; slug: string };
let other: { id: string; slug: string };
const users = {} as Record<"lead" | "viewer", User>;
const tokens = {} as Record<"lead" | "viewer", string>;
let salesId: string;

async function tokenOf(user: User): Promise<string> {
  const created = await actingAs(user, () => createApiToken({ workspaceId: workspace.id, name: "OpenAPI" }));
  if (!created.ok) throw new Error(created.formError);
  return created.data.token;
}

function split(op: string): { method: HttpMethod; route: string } {
  const [method = "", route = ""] = op.split(" ");
  return { method: method.toLowerCase() as HttpMethod, route };
}

/** The case's query with its placeholders filled in: the workspace's slug, a department's id, a random id. */
function queryOf(c: Case): Record<string, string> {
  if (split(c.op).route === OPENAPI_PATH) return {};
  const query: Record<string, string> = { workspace: workspace.slug, ...c.query };
  if (c.query === otherWorkspace) query.workspace = other.slug;
  for (const [key, value] of Object.entries(query)) {
    if (value === "<Sales>") query[key] = salesId;
    if (value === "<random>") query[key] = randomUUID();
  }
  return query;
}

function requestOf(c: Case): Request {
  const { method, route } = split(c.op);
  const url = `http://localhost${route}?${new URLSearchParams(queryOf(c))}`;
  const as = c.as ?? "leadToken";
  const headers: Record<string, string> = {};
  if (as === "leadToken" || as === "viewerToken")
    headers.authorization = `Bearer ${tokens[as === "leadToken" ? "lead" : "viewer"]}`;
  if (as === "badToken") headers.authorization = "Bearer not-a-token-at-all";
  if (as.endsWith("Session") && c.body)
    headers.origin = c.isCrossSite ? "https://elsewhere.example" : "http://localhost";
  if (c.body) headers["content-type"] = c.body.type;
  if (c.isBroken)
    return {
      url,
      method: method.toUpperCase(),
      get headers(): Headers {
        throw new Error("This request's headers cannot be read (a test of the unexpected-failure path).");
      },
    } as unknown as Request;
  return new Request(url, { method: method.toUpperCase(), headers, body: c.body?.text });
}

async function call(c: Case): Promise<Response> {
  const handler = handlers.get(c.op);
  if (!handler) throw new Error(`No route file serves ${c.op}.`);
  const as = c.as ?? "leadToken";
  const sessionUser = as === "leadSession" ? users.lead : as === "viewerSession" ? users.viewer : null;
  return runAsUser(sessionUser, async () => handler(requestOf(c)));
}

beforeAll(async () => {
  for (const { path, handlers: byMethod } of await loadApiRoutes())
    for (const [method, handler] of Object.entries(byMethod))
      handlers.set(`${method.toUpperCase()} ${path}`, handler);
  workspace = await f.createWorkspace();
  other = await f.createWorkspace();
  users.lead = (await f.addMember({ workspaceId: workspace.id, role: "CX_LEAD" })).user;
  users.viewer = (await f.addMember({ workspaceId: workspace.id, role: "VIEWER" })).user;
  await f.addMember({ workspaceId: other.id, role: "CX_LEAD", userId: users.lead.id });
  tokens.lead = await tokenOf(users.lead);
  tokens.viewer = await tokenOf(users.viewer);
  // The map through the API itself, so coverage has owners, contests, handoffs and history to describe.
  const built = await call({
    op: "POST /api/v1/import",
    status: 200,
    name: "",
    query: { mode: "replace" },
    body: csv(SHEET),
  });
  expect(built.status).toBe(200);
  const measures = await call({ op: "POST /api/v1/measures", status: 200, name: "", body: json(MEASURES) });
  expect(measures.status).toBe(200);
  const prisma = await getPrisma();
  const sales = await prisma.department.findFirstOrThrow({
    where: { workspaceId: workspace.id, name: "Sales" },
  });
  salesId = sales.id;
  const phone = await prisma.touchpoint.findFirstOrThrow({
    where: { workspaceId: workspace.id, name: "Phone order" },
  });
  await prisma.claim.create({
    data: {
      workspaceId: workspace.id,
      touchpointId: phone.id,
      departmentId: sales.id,
      role: "A",
      reason: "Ours",
    },
  });
  checker = createChecker(OPENAPI_DOCUMENT);
});

describe("the OpenAPI document against the routes", () => {
  it("compiles every schema it gives, strictly, with its references resolved", () => {
    expect(checker.compileAll()).toBeGreaterThan(20);
  });

  it.each(CASES.map((c) => [`${c.op} → ${c.status}: ${c.name}`, c] as const))("%s", async (_label, c) => {
    const { method, route } = split(c.op);
    const errors = c.isBroken ? vi.spyOn(console, "error").mockImplementation(() => undefined) : null;
    const response = await call(c);
    expect(response.status).toBe(c.status);
    const body = await checker.expectDocumentedAnswer({ route, method, response });
    if (errors) expect(errors).toHaveBeenCalledOnce();
    if (c.status === 200) checker.expectDocumentedRequest({ route, method, query: queryOf(c), body: c.body });
    for (const list of c.fills ?? [])
      expect(
        (list ? (body as Record<string, unknown[]>)[list] : (body as unknown[]))?.length,
        list,
      ).toBeGreaterThan(0);
    if (route === OPENAPI_PATH) expect(body).toEqual(JSON.parse(JSON.stringify(OPENAPI_DOCUMENT)));
  });

  it("has a case for every status every operation documents", () => {
    const covered = new Set(CASES.map((c) => `${c.op} ${c.status}`));
    const documented = Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([route, methods]) =>
      Object.entries(methods).flatMap(([method, operation]) =>
        Object.keys(operation.responses).map((status) => `${method.toUpperCase()} ${route} ${status}`),
      ),
    );
    for (const reason of Object.keys(NOT_PROVOKED)) expect(documented).toContain(reason);
    expect(documented.filter((status) => !covered.has(status) && !(status in NOT_PROVOKED))).toEqual([]);
    expect(Object.keys(API_ROUTES).length + 1).toBe(Object.keys(OPENAPI_DOCUMENT.paths).length);
  });
});
