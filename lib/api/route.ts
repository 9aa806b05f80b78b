import "server-only";
// The one shape of every /api/v1 route that reads or writes a workspace, as lib/actions/define.ts is for
// actions: who is calling (401) → is the query sound (400) → may they use the workspace it names (the guard:
// 404 / 403 / 401) → for a route with a body, its origin (403, session callers) and type (415) → the work. Expected failures answer with the shared error shape; anything else is logged
// and answered 500 without internals.
import { z } from "zod";
import { ActionError, type ActionErrorCode } from "../actions/result";
import { authenticateApiCaller } from "../auth/api-caller";
import { type Access, authorize } from "../auth/guard";
import type { Permission } from "../auth/policy";
import { type ApiFailure, apiFailure, jsonResponse } from "./errors";
import { checkContentType, checkSameOrigin } from "./request-guards";
import { ZWorkspaceParam } from "./schemas";

/** A route's query schema: strict, with the workspace's slug in `workspace`. */
export type WorkspaceQuery = z.ZodObject & z.ZodType<{ workspace: string }>;
export type RouteContext<Q> = { request: Request; query: Q } & Access;

/**
 * For a route that reads a body: the media types it accepts (else 415). A session caller must also send it
 * from the app's own origin (else 403), as a page elsewhere can make the browser send the cookie. `json` and
 * `description` only describe it in the OpenAPI document (a CSV media type is documented as a string).
 */
export type RouteBody = { mediaTypes: readonly string[]; json?: z.ZodType; description?: string };

/** The statuses a route may refuse with besides 500; each route documents those it answers. */
export type RefusalStatus = Exclude<ApiFailure["status"], 500>;

/**
 * What a route answers, for the OpenAPI document (lib/api/openapi.ts). 200: `json` is the schema of its JSON
 * body (run's 200 body must match it), `csv` describes the CSV it can answer instead. Every other status maps to
 * its description; defineRoute's own refusals (400, 401, 404, and 403 / 415 where they apply) and 500 are
 * documented without being listed, and a description given here replaces theirs.
 */
export type RouteResponses<R extends z.ZodType = z.ZodType> = {
  200: { description: string; json?: R; csv?: string };
} & { [S in RefusalStatus]?: string };

/** Everything a route declares but its work: what lib/api/openapi.ts describes it from. */
export type RouteSpec = {
  query: WorkspaceQuery;
  permission: Permission;
  /** One line for the OpenAPI document, and a longer description if it needs one. */
  summary?: string;
  description?: string;
  body?: RouteBody;
  responses?: RouteResponses;
};

export type WorkspaceRoute = ((request: Request) => Promise<Response>) & {
  /** What the route needs (lib/auth/policy.ts), for the authorization matrix test. */
  readonly permission: Permission;
  readonly spec: RouteSpec;
};
/** A JSON body answered with 200, a refusal in the shared shape, or a Response of the route's own. */
export type RouteResult<B = unknown> = { status: 200; body: B } | ApiFailure | Response;

const STATUS: Record<ActionErrorCode, ApiFailure["status"]> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};

/** A query string as its schema allows: each parameter at most once, no unknown ones. */
export function parseQuery<S extends WorkspaceQuery>(schema: S, params: URLSearchParams): z.output<S> {
  const raw: Record<string, string> = {};
  for (const [key, value] of params) {
    if (key in raw) throw new ActionError("invalid", `The ${key} parameter is given more than once.`);
    raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const message =
    issue?.code === "unrecognized_keys"
      ? `Unknown parameter: ${issue.keys.join(", ")}. Allowed: ${Object.keys(schema.shape).join(", ")}.`
      : (issue?.message ?? z.prettifyError(parsed.error));
  throw new ActionError("invalid", message);
}

export function toResponse(result: RouteResult): Response {
  return result instanceof Response ? result : jsonResponse(result.status, result.body);
}

export function defineRoute<S extends WorkspaceQuery, R extends z.ZodType = z.ZodUnknown>(
  definition: Omit<RouteSpec, "query" | "responses"> & {
    query: S;
    responses?: RouteResponses<R>;
    run: (context: RouteContext<z.output<S>>) => Promise<RouteResult<z.output<R>>>;
  },
): WorkspaceRoute {
  const route = async (request: Request) => {
    try {
      // Signed out is 401 before anything else, so the answer says nothing about the query or the workspace.
      const caller = await authenticateApiCaller(request.headers);
      const query = parseQuery(definition.query, new URL(request.url).searchParams);
      // One rule for the slug on every route, whatever the route's own schema says: a malformed slug (a NUL
      // byte once reached PostgreSQL and answered 500) is a 400 before any lookup.
      const slug = ZWorkspaceParam.safeParse(query.workspace);
      if (!slug.success) throw new ActionError("invalid", slug.error.issues[0]?.message ?? "Bad workspace.");
      const access = await authorize({
        caller,
        workspace: { slug: query.workspace },
        permission: definition.permission,
      });
      if (definition.body) {
        // A token is never sent by a browser on its own, so only the session needs its origin checked.
        const refusal =
          (caller.tokenWorkspaceId === undefined ? checkSameOrigin(request) : null) ??
          checkContentType(request.headers, definition.body.mediaTypes);
        if (refusal) return toResponse(refusal);
      }
      return toResponse(await definition.run({ request, query, ...access }));
    } catch (error) {
      if (error instanceof ActionError)
        return toResponse(apiFailure(STATUS[error.code], error.code, error.message));
      console.error(`${request.method} ${new URL(request.url).pathname} failed`, error);
      return toResponse(
        apiFailure(500, "unexpected", "Something went wrong and nothing was written. Please try again."),
      );
    }
  };
  const { run: _run, ...spec } = definition;
  return Object.assign(route, { permission: definition.permission, spec });
}
