// The requests tests/integration/openapi-responses.test.ts sends: for each /api/v1 operation, at least one per
// status its OpenAPI operation documents. A new route adds its cases here (and what they need to the test's
// fixture); that test fails until every status the route documents has a case.
import { API_ROUTES, OPENAPI_PATH } from "../../lib/api/openapi";
import { MEASURE_IMPORT_LIMITS } from "../../lib/outcomes/schemas";
import { OUTCOME_SHEET_LIMITS } from "../../lib/outcomes/sheet-schemas";
import { SHEET_LIMITS } from "../../lib/sheets/format";

/** Who calls: a token or the session of the workspace's CX lead or viewer, nobody, or a token that is no token. */
export type Caller = "leadToken" | "viewerToken" | "leadSession" | "viewerSession" | "nobody" | "badToken";
export type Case = {
  /** `GET /api/v1/coverage`: the operation, as the document names it. */
  op: string;
  status: number;
  name: string;
  as?: Caller;
  /**
   * The query besides `workspace`, which is the test workspace's slug unless given. `<other>` is another
   * workspace's slug (the caller's lead is a member there too), `<random>` an id nothing has, and `<Name>` the id
   * of what the fixture names so (the test's beforeAll: `ids`).
   */
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
export const NOT_PROVOKED: Record<string, string> = {
  "POST /api/v1/measures 409":
    "two requests creating the same measure at once: a race, which the embedded database serializes",
};

export const SHEET = [
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
export const csv = (text: string) => ({ type: "text/csv", text });
export const json = (value: unknown) => ({ type: "application/json", text: JSON.stringify(value) });
/** Targets and readings (beforeAll): Invoice is contested and misses its CSAT target, Card is Billing's. */
export const OUTCOME_MONTH = "2026-01";
export const TARGETS = [
  "journey,stage,touchpoint,measure,target",
  "Buy,,,CSAT,4",
  "Buy,Pay,Card,CSAT,4",
  "Buy,Pay,Invoice,CSAT,4",
].join("\n");
export const READINGS = [
  "journey,stage,touchpoint,measure,month,value,sample_size",
  `Buy,,,CSAT,${OUTCOME_MONTH},4.5,200`,
  `Buy,Pay,Card,CSAT,${OUTCOME_MONTH},4.2,`,
  `Buy,Pay,Invoice,CSAT,${OUTCOME_MONTH},3.1,80`,
].join("\n");
const READING_ITEMS = [
  {
    journey: "Buy",
    stage: null,
    touchpoint: null,
    measure: "CSAT",
    month: "2026-02",
    value: 4,
    sampleSize: null,
    source: null,
  },
];
export const MEASURES = [
  { name: "CSAT", kind: "score", min: 1, max: 5, direction: "higher", unit: "points" },
  { name: "Complaints", kind: "count", direction: "lower" },
];
const otherWorkspace = { workspace: "<other>" };

export const CASES: Case[] = [
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
  // GET /api/v1/measures
  { op: "GET /api/v1/measures", status: 200, name: "with a token", fills: [""] },
  { op: "GET /api/v1/measures", status: 200, name: "with the session", as: "viewerSession" },
  { op: "GET /api/v1/measures", status: 400, name: "a malformed workspace", query: { workspace: "No_Slug" } },
  { op: "GET /api/v1/measures", status: 401, name: "nobody signed in", as: "nobody" },
  { op: "GET /api/v1/measures", status: 404, name: "another workspace", query: otherWorkspace },
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
  // GET /api/v1/outcomes
  { op: "GET /api/v1/outcomes", status: 200, name: "this month, with a token" },
  {
    op: "GET /api/v1/outcomes",
    status: 200,
    name: "the fixture's month of readings, with unowned pain",
    query: { month: OUTCOME_MONTH },
    fills: ["unownedPain", "departments", "journeys", "stages"],
  },
  {
    op: "GET /api/v1/outcomes",
    status: 200,
    name: "a month, by department, with the session",
    as: "viewerSession",
    query: { month: "2026-01", department: "<Sales>" },
  },
  { op: "GET /api/v1/outcomes", status: 400, name: "a malformed month", query: { month: "2026-13" } },
  { op: "GET /api/v1/outcomes", status: 401, name: "nobody signed in", as: "nobody" },
  {
    op: "GET /api/v1/outcomes",
    status: 404,
    name: "a department not in it",
    query: { department: "<random>" },
  },
  // GET /api/v1/targets
  { op: "GET /api/v1/targets", status: 200, name: "the sheet, with a token" },
  { op: "GET /api/v1/targets", status: 400, name: "an unknown parameter", query: { format: "json" } },
  { op: "GET /api/v1/targets", status: 401, name: "nobody signed in", as: "nobody" },
  { op: "GET /api/v1/targets", status: 404, name: "another workspace", query: otherWorkspace },
  // POST /api/v1/targets
  { op: "POST /api/v1/targets", status: 200, name: "the same sheet again, with a token", body: csv(TARGETS) },
  {
    op: "POST /api/v1/targets",
    status: 400,
    name: "an unknown parameter",
    query: { dryRun: "1" },
    body: csv(TARGETS),
  },
  {
    op: "POST /api/v1/targets",
    status: 401,
    name: "a token that is no token",
    as: "badToken",
    body: csv(TARGETS),
  },
  {
    op: "POST /api/v1/targets",
    status: 403,
    name: "a viewer's token",
    as: "viewerToken",
    body: csv(TARGETS),
  },
  {
    op: "POST /api/v1/targets",
    status: 404,
    name: "another workspace",
    query: otherWorkspace,
    body: csv(TARGETS),
  },
  {
    op: "POST /api/v1/targets",
    status: 413,
    name: "a body over the size limit",
    body: csv(`journey,stage,touchpoint,measure,target\n${" ".repeat(OUTCOME_SHEET_LIMITS.bytes)}`),
  },
  { op: "POST /api/v1/targets", status: 415, name: "a JSON body", body: json([]) },
  {
    op: "POST /api/v1/targets",
    status: 422,
    name: "an unknown measure",
    body: csv(`${TARGETS}\nBuy,,,Stars,4`),
  },
  // GET /api/v1/readings
  { op: "GET /api/v1/readings", status: 200, name: "CSV, with a token" },
  {
    op: "GET /api/v1/readings",
    status: 200,
    name: "JSON of a month, with the session",
    as: "viewerSession",
    query: { format: "json", from: OUTCOME_MONTH, to: OUTCOME_MONTH },
    fills: [""],
  },
  { op: "GET /api/v1/readings", status: 400, name: "a malformed month", query: { from: "January" } },
  { op: "GET /api/v1/readings", status: 401, name: "nobody signed in", as: "nobody" },
  { op: "GET /api/v1/readings", status: 404, name: "another workspace", query: otherWorkspace },
  // POST /api/v1/readings
  { op: "POST /api/v1/readings", status: 200, name: "a sheet, with a token", body: csv(READINGS) },
  {
    op: "POST /api/v1/readings",
    status: 200,
    name: "JSON, a dry run, with the session",
    as: "leadSession",
    query: { dryRun: "1" },
    body: json(READING_ITEMS),
  },
  { op: "POST /api/v1/readings", status: 400, name: "JSON that is no array", body: json({ readings: [] }) },
  { op: "POST /api/v1/readings", status: 401, name: "nobody signed in", as: "nobody", body: csv(READINGS) },
  {
    op: "POST /api/v1/readings",
    status: 403,
    name: "a viewer's token",
    as: "viewerToken",
    body: csv(READINGS),
  },
  {
    op: "POST /api/v1/readings",
    status: 404,
    name: "another workspace",
    query: otherWorkspace,
    body: csv(READINGS),
  },
  {
    op: "POST /api/v1/readings",
    status: 413,
    name: "a body over the size limit",
    body: csv(`${READINGS}\n${" ".repeat(OUTCOME_SHEET_LIMITS.bytes)}`),
  },
  {
    op: "POST /api/v1/readings",
    status: 415,
    name: "plain text",
    body: { type: "text/plain", text: READINGS },
  },
  {
    op: "POST /api/v1/readings",
    status: 422,
    name: "a reading off its scale and a malformed month",
    body: csv(`${READINGS}\nBuy,Pay,Card,CSAT,2026-1,9,`),
  },
  // GET /api/v1/openapi.json
  { op: `GET ${OPENAPI_PATH}`, status: 200, name: "to anyone", as: "nobody" },
  // Every route's unexpected failure: the same path in defineRoute for all of them.
  ...Object.entries(API_ROUTES).flatMap(([route, methods]) =>
    Object.keys(methods).map((method) => ({
      op: `${method.toUpperCase()} ${route}`,
      status: 500,
      name: "an unexpected failure",
      isBroken: true,
    })),
  ),
];
