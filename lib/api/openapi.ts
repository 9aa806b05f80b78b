// The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Generated, not written: each route
// below is described from what it declares to defineRoute — its query, body and responses as zod schemas
// (lib/api/openapi-build.ts). Tests check that every route file is listed here and that every route answers
// as described (tests/integration/openapi-responses.test.ts).
import { z } from "zod";
import { getCoverageJson } from "../coverage/api";
import { getMeasuresJson, postMeasuresJson } from "../outcomes/measure-api";
import { getOutcomesJson } from "../outcomes/outcomes-api";
import { getReadings, getTargetsCsv, postReadings, postTargetsCsv } from "../outcomes/sheet-api";
import { exportSheet, importSheet } from "../sheets/api";
import {
  type Components,
  describeOperation,
  type JsonSchema,
  type Operation,
  toSchema,
} from "./openapi-build";
import type { WorkspaceRoute } from "./route";

export type HttpMethod = "get" | "post" | "put" | "patch" | "delete";

/**
 * Every /api/v1 route built with defineRoute, by path and method. A new route: give its defineRoute a `summary`,
 * `responses` (200's `json` schema and/or `csv`, and each status of its own refusals) and, with a body,
 * `body.json` / `body.description`; add its line here; add its cases to tests/integration/openapi-cases.ts.
 */
export const API_ROUTES = {
  "/api/v1/coverage": { get: getCoverageJson },
  "/api/v1/export": { get: exportSheet },
  "/api/v1/import": { post: importSheet },
  "/api/v1/measures": { get: getMeasuresJson, post: postMeasuresJson },
  "/api/v1/outcomes": { get: getOutcomesJson },
  "/api/v1/readings": { get: getReadings, post: postReadings },
  "/api/v1/targets": { get: getTargetsCsv, post: postTargetsCsv },
} satisfies Record<string, Partial<Record<HttpMethod, WorkspaceRoute>>>;

/** The document's own path, public: it describes the API and holds no data. */
export const OPENAPI_PATH = "/api/v1/openapi.json";

const ZOpenApiDocument = z
  .looseObject({
    openapi: z.string().regex(/^3\.1\.\d+$/),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.looseObject({})),
  })
  .describe("This document: OpenAPI 3.1.");

export type OpenApiDocument = {
  openapi: "3.1.0";
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  security: Record<string, string[]>[];
  paths: Record<string, Partial<Record<HttpMethod, Operation>>>;
  components: { securitySchemes: Record<string, JsonSchema>; schemas: Components };
};

function buildDocument(): OpenApiDocument {
  const components: Components = {};
  const paths: OpenApiDocument["paths"] = {};
  for (const [path, methods] of Object.entries(API_ROUTES)) {
    const operations: Partial<Record<HttpMethod, Operation>> = {};
    for (const [method, route] of Object.entries(methods) as [HttpMethod, WorkspaceRoute][])
      operations[method] = describeOperation({ path, method, spec: route.spec }, components);
    paths[path] = operations;
  }
  paths[OPENAPI_PATH] = {
    get: {
      operationId: "getOpenapiJson",
      summary: "This document.",
      security: [],
      responses: {
        "200": {
          description: "The OpenAPI 3.1 description of /api/v1.",
          content: {
            "application/json": { schema: toSchema(ZOpenApiDocument, { io: "output", components }) },
          },
        },
      },
    },
  };
  const sorted = <T>(record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return {
    openapi: "3.1.0",
    info: {
      title: "Throughline API",
      version: "1",
      description:
        'Read coverage, export and import the RACI sheet, list and define measures. Authenticate with the browser session or `Authorization: Bearer <token>` (create tokens in the workspace\'s Settings). A token acts with its creator\'s current role in its own workspace only. Every refusal is `{"error":{"code","message"}}`; a refused sheet or list (422) adds every problem by row and column.',
    },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths: sorted(paths),
    components: {
      securitySchemes: {
        bearerToken: {
          type: "http",
          scheme: "bearer",
          description: "A token created in Settings → API tokens; it acts with its creator's current role.",
        },
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "next-auth.session-token",
          description:
            "The browser session (named __Secure-next-auth.session-token over https). A request with a body must come from the app's own pages.",
        },
      },
      schemas: sorted(components),
    },
  };
}

export const OPENAPI_DOCUMENT = buildDocument();
