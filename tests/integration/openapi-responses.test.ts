// Every /api/v1 route, called for real (in process, on a real database) for every status its OpenAPI operation
// documents, with tokens and with the session: each answer's status, media type and body must be in the
// document, checked by an independent validator (./openapi-check.ts), and each request a 200 answered must be
// one the document allows. The cases are in ./openapi-cases.ts; the last test fails until every status a route
// documents has one.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { API_ROUTES, type HttpMethod, OPENAPI_DOCUMENT, OPENAPI_PATH } from "../../lib/api/openapi";
import { createApiToken } from "../../lib/api-tokens/actions";
import { getPrisma } from "../../lib/db/client";
import { registerTestDb } from "../setup/test-db";
import { actingAs } from "./auth";
import { runAsUser } from "./auth-state";
import * as f from "./factories";
import {
  CASES,
  type Case,
  csv,
  json,
  MEASURES,
  NOT_PROVOKED,
  READINGS,
  SHEET,
  TARGETS,
} from "./openapi-cases";
import { type Checker, createChecker, loadApiRoutes, type RouteHandler } from "./openapi-check";

registerTestDb();

type User = { id: string; email: string; name: string };

let checker: Checker;
const handlers = new Map<string, RouteHandler>();
let workspace: { id: string; slug: string };
let other: { id: string; slug: string };
const users = {} as Record<"lead" | "viewer", User>;
const tokens = {} as Record<"lead" | "viewer", string>;
/** Ids a case's query names as `<Name>`. */
const ids: Record<string, string> = {};

async function tokenOf(user: User): Promise<string> {
  const created = await actingAs(user, () => createApiToken({ workspaceId: workspace.id, name: "OpenAPI" }));
  if (!created.ok) throw new Error(created.formError);
  return created.data.token;
}

function split(op: string): { method: HttpMethod; route: string } {
  const [method = "", route = ""] = op.split(" ");
  return { method: method.toLowerCase() as HttpMethod, route };
}

/** The case's query with its placeholders filled in (see Case). */
function queryOf(c: Case): Record<string, string> {
  if (split(c.op).route === OPENAPI_PATH) return {};
  const query: Record<string, string> = { workspace: workspace.slug, ...c.query };
  for (const [key, value] of Object.entries(query)) {
    const name = /^<(.+)>$/.exec(value)?.[1];
    if (name === "other") query[key] = other.slug;
    else if (name === "random") query[key] = randomUUID();
    else if (name) query[key] = ids[name] ?? `<no id named ${name}>`;
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
  for (const [op, body] of [
    ["POST /api/v1/targets", TARGETS],
    ["POST /api/v1/readings", READINGS],
  ] as const) {
    const sent = await call({ op, status: 200, name: "", body: csv(body) });
    expect(sent.status).toBe(200);
  }
  const prisma = await getPrisma();
  const sales = await prisma.department.findFirstOrThrow({
    where: { workspaceId: workspace.id, name: "Sales" },
  });
  ids.Sales = sales.id;
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
