import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { loadApiRoutes } from "../../tests/integration/openapi-check";
import { API_MEASURE_FIELDS } from "../outcomes/schemas";
import { API_ERROR_CODES } from "./errors";
import { API_ROUTES, type HttpMethod, OPENAPI_DOCUMENT, OPENAPI_PATH } from "./openapi";

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
  );
}

const operations = Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([route, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ route, method, operation })),
);

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 (checked against the specification's own JSON Schema)", async () => {
    const result = await new Validator().validate(structuredClone(OPENAPI_DOCUMENT));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(OPENAPI_DOCUMENT.openapi).toBe("3.1.0");
  });

  it("describes every method of every route file under app/api/v1, and the handlers it describes are those served", async () => {
    const routes = await loadApiRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(5);
    const documented = Object.fromEntries(
      Object.entries(OPENAPI_DOCUMENT.paths).map(([route, methods]) => [route, Object.keys(methods).sort()]),
    );
    expect(Object.fromEntries(routes.map((r) => [r.path, Object.keys(r.handlers).sort()]))).toEqual(
      documented,
    );
    for (const { path: route, handlers } of routes) {
      if (route === OPENAPI_PATH) continue;
      const listed = API_ROUTES[route as keyof typeof API_ROUTES] as Partial<Record<HttpMethod, unknown>>;
      for (const [method, handler] of Object.entries(handlers))
        expect(handler, `${method} ${route}`).toBe(listed[method as HttpMethod]);
    }
  });

  it("resolves every $ref to a component, and names each operation once", () => {
    const schemas = Object.keys(OPENAPI_DOCUMENT.components.schemas);
    for (const ref of refsIn(OPENAPI_DOCUMENT))
      expect(schemas).toContain(ref.replace("#/components/schemas/", ""));
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("takes the workspace on every route but its own, and answers every refusal in the shared shape", () => {
    for (const { route, method, operation } of operations) {
      if (route === OPENAPI_PATH) continue;
      const label = `${method} ${route}`;
      expect(operation.parameters?.find((p) => p.name === "workspace")?.required, label).toBe(true);
      for (const [status, response] of Object.entries(operation.responses)) {
        const schema = response.content?.["application/json"]?.schema;
        if (status === "200") expect(response.content, label).toBeDefined();
        else if (status === "422")
          expect(schema, label).toEqual({ $ref: "#/components/schemas/RowProblems" });
        else expect(schema, `${label} ${status}`).toEqual({ $ref: "#/components/schemas/Error" });
      }
    }
    const error = OPENAPI_DOCUMENT.components.schemas.Error as {
      properties: { error: { properties: { code: { enum: string[] } } } };
    };
    expect(error.properties.error.properties.code.enum).toEqual([...API_ERROR_CODES]);
  });

  it("documents every status defineRoute and each route answer with", () => {
    const statuses = (route: string, method: HttpMethod) =>
      Object.keys(OPENAPI_DOCUMENT.paths[route]?.[method]?.responses ?? {});
    const reader = ["200", "400", "401", "404", "500"];
    const writer = ["200", "400", "401", "403", "404", "409", "413", "415", "422", "500"];
    expect(statuses("/api/v1/coverage", "get")).toEqual(reader);
    expect(statuses("/api/v1/export", "get")).toEqual(reader);
    expect(statuses("/api/v1/measures", "get")).toEqual(reader);
    expect(statuses("/api/v1/import", "post")).toEqual(writer);
    expect(statuses("/api/v1/measures", "post")).toEqual(writer);
  });

  it("describes bodies by media type: CSV as a string, JSON by its schema", () => {
    const { paths } = OPENAPI_DOCUMENT;
    expect(paths["/api/v1/import"]?.post?.requestBody?.content).toEqual({
      "text/csv": { schema: { type: "string" } },
    });
    expect(Object.keys(paths["/api/v1/export"]?.get?.responses["200"]?.content ?? {})).toEqual([
      "text/csv",
      "application/json",
    ]);
    const measures = paths["/api/v1/measures"]?.post?.requestBody?.content["application/json"]?.schema;
    expect(measures).toMatchObject({ type: "array", items: { additionalProperties: false } });
    const measure = OPENAPI_DOCUMENT.components.schemas.Measure as { properties: object };
    expect(Object.keys(measure.properties)).toEqual([...API_MEASURE_FIELDS]);
  });
});
