// Checks requests and answers against the OpenAPI document with a validator of its own (Ajv, JSON Schema
// 2020-12, formats), not with the zod schemas the document was generated from. The document is loaded whole as
// one schema resource, so Ajv resolves its `#/components/schemas/…` references itself; strict mode refuses a
// keyword that is not JSON Schema.
import { readdirSync } from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import type { HttpMethod, OpenApiDocument } from "../../lib/api/openapi";
import type { Operation } from "../../lib/api/openapi-build";

const APP = path.resolve(import.meta.dirname, "../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type RouteHandler = (request: Request) => Promise<Response> | Response;

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

/** Every route file under app/api/v1 as its URL path and the handler of each method it exports. */
export async function loadApiRoutes(): Promise<
  { path: string; handlers: Partial<Record<HttpMethod, RouteHandler>> }[]
> {
  return Promise.all(
    routeFiles(path.join(APP, "api/v1")).map(async (file) => {
      const module = (await import(file)) as Partial<Record<string, RouteHandler>>;
      const handlers = Object.fromEntries(
        METHODS.flatMap((method) => (module[method] ? [[method.toLowerCase(), module[method]]] : [])),
      );
      return { path: `/${path.relative(APP, path.dirname(file))}`, handlers };
    }),
  );
}

const DOCUMENT_ID = "https://throughline.test/openapi.json";
const toPointerSegment = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

export type Checker = ReturnType<typeof createChecker>;

export function createChecker(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The document's own fields are no schema keywords: Ajv is told to pass over them.
  ajv.addVocabulary(["openapi", "info", "servers", "security", "paths", "components"]);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const validators = new Map<string, ValidateFunction>();

  /** The validator of the schema at `path` inside the document (a JSON pointer's segments). */
  function validatorAt(path: string[]): ValidateFunction {
    const ref = `${DOCUMENT_ID}#/${path.map(toPointerSegment).join("/")}`;
    const known = validators.get(ref);
    if (known) return known;
    const compiled = ajv.compile({ $ref: ref });
    validators.set(ref, compiled);
    return compiled;
  }

  function operationOf(route: string, method: HttpMethod) {
    const operation = document.paths[route]?.[method];
    if (!operation) throw new Error(`The document has no ${method.toUpperCase()} ${route}.`);
    return operation;
  }

  function expectValid(validate: ValidateFunction, value: unknown, label: string): void {
    const isValid = validate(value);
    expect(isValid ? [] : validate.errors, `${label} against the document`).toEqual([]);
  }

  return {
    /** Compiles every schema of every request and answer the document describes, so each is sound. */
    compileAll(): number {
      let count = 0;
      for (const [route, methods] of Object.entries(document.paths))
        for (const [method, operation] of Object.entries(methods) as [HttpMethod, Operation][]) {
          for (const [status, response] of Object.entries(operation.responses))
            for (const type of Object.keys(response.content ?? {})) {
              validatorAt(["paths", route, method, "responses", status, "content", type, "schema"]);
              count += 1;
            }
          for (const type of Object.keys(operation.requestBody?.content ?? {})) {
            validatorAt(["paths", route, method, "requestBody", "content", type, "schema"]);
            count += 1;
          }
          (operation.parameters ?? []).forEach((_parameter, at) => {
            validatorAt(["paths", route, method, "parameters", String(at), "schema"]);
            count += 1;
          });
        }
      return count;
    },

    /** The answer's status and media type are documented for the operation, and its body fits their schema. */
    async expectDocumentedAnswer(opts: { route: string; method: HttpMethod; response: Response }) {
      const { route, method, response } = opts;
      const label = `${method.toUpperCase()} ${route} → ${response.status}`;
      const documented = operationOf(route, method).responses[String(response.status)];
      expect(documented, `${label} is not in the document`).toBeDefined();
      const type = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
      expect(Object.keys(documented?.content ?? {}), `${label}: its media type`).toContain(type);
      const text = await response.text();
      const body = type === "application/json" ? JSON.parse(text) : text;
      const path = ["paths", route, method, "responses", String(response.status), "content", type, "schema"];
      expectValid(validatorAt(path), body, label);
      return body as unknown;
    },

    /** What a client generated from the document would send: every parameter and the body fit their schemas. */
    expectDocumentedRequest(opts: {
      route: string;
      method: HttpMethod;
      query: Record<string, string>;
      body?: { type: string; text: string };
    }) {
      const { route, method, query, body } = opts;
      const operation = operationOf(route, method);
      const parameters = operation.parameters ?? [];
      for (const [name, value] of Object.entries(query)) {
        const at = parameters.findIndex((p) => p.name === name);
        expect(at, `${route} documents the ${name} parameter`).toBeGreaterThanOrEqual(0);
        expectValid(validatorAt(["paths", route, method, "parameters", String(at), "schema"]), value, name);
      }
      for (const parameter of parameters.filter((p) => p.required))
        expect(Object.keys(query), `${route} needs ${parameter.name}`).toContain(parameter.name);
      if (!body) return;
      expect(Object.keys(operation.requestBody?.content ?? {}), `${route}: the body's type`).toContain(
        body.type,
      );
      const value = body.type === "application/json" ? JSON.parse(body.text) : body.text;
      const path = ["paths", route, method, "requestBody", "content", body.type, "schema"];
      expectValid(validatorAt(path), value, `${route}'s body`);
    },
  };
}
