import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ZCoverageApiQuery } from "../coverage/schemas";
import { API_MEASURE_FIELDS, ZMeasuresQuery } from "../outcomes/schemas";
import { ZReadingsExportQuery, ZReadingsImportQuery, ZTargetsQuery } from "../outcomes/sheet-schemas";
import { ZExportQuery, ZImportQuery } from "../sheets/schemas";
import { OPENAPI_DOCUMENT } from "./openapi";

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("the OpenAPI document", () => {
  it("has a path for every /api/v1 route file", () => {
    const root = path.resolve(import.meta.dirname, "../../app");
    const routes = routeFiles(path.join(root, "api/v1")).map(
      (file) => `/${path.relative(root, path.dirname(file))}`,
    );
    expect(routes.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(OPENAPI_DOCUMENT.paths).sort()).toEqual(routes.sort());
  });

  it("is OpenAPI 3.1 with the shared error shape", () => {
    expect(OPENAPI_DOCUMENT.openapi).toBe("3.1.0");
    expect(OPENAPI_DOCUMENT.components.schemas.Error.required).toEqual(["error"]);
  });

  it("documents every status and parameter the import route answers with", () => {
    const post = OPENAPI_DOCUMENT.paths["/api/v1/import"].post;
    expect(Object.keys(post.responses).sort()).toEqual(
      ["200", "400", "401", "403", "404", "409", "413", "415", "422"].sort(),
    );
    expect(Object.keys(post.requestBody.content)).toEqual(["text/csv"]);
    expect(OPENAPI_DOCUMENT.components.schemas.Error.properties.error.properties.code.enum).toContain(
      "unsupported_media_type",
    );
  });

  it("documents every status the measures routes answer with, and the measure's fields", () => {
    const { get, post } = OPENAPI_DOCUMENT.paths["/api/v1/measures"];
    expect(Object.keys(get.responses).sort()).toEqual(["200", "400", "401", "404"]);
    expect(Object.keys(post.responses).sort()).toEqual(
      ["200", "400", "401", "403", "404", "409", "413", "415", "422"].sort(),
    );
    expect(Object.keys(OPENAPI_DOCUMENT.components.schemas.Measure.properties)).toEqual([
      ...API_MEASURE_FIELDS,
    ]);
  });

  it("lists exactly the query parameters each route's schema takes", () => {
    const names = (parameters: readonly { name: string }[]) => parameters.map((p) => p.name).sort();
    const { paths } = OPENAPI_DOCUMENT;
    expect(names(paths["/api/v1/coverage"].get.parameters)).toEqual(
      Object.keys(ZCoverageApiQuery.shape).sort(),
    );
    expect(names(paths["/api/v1/export"].get.parameters)).toEqual(Object.keys(ZExportQuery.shape).sort());
    expect(names(paths["/api/v1/import"].post.parameters)).toEqual(Object.keys(ZImportQuery.shape).sort());
    for (const operation of [paths["/api/v1/measures"].get, paths["/api/v1/measures"].post])
      expect(names(operation.parameters)).toEqual(Object.keys(ZMeasuresQuery.shape).sort());
    for (const operation of [paths["/api/v1/targets"].get, paths["/api/v1/targets"].post])
      expect(names(operation.parameters)).toEqual(Object.keys(ZTargetsQuery.shape).sort());
    expect(names(paths["/api/v1/readings"].get.parameters)).toEqual(
      Object.keys(ZReadingsExportQuery.shape).sort(),
    );
    expect(names(paths["/api/v1/readings"].post.parameters)).toEqual(
      Object.keys(ZReadingsImportQuery.shape).sort(),
    );
  });
});
