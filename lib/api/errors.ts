// The one error shape every /api/v1 route answers with: `{"error":{"code","message"}}`, plus `errors` (every
// problem with its row and column) when a sheet is refused with 422. Documented in the OpenAPI description.
import type { SheetError } from "../sheets/parse";

export const API_ERROR_CODES = [
  "invalid",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "too_large",
  "unsupported_media_type",
  "unprocessable",
  "unexpected",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ApiErrorBody = {
  error: { code: ApiErrorCode; message: string };
  errors?: SheetError[];
  /** With `errors`: how many problems there are in all (the list is capped). */
  errorCount?: number;
};
export type ApiFailure = { status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 500; body: ApiErrorBody };

export function apiFailure(
  status: ApiFailure["status"],
  code: ApiErrorCode,
  message: string,
  extra: Pick<ApiErrorBody, "errors" | "errorCount"> = {},
): ApiFailure {
  return { status, body: { error: { code, message }, ...extra } };
}

/** `422`: every problem of a refused sheet or list, by row and column; nothing was written. */
export function rowProblems(
  subject: string,
  outcome: Required<Pick<ApiErrorBody, "errors" | "errorCount">>,
): ApiFailure {
  const { errors, errorCount } = outcome;
  return apiFailure(422, "unprocessable", `${subject} ${errorCount} problem(s); nothing was written.`, {
    errors,
    errorCount,
  });
}

export const UNAUTHORIZED = apiFailure(401, "unauthorized", "Sign in to use the API.");

export function jsonResponse(status: number, body: unknown): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
