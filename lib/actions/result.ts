// The one shape every server action returns, and the one wrapper that produces it: input parsed with zod,
// expected failures in plain words, anything else logged and reported without internals.
import { z } from "zod";

export type FieldErrors = Record<string, string[] | undefined>;
export type ActionErrorCode = "invalid" | "unauthorized" | "not_found" | "forbidden" | "conflict";
export type ActionFailure = {
  ok: false;
  code: ActionErrorCode | "unexpected";
  formError: string;
  fieldErrors?: FieldErrors;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

/** An expected failure: its message is shown to the user as-is. */
export class ActionError extends Error {
  constructor(
    readonly code: ActionErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
  }
}

export function notFound(what: string): ActionError {
  return new ActionError("not_found", `${what} was not found. It may have been deleted.`);
}

export async function runAction<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  handler: (data: z.output<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const { formErrors, fieldErrors } = z.flattenError(parsed.error);
    return {
      ok: false,
      code: "invalid",
      formError: formErrors[0] ?? "Some fields need correcting.",
      fieldErrors: fieldErrors as FieldErrors,
    };
  }
  try {
    return { ok: true, data: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof ActionError) {
      return { ok: false, code: error.code, formError: error.message, fieldErrors: error.fieldErrors };
    }
    console.error("Server action failed", error);
    return {
      ok: false,
      code: "unexpected",
      formError: "Something went wrong and nothing was saved. Please try again.",
    };
  }
}

/** Prisma's unique-violation error, for turning a race on a unique name into a plain message. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** Prisma's foreign-key error: a row that restricts a delete (a department's members) appeared meanwhile. */
export function isForeignKeyViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2003";
}
