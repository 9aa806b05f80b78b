// The one error shape every /api/v1 route answers with: `{"error":{"code","message"}}`, plus `errors` (every
// problem with its row and column) when a sheet is refused with 422. Documented in the OpenAPI description.
import { z } from "zod";
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

/** One problem of a refused sheet or list. */
export const ZRowProblem = z
  .object({
    row: z
      .int()
      .min(1)
      .describe("A sheet's line (1 is the header), or an item's 1-based place in the array."),
    column: z.string().nullable().describe("The header's name for the column, or the item's field."),
    message: z.string(),
  })
  .meta({ id: "RowProblem" }) satisfies z.ZodType<SheetError>;

const errorFields = {
  error: z.object({ code: z.enum(API_ERROR_CODES), message: z.string() }),
  errors: z.array(ZRowProblem).optional(),
  errorCount: z
    .int()
    .min(0)
    .optional()
    .describe("With `errors`: all the problems; `errors` lists the first 200."),
};
export const ZApiErrorBody = z.object(errorFields).meta({ id: "Error" });
export type ApiErrorBody = z.infer<typeof ZApiErrorBody>;

/** The 422 answer: the error, and every problem by row and column (the first 200, and how many in all). */
export const ZRowProblems = z
  .object({ ...errorFields, errors: z.array(ZRowProblem), errorCount: z.int().min(0) })
  .meta({ id: "RowProblems", description: "Every problem by row and column; nothing was written." });

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
