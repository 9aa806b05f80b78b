// Builds OpenAPI 3.1 operations from what each route declares to defineRoute (lib/api/route.ts): its query, body
// and responses are zod schemas, turned into JSON Schema 2020-12 (the dialect OpenAPI 3.1 uses) by zod itself.
// A schema given an id with `.meta({ id })` becomes one component, referenced wherever it is used.
import { z } from "zod";
import { MEMBER_ROLES, POLICY } from "../auth/policy";
import { ZApiErrorBody, ZRowProblems } from "./errors";
import type { RefusalStatus, RouteSpec } from "./route";

export type JsonSchema = { [key: string]: unknown };
export type Parameter = {
  name: string;
  in: "query";
  required: boolean;
  description?: string;
  schema: JsonSchema;
};
export type MediaTypes = Record<string, { schema: JsonSchema }>;
export type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { required: true; description?: string; content: MediaTypes };
  responses: Record<string, { description: string; content?: MediaTypes }>;
};

/** The components the operations refer to, filled in as they are built. */
export type Components = Record<string, JsonSchema>;

const COMPONENTS = "#/components/schemas/";

/** `#/$defs/X` → `#/components/schemas/X`, everywhere in a generated schema. */
function relocate(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relocate);
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === "$ref" && typeof inner === "string"
        ? inner.replace(/^#\/\$defs\//, COMPONENTS)
        : relocate(inner),
    ]),
  );
}

/** Leaves out what says nothing to a reader: a UUID's pattern beside its format, a safe integer's bounds. */
function tidy(schema: JsonSchema): void {
  if (schema.format === "uuid") delete schema.pattern;
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
}

/**
 * A zod schema as an OpenAPI 3.1 Schema Object: `input` for what a client sends (a transform's input side;
 * objects that strip unknown keys accept them), `output` for what a route answers.
 */
export function toSchema(
  schema: z.ZodType,
  opts: { io: "input" | "output"; components: Components },
): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: "draft-2020-12",
    io: opts.io,
    unrepresentable: "throw",
    override: ({ jsonSchema }) => tidy(jsonSchema as JsonSchema),
  });
  const { $schema: _dialect, $defs, ...root } = generated as JsonSchema & { $defs?: Components };
  for (const [id, definition] of Object.entries($defs ?? {})) {
    const relocated = relocate(definition) as JsonSchema;
    const known = opts.components[id];
    // An id names one schema: an object read as input (unknown keys stripped) and as output (none) differs.
    if (known && JSON.stringify(known) !== JSON.stringify(relocated))
      throw new Error(
        `Two different schemas have the id "${id}" (one as ${opts.io}?): give each its own id.`,
      );
    opts.components[id] = relocated;
  }
  return relocate(root) as JsonSchema;
}

const isJson = (mediaType: string) => mediaType === "application/json" || mediaType.endsWith("+json");

function queryParameters(spec: RouteSpec, components: Components): Parameter[] {
  const schema = toSchema(spec.query, { io: "input", components });
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  return Object.entries(properties).map(([name, { description, ...rest }]) => ({
    name,
    in: "query",
    required: required.includes(name),
    ...(typeof description === "string" ? { description } : {}),
    schema: rest,
  }));
}

function requestBody(spec: RouteSpec, components: Components): Operation["requestBody"] {
  const { body } = spec;
  if (!body) return undefined;
  const content: MediaTypes = {};
  for (const type of body.mediaTypes) {
    if (isJson(type) && !body.json)
      throw new Error(`A route taking ${type} must give body.json, its schema.`);
    content[type] = {
      schema:
        isJson(type) && body.json ? toSchema(body.json, { io: "input", components }) : { type: "string" },
    };
  }
  return { required: true, ...(body.description ? { description: body.description } : {}), content };
}

/** The refusals defineRoute itself answers for every route, with what they mean there. */
function shapeRefusals(spec: RouteSpec): Partial<Record<RefusalStatus | 500, string>> {
  const roles = POLICY[spec.permission];
  const byRole = roles.length < MEMBER_ROLES.length;
  const byOrigin =
    "with the session cookie, the request does not come from this app's own pages (Sec-Fetch-Site must be same-origin when sent, Origin this host when sent, and one of them sent). Bearer tokens are not checked for origin";
  const forbidden = [
    byRole ? `The caller's role may not do this (${roles.join(", ")} only)` : "",
    spec.body ? byOrigin : "",
  ]
    .filter(Boolean)
    .join("; or, ");
  return {
    400: "A parameter is missing, unknown, repeated or malformed (a workspace slug outside its pattern included).",
    401: "No session and no valid bearer token (revoked, mistyped, or its creator left the workspace).",
    ...(forbidden ? { 403: `${forbidden.charAt(0).toUpperCase()}${forbidden.slice(1)}.` } : {}),
    404: "No such workspace for this caller (unknown, not a member, or another workspace's token).",
    ...(spec.body ? { 415: `The body is not ${spec.body.mediaTypes.join(" or ")} in UTF-8.` } : {}),
    500: "Something unexpected went wrong; nothing was written.",
  };
}

function responses(spec: RouteSpec, components: Components): Operation["responses"] {
  const declared = spec.responses;
  if (!declared) throw new Error("Every /api/v1 route declares its responses (defineRoute's `responses`).");
  const { 200: ok, ...refusals } = declared;
  const content: MediaTypes = {};
  if (ok.csv !== undefined) content["text/csv"] = { schema: { type: "string", description: ok.csv } };
  if (ok.json) content["application/json"] = { schema: toSchema(ok.json, { io: "output", components }) };
  if (Object.keys(content).length === 0)
    throw new Error("A route's 200 must give its json schema or its csv.");
  const error = toSchema(ZApiErrorBody, { io: "output", components });
  const rowProblems = toSchema(ZRowProblems, { io: "output", components });
  const all: Operation["responses"] = { "200": { description: ok.description, content } };
  const statuses = { ...shapeRefusals(spec), ...refusals };
  for (const [status, description] of Object.entries(statuses).sort(([a], [b]) => Number(a) - Number(b))) {
    const schema = status === "422" ? rowProblems : error;
    all[status] = { description, content: { "application/json": { schema } } };
  }
  return all;
}

/** `/api/v1/measures` + post → postMeasures: the name a client generator gives the call. */
function operationId(path: string, method: string): string {
  const words = path
    .replace(/^\/api\/v1\//, "")
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean);
  return method + words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

/** One operation of the document, from a route's spec. */
export function describeOperation(
  opts: { path: string; method: string; spec: RouteSpec },
  components: Components,
): Operation {
  const { path, method, spec } = opts;
  if (!spec.summary)
    throw new Error(`${method.toUpperCase()} ${path} needs a summary for the OpenAPI document.`);
  const body = requestBody(spec, components);
  return {
    operationId: operationId(path, method),
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    parameters: queryParameters(spec, components),
    ...(body ? { requestBody: body } : {}),
    responses: responses(spec, components),
  };
}
