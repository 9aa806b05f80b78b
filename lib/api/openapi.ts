// The OpenAPI 3.1 description of /api/v1, written by hand and served at /api/v1/openapi.json. A test checks
// that every route under app/api/v1 has a path here.

import { CHANNELS } from "../map/channels";
import {
  API_DIRECTIONS,
  API_KINDS,
  MEASURE_IMPORT_LIMITS,
  MEASURE_NAME_MAX,
  MEASURE_UNIT_MAX,
} from "../outcomes/schemas";
import { OUTCOME_SHEET_LIMITS } from "../outcomes/sheet-schemas";
import { SLUG_MAX, SLUG_PATTERN } from "../setup/schemas";
import { SHEET_LIMITS, SHEET_MEDIA_TYPES } from "../sheets/format";
import { API_ERROR_CODES } from "./errors";

const error = (description: string) => ({
  description,
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
});
const workspaceParam = {
  name: "workspace",
  in: "query",
  required: true,
  description: "The workspace's slug, as in /w/<slug>. Any other value is 400.",
  schema: { type: "string", minLength: 2, maxLength: SLUG_MAX, pattern: SLUG_PATTERN.source },
};
const common = {
  "400": error(
    "A parameter is missing, unknown, repeated or malformed (a workspace slug outside its pattern included).",
  ),
  "401": error(
    "No session and no valid bearer token (revoked, mistyped, or its creator left the workspace).",
  ),
  "404": error("No such workspace for this caller (unknown, not a member, or another workspace's token)."),
};

export const OPENAPI_DOCUMENT = {
  openapi: "3.1.0",
  info: {
    title: "Throughline API",
    version: "1",
    description:
      "Read coverage, export and import the RACI sheet, list and define measures. Authenticate with the browser session or `Authorization: Bearer <token>` (create tokens in the workspace's Settings). A token acts with its creator's current role in its own workspace only.",
  },
  servers: [{ url: "/" }],
  security: [{ bearerToken: [] }, { sessionCookie: [] }],
  paths: {
    "/api/v1/coverage": {
      get: {
        summary:
          "The dashboard's numbers: totals, journeys with stage status, departments, handoffs, history.",
        parameters: [
          workspaceParam,
          { name: "journey", in: "query", schema: { type: "string", format: "uuid" } },
          { name: "department", in: "query", schema: { type: "string", format: "uuid" } },
          { name: "sort", in: "query", schema: { enum: ["journey", "channel", "claims"] } },
          {
            name: "limit",
            in: "query",
            description:
              "Rows in each of the unowned, contested and handoffs lists: 1 to 1000, or all. The totals count every row.",
            schema: {
              oneOf: [{ type: "integer", minimum: 1, maximum: 1000, default: 100 }, { enum: ["all"] }],
            },
          },
        ],
        responses: {
          "200": {
            description: "The coverage report (README.md, JSON shapes).",
            content: { "application/json": { schema: { type: "object" } } },
          },
          ...common,
        },
      },
    },
    "/api/v1/export": {
      get: {
        summary: "The map as a RACI sheet (CSV) or JSON; the whole workspace or one journey. Any member.",
        parameters: [
          workspaceParam,
          { name: "journey", in: "query", schema: { type: "string", format: "uuid" } },
          { name: "format", in: "query", schema: { enum: ["csv", "json"], default: "csv" } },
        ],
        responses: {
          "200": {
            description:
              "CSV: header journey,stage,touchpoint,channel,<every department>; one row per touchpoint in journey order. Cells starting with = + - @ tab CR or ' get one leading ' (import removes it).",
            content: {
              "text/csv": { schema: { type: "string" } },
              "application/json": { schema: { $ref: "#/components/schemas/SheetJson" } },
            },
          },
          ...common,
        },
      },
    },
    "/api/v1/import": {
      post: {
        summary: "Import a RACI sheet (the export's CSV layout). CX leads only. All or nothing.",
        parameters: [
          workspaceParam,
          { name: "mode", in: "query", schema: { enum: ["merge", "replace"], default: "merge" } },
          {
            name: "dryRun",
            in: "query",
            description: "1: return the plan, write nothing.",
            schema: { enum: ["0", "1"] },
          },
          {
            name: "allowMassRemoval",
            in: "query",
            description:
              "1: confirms a replace that removes the whole map (every journey) or more than half of its touchpoints; without it such a replace is 409 and writes nothing. Not needed for a dry run.",
            schema: { enum: ["0", "1"] },
          },
        ],
        requestBody: {
          required: true,
          description: `UTF-8 CSV (BOM optional), comma or semicolon separated; at most ${SHEET_LIMITS.bytes} bytes, ${SHEET_LIMITS.rows} rows and ${SHEET_LIMITS.departments} department columns. Content-Type must be ${SHEET_MEDIA_TYPES.join(" or ")} (a charset, if given, utf-8). Channels: ${CHANNELS.map((c) => c.slug).join(", ")}.`,
          content: Object.fromEntries(
            SHEET_MEDIA_TYPES.map((type) => [type, { schema: { type: "string" } }]),
          ),
        },
        responses: {
          "200": {
            description: "Applied (or planned, with dryRun).",
            content: { "application/json": { schema: { $ref: "#/components/schemas/ImportResult" } } },
          },
          ...common,
          "403": error(
            "The caller's role may not import (CX leads only); or, with the session cookie, the request does not come from this app's own origin (Sec-Fetch-Site must be same-origin when sent, Origin this host when sent, and one of them sent). Bearer tokens are not checked for origin.",
          ),
          "409": error(
            "A replace would remove the whole map or more than half of its touchpoints and allowMassRemoval=1 was not given (the message says how many); or a concurrent change conflicted, try again. Nothing was written.",
          ),
          "413": error("The body is over the size limit."),
          "415": error("The body is not text/csv in UTF-8 (a PNG, JSON, text/plain, no Content-Type…)."),
          "422": error(
            "The sheet has problems: `errors` lists each with its row and column; nothing was written. Also when the workspace it would leave could not be exported and imported back (over 200 departments, or an export over 20,000 rows or 2 MB): row 1 says which.",
          ),
        },
      },
    },
    "/api/v1/measures": {
      get: {
        summary: "The workspace's measures by name, in the shape POST takes. Any member.",
        parameters: [workspaceParam],
        responses: {
          "200": {
            description: "A JSON array of measures; min and max only for a score.",
            content: {
              "application/json": {
                schema: { type: "array", items: { $ref: "#/components/schemas/Measure" } },
              },
            },
          },
          ...common,
        },
      },
      post: {
        summary: "Define measures: created or updated by name. CX leads only. All or nothing.",
        parameters: [workspaceParam],
        requestBody: {
          required: true,
          description: `A JSON array of at most ${MEASURE_IMPORT_LIMITS.rows} measures, each name once; at most ${MEASURE_IMPORT_LIMITS.bytes} bytes. Content-Type must be application/json (a charset, if given, utf-8). A measure already in the workspace with that name is updated; the others are created; measures the array does not name are kept.`,
          content: {
            "application/json": {
              schema: { type: "array", items: { $ref: "#/components/schemas/Measure" } },
            },
          },
        },
        responses: {
          "200": {
            description: "Written: how many measures were created, updated and already as sent.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: {
                    created: { type: "integer" },
                    updated: { type: "integer" },
                    unchanged: { type: "integer" },
                  },
                },
              },
            },
          },
          ...common,
          "400": error(
            "A parameter is missing, unknown, repeated or malformed; or the body is not a JSON array.",
          ),
          "403": error(
            "The caller's role may not define measures (CX leads only); or, with the session cookie, the request does not come from this app's own origin. Bearer tokens are not checked for origin.",
          ),
          "409": error(
            "A concurrent change conflicted (a measure of the same name created meanwhile); try again. Nothing was written.",
          ),
          "413": error("The body is over the size limit."),
          "415": error("The body is not application/json in UTF-8."),
          "422": error(
            "Some measures have problems: `errors` lists each with its row (the measure's 1-based place in the array) and column (the field); nothing was written. A change of kind or scale is refused while the measure's targets or readings hold a value outside the new scale.",
          ),
        },
      },
    },
    // Targets and readings sheets: minimal entries; their zod schemas are in lib/outcomes/sheet-schemas.ts.
    "/api/v1/targets": {
      get: {
        summary:
          "Every target as CSV `journey,stage,touchpoint,measure,target` in journey order (a journey's own with empty stage and touchpoint). Any member.",
        parameters: [workspaceParam],
        responses: { "200": { description: "The targets sheet.", content: { "text/csv": {} } }, ...common },
      },
      post: {
        summary:
          "A targets sheet: each target set or changed, an empty target cleared. CX leads only. All or nothing.",
        parameters: [workspaceParam],
        requestBody: {
          required: true,
          description: `CSV as GET answers it; at most ${OUTCOME_SHEET_LIMITS.rows} rows and ${OUTCOME_SHEET_LIMITS.bytes} bytes.`,
          content: { "text/csv": {} },
        },
        responses: {
          "200": { description: "`{created, updated, cleared, unchanged}`." },
          ...common,
          "403": error("Not a CX lead; or a session request from another origin."),
          "413": error("The body is over the size limit."),
          "415": error("The body is not text/csv in UTF-8."),
          "422": error("`errors` lists every problem with its row and column; nothing was written."),
        },
      },
    },
    "/api/v1/readings": {
      get: {
        summary:
          "The readings as CSV `journey,stage,touchpoint,measure,month,value,sample_size,source`, or as the JSON array POST takes. Any member.",
        parameters: [
          workspaceParam,
          { name: "from", in: "query", schema: { type: "string", pattern: "^\\d{4}-(0[1-9]|1[0-2])$" } },
          { name: "to", in: "query", schema: { type: "string", pattern: "^\\d{4}-(0[1-9]|1[0-2])$" } },
          { name: "format", in: "query", schema: { enum: ["csv", "json"] } },
        ],
        responses: {
          "200": { description: "The readings.", content: { "text/csv": {}, "application/json": {} } },
          ...common,
        },
      },
      post: {
        summary:
          "Readings as a sheet or a JSON array: each recorded, or replaced when its month is there. CX leads; department heads where their department is Accountable. All or nothing.",
        parameters: [
          workspaceParam,
          { name: "dryRun", in: "query", schema: { enum: ["0", "1", "true", "false"] } },
        ],
        requestBody: {
          required: true,
          description: `At most ${OUTCOME_SHEET_LIMITS.rows} readings and ${OUTCOME_SHEET_LIMITS.bytes} bytes. JSON items: journey, stage, touchpoint, measure, month, value, sampleSize, source.`,
          content: {
            "text/csv": {},
            "application/json": { schema: { type: "array", items: { type: "object" } } },
          },
        },
        responses: {
          "200": { description: "`{created, replaced, unchanged, dryRun}`." },
          ...common,
          "400": error("A parameter is malformed; or the JSON body is not an array."),
          "403": error(
            "The caller's role may not record readings; or a session request from another origin.",
          ),
          "413": error("The body is over the size limit."),
          "415": error("The body is neither text/csv nor application/json in UTF-8."),
          "422": error(
            "`errors` lists every problem with its row and column (a head's rows outside their department's touchpoints included); nothing was written.",
          ),
        },
      },
    },
    "/api/v1/openapi.json": {
      get: {
        summary: "This document.",
        security: [],
        responses: { "200": { description: "OpenAPI 3.1 JSON." } },
      },
    },
  },
  components: {
    securitySchemes: {
      bearerToken: {
        type: "http",
        scheme: "bearer",
        description: "A token created in Settings → API tokens.",
      },
      sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token" },
    },
    schemas: {
      Error: {
        type: "object",
        required: ["error"],
        properties: {
          error: {
            type: "object",
            required: ["code", "message"],
            properties: {
              code: { enum: API_ERROR_CODES },
              message: { type: "string" },
            },
          },
          errors: {
            type: "array",
            items: {
              type: "object",
              required: ["row", "column", "message"],
              properties: {
                row: {
                  type: "integer",
                  description: "A sheet's line (1 is the header), or a measure's 1-based place in the array.",
                },
                column: {
                  type: ["string", "null"],
                  description: "The header's name for the column, or the measure's field.",
                },
                message: { type: "string" },
              },
            },
          },
          errorCount: { type: "integer", description: "All problems; `errors` lists the first 200." },
        },
      },
      Measure: {
        type: "object",
        required: ["name", "kind", "direction"],
        additionalProperties: false,
        properties: {
          name: {
            type: "string",
            minLength: 1,
            maxLength: MEASURE_NAME_MAX,
            description: "Unique in the workspace; trimmed.",
          },
          kind: {
            enum: API_KINDS,
            description:
              "score has its own scale (min..max); percent is 0..100, nps -100..100, count 0 or more.",
          },
          direction: { enum: API_DIRECTIONS, description: "Whether a higher or a lower value is better." },
          min: { type: "number", description: "A score's lowest value; only for a score." },
          max: { type: "number", description: "A score's highest value, above min; only for a score." },
          unit: {
            type: "string",
            maxLength: MEASURE_UNIT_MAX,
            default: "",
            description: "A label, e.g. points.",
          },
        },
      },
      ImportResult: {
        type: "object",
        properties: {
          applied: { type: "boolean" },
          mode: { enum: ["merge", "replace"] },
          counts: { type: "object", additionalProperties: { type: "integer" } },
          newDepartments: { type: "array", items: { type: "string" } },
          clearedDepartments: { type: "array", items: { type: "string" } },
          contested: { type: "array", items: { type: "object" } },
          created: { type: "array", items: { type: "object" } },
          changed: { type: "array", items: { type: "object" } },
          removed: { type: "array", items: { type: "object" } },
        },
      },
      SheetJson: {
        type: "object",
        properties: {
          format: { const: "throughline.sheet/1" },
          workspace: { type: "object" },
          departments: { type: "array", items: { type: "object" } },
          journeys: { type: "array", items: { type: "object" } },
        },
      },
    },
  },
} as const;
